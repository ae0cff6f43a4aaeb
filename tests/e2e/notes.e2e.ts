// Notes in Chromium and Firefox: notes written on two sites are listed on the notes page, searched,
// filtered, edited, deleted and restored, exported, then imported into a fresh profile and found again on
// their quotes; a note opens its page at its quote; a note follows its quote when the article is edited.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { COUNCIL_ARTICLE, editedFerryArticle, FERRY_ARTICLE, FERRY_QUOTE, ferryArticleWithoutQuote } from './harness/articles';
import { launch, type BrowserName, type ExtensionBrowser } from './harness/browsers';
import { extensionAndServer } from './harness/suite';
import { expectedQuotes } from './harness/engine';
import { openPopupFor } from './harness/extension';
import { storedNotes } from './harness/stored-notes';
import { screenshotPath, waitForDownload } from './harness/files';
import { chooseFilter, clickButton, fillField, importFile, openNotesPage, rowWithQuote, search, waitForNotes } from './harness/notes-page';
import {
  FLASH_HIGHLIGHT,
  focusNoteField,
  highlightSize,
  NOTED_HIGHLIGHT,
  QUOTE_HIGHLIGHT,
  openArticle,
  openCardFrame,
  openQuoteCard,
  typeNote,
  waitForReady,
} from './harness/page';
import { parseNumbers, pickPart, profileButtons } from './harness/profile';
import { atHost } from './harness/server';
import { wordCount } from '../../utils/sourcing-profile';
import { waitUntil } from './harness/wait';

/** A note to write: on which article, on the quote containing which words, saying what. */
interface NoteCase {
  article: 'council' | 'ferry';
  quote: string;
  body: string;
}

const REYES: NoteCase = { article: 'council', quote: 'most important vote this council', body: 'Check the 7-2 vote against the minutes' };
const BERGER: NoteCase = { article: 'council', quote: 'If this wall works', body: 'Ask Berger for a follow-up after the spring floods' };
const SOLBERG: NoteCase = { article: 'ferry', quote: FERRY_QUOTE, body: 'Compare with last year’s ferry budget' };
const EDITED_BODY = 'Vote was 7-2: confirmed in the minutes';
const EDITED_TAGS = 'council, verified';
const FOLLOWED_NOTE = 'Does the lease cover a winter timetable?';

const ARTICLES = { council: COUNCIL_ARTICLE, ferry: FERRY_ARTICLE };
const quoteOf = ({ article, quote }: NoteCase) => {
  const found = expectedQuotes(ARTICLES[article]).find((q) => q.text.includes(quote));
  if (!found?.speaker) throw new Error(`the engine names no speaker for “${quote}”`);
  return found;
};
const speakerOf = (note: NoteCase) => quoteOf(note).speaker!;
const wordsOf = (note: NoteCase) => wordCount(quoteOf(note).text);
/** The notes page's profile of all notes shown, and the section with the profile of one page's notes. */
const OVERALL = '.notes-profiles > .profile';
const pageSection = (url: string) => `.page-profile[data-page="${url}"]`;

describe.each<BrowserName>(['chromium', 'firefox'])('notes page in %s', (name) => {
  const env = extensionAndServer(name);
  let urls: Record<NoteCase['article'], string>;
  let fresh: ExtensionBrowser | undefined;
  let files: string;
  /** The JSON export of the first profile, once the first test made it. */
  let exported = '';

  beforeAll(async () => {
    // Two sites: the same local server under two names.
    urls = {
      council: env.server.serve('/news/flood-barrier.html', { body: COUNCIL_ARTICLE }),
      ferry: atHost(env.server.serve('/transport/night-ferry.html', { body: FERRY_ARTICLE }), 'localhost'),
    };
    files = await mkdtemp(path.join(tmpdir(), 'sourcelight-notes-'));
  });
  afterAll(async () => {
    await fresh?.close();
    if (files) await rm(files, { recursive: true, force: true });
  });

  /** Waits until a card's note field holds `text` and its status line says `status`. */
  async function waitForCardText(card: Frame, text: string, status: string): Promise<void> {
    await waitUntil(
      card,
      (t, st) => document.querySelector('textarea')?.value === t && document.querySelector('.status')?.textContent === st,
      { polling: 50 },
      text,
      status,
    );
  }

  test('two articles’ notes: listed, searched, filtered, edited, deleted and restored, exported', async () => {
    for (const article of ['council', 'ferry'] as const) {
      const { page, errors } = await openArticle(env.ext, urls[article]);
      for (const note of [REYES, BERGER, SOLBERG].filter((n) => n.article === article)) {
        await openQuoteCard(page, note.quote);
        await typeNote(page, note.body);
      }
      expect(errors).toEqual([]);
      await page.close();
    }

    const notes = await openNotesPage(env.ext);
    const all = await waitForNotes(notes, 3, 3);
    for (const note of [REYES, BERGER, SOLBERG]) {
      expect(all).toContainEqual(expect.objectContaining({ body: note.body, quote: expect.stringContaining(note.quote) }));
    }

    // Search (body, quote or speaker), then filter by site and by speaker.
    await search(notes, 'ferry budget');
    expect((await waitForNotes(notes, 1, 3))[0].body).toBe(SOLBERG.body);
    await search(notes, '');
    await waitForNotes(notes, 3, 3);
    await chooseFilter(notes, 'Site', 'localhost');
    expect((await waitForNotes(notes, 1, 3))[0].body).toBe(SOLBERG.body);
    await chooseFilter(notes, 'Site', '127.0.0.1');
    expect((await waitForNotes(notes, 2, 3)).map((r) => r.body).sort()).toEqual([BERGER.body, REYES.body].sort());
    await chooseFilter(notes, 'Site', '');
    await chooseFilter(notes, 'Speaker', speakerOf(BERGER));
    expect((await waitForNotes(notes, 1, 3))[0].body).toBe(BERGER.body);
    await chooseFilter(notes, 'Speaker', '');
    await waitForNotes(notes, 3, 3);

    // Edit a note's body and tags; the tag becomes a filter.
    const reyes = await rowWithQuote(notes, REYES.quote);
    await clickButton(reyes, 'Edit');
    await fillField((await reyes.$('textarea'))!, EDITED_BODY);
    await fillField((await reyes.$('input[aria-label="Tags"]'))!, EDITED_TAGS);
    await clickButton(reyes, 'Save');
    await waitUntil(notes, (b) => [...document.querySelectorAll('.note-body')].some((el) => el.textContent === b), { polling: 50 }, EDITED_BODY);
    expect((await waitForNotes(notes, 3, 3)).find((r) => r.body === EDITED_BODY)?.meta).toContain('#council #verified');
    await chooseFilter(notes, 'Tag', 'verified');
    expect((await waitForNotes(notes, 1, 3))[0].body).toBe(EDITED_BODY);
    // The profile of the notes the filters select: here the one tagged note, Reyes's.
    const tagged = await profileButtons(notes, OVERALL);
    expect(tagged.map((b) => b.text)).toContain(`${speakerOf(REYES)} 100%`);
    await chooseFilter(notes, 'Tag', '');
    await waitForNotes(notes, 3, 3);

    // All three notes: three named speakers, each with their quote's share of the quoted words.
    const total = [REYES, BERGER, SOLBERG].reduce((n, c) => n + wordsOf(c), 0);
    const overall = await profileButtons(notes, OVERALL);
    expect(overall.find((b) => b.part === 'named')?.text).toBe('3 named speakers');
    for (const c of [REYES, BERGER, SOLBERG]) {
      const legend = overall.find((b) => b.part === 'speaker' && b.text.startsWith(speakerOf(c)));
      expect(parseNumbers(legend!.numbers)).toEqual({ quotes: 1, words: wordsOf(c), total, percent: Math.round((100 * wordsOf(c)) / total) });
    }
    // A speaker picked in it narrows the list to their note; "Show all" brings the others back.
    await pickPart(notes, overall.find((b) => b.text.startsWith(speakerOf(BERGER)))!.text, OVERALL);
    expect((await waitForNotes(notes, 1, 3))[0].body).toBe(BERGER.body);
    await notes.click('.filter-status button');
    await waitForNotes(notes, 3, 3);

    // One profile per page with notes; a part picked in the council page's counts only its notes.
    expect(await notes.$$eval('.page-profile', (s) => s.length)).toBe(2);
    await notes.click(`${pageSection(urls.council)} summary`);
    await pickPart(notes, '2 named speakers', `${pageSection(urls.council)} .profile`);
    expect((await waitForNotes(notes, 2, 3)).map((r) => r.body).sort()).toEqual([BERGER.body, EDITED_BODY].sort());
    await notes.screenshot({ path: screenshotPath(`notes-profile-${name}`), fullPage: true });
    if (name === 'chromium') {
      await notes.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await notes.screenshot({ path: screenshotPath('notes-profile-dark'), fullPage: true });
      await notes.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    }
    await notes.click('.filter-status button');
    await waitForNotes(notes, 3, 3);
    if (name === 'chromium') await notes.screenshot({ path: screenshotPath('notes') });

    // Delete a note, then undo.
    await clickButton(await rowWithQuote(notes, SOLBERG.quote), 'Delete');
    expect((await waitForNotes(notes, 2, 2)).map((r) => r.body)).not.toContain(SOLBERG.body);
    await clickButton((await notes.$('.toast'))!, 'Undo');
    expect((await waitForNotes(notes, 3, 3)).map((r) => r.body)).toContain(SOLBERG.body);

    // Export everything as JSON.
    await notes.click('.export button');
    const file = await waitForDownload(env.ext.downloadDir);
    expect(file?.name).toMatch(/\.json$/);
    const data = JSON.parse(file!.text);
    expect(data.format).toBe('sourcelight-notes');
    expect(data.notes.map((n: { body: string }) => n.body).sort()).toEqual([EDITED_BODY, BERGER.body, SOLBERG.body].sort());
    expect(data.notes.find((n: { body: string }) => n.body === EDITED_BODY).tags).toEqual(['council', 'verified']);
    exported = path.join(files, file!.name);
    await writeFile(exported, file!.text);
    expect(env.ext.backgroundErrors).toEqual([]);
  });

  test('a fresh profile imports the export and finds every note on its quote', async () => {
    expect(exported, 'the export of the previous test').not.toBe('');
    fresh = await launch(name);
    const notes = await openNotesPage(fresh);
    await waitForNotes(notes, 0, 0);

    expect(await importFile(notes, exported)).toEqual({ role: 'status', text: 'Imported: 3 new, 0 already there.' });
    const rows = await waitForNotes(notes, 3, 3);
    expect(rows.map((r) => r.body).sort()).toEqual([EDITED_BODY, BERGER.body, SOLBERG.body].sort());

    // The same file again adds nothing; a damaged file is refused whole and changes nothing.
    expect(await importFile(notes, exported)).toEqual({ role: 'status', text: 'Imported: 0 new, 3 already there.' });
    await waitForNotes(notes, 3, 3);
    const damaged = path.join(files, 'damaged.json');
    await writeFile(damaged, (await readFile(exported, 'utf8')).slice(0, 200));
    const refused = await importFile(notes, damaged);
    expect(refused.role).toBe('alert');
    expect(refused.text).toMatch(/could not be imported: it is not valid JSON.*Nothing was changed\./);
    expect(await waitForNotes(notes, 3, 3)).toEqual(rows);

    // Each article shows its notes on their quotes.
    const expectations = { council: [[REYES.quote, EDITED_BODY], [BERGER.quote, BERGER.body]], ferry: [[SOLBERG.quote, SOLBERG.body]] };
    for (const [article, noted] of Object.entries(expectations) as [NoteCase['article'], string[][]][]) {
      const { page, errors } = await openArticle(fresh, urls[article]);
      expect(await highlightSize(page, NOTED_HIGHLIGHT)).toBe(noted.length);
      for (const [quote, body] of noted) {
        const card = await openQuoteCard(page, quote, NOTED_HIGHLIGHT);
        expect(card).toMatchObject({ note: body, speaker: expect.stringContaining(speakerOf({ article, quote, body })) });
      }
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(fresh.backgroundErrors).toEqual([]);
  });

  test('a note opened from the notes page opens its article scrolled to the quote, flashed', async () => {
    const notes = await openNotesPage(env.ext);
    await waitForNotes(notes, 3, 3);
    const opened = env.ext.browser.waitForTarget((t) => t.type() === 'page' && t.url() === urls.council);
    await (await (await rowWithQuote(notes, BERGER.quote)).$('button.quote'))!.click();
    const page = (await (await opened).page())!;
    const flashed = await page.waitForFunction(
      (n) => ([...(CSS.highlights.get(n) ?? [])] as Range[])[0]?.toString(),
      { polling: 20 },
      FLASH_HIGHLIGHT,
    );
    expect(await flashed.jsonValue()).toContain(BERGER.quote);
    // Scrolled (smoothly) until the quote is in the viewport.
    await page.waitForFunction(
      (n, quote) => {
        const range = ([...(CSS.highlights.get(n) ?? [])] as Range[]).find((r) => r.toString().includes(quote));
        const box = range?.getBoundingClientRect();
        return window.scrollY > 0 && !!box && box.top >= 0 && box.bottom <= window.innerHeight;
      },
      { polling: 50 },
      NOTED_HIGHLIGHT,
      BERGER.quote,
    );
  });

  test('a note follows its quote through edits of the article, and is kept when the quote is removed', async () => {
    const url = env.server.serve('/transport/night-ferry-updated.html', { body: FERRY_ARTICLE });
    const { page, errors } = await openArticle(env.ext, url);
    await openQuoteCard(page, FERRY_QUOTE);
    await typeNote(page, FOLLOWED_NOTE);

    // The site inserts a paragraph (with a quote of its own) before it and changes a word near it.
    const edited = editedFerryArticle();
    env.server.serve(new URL(url).pathname, { body: edited });
    await page.reload();
    await waitForReady(page);
    expect(await highlightSize(page, NOTED_HIGHLIGHT)).toBe(1);
    expect(await highlightSize(page, QUOTE_HIGHLIGHT)).toBe(expectedQuotes(edited).length - 1);
    expect(await openQuoteCard(page, FERRY_QUOTE, NOTED_HIGHLIGHT)).toMatchObject({ note: FOLLOWED_NOTE });

    // Then it removes the quote: the note is detached, not lost.
    env.server.serve(new URL(url).pathname, { body: ferryArticleWithoutQuote() });
    await page.reload();
    await waitForReady(page);
    expect(await highlightSize(page, NOTED_HIGHLIGHT)).toBe(0);
    const popup = await openPopupFor(env.ext, url);
    const listed = await popup.$$eval('.page-note', (items) => items.map((li) => li.textContent));
    expect(listed).toEqual([expect.stringMatching(new RegExp(`^Quote no longer on the page: “${FERRY_QUOTE}.*${FOLLOWED_NOTE.replace('?', '\\?')}$`))]);
    await popup.close();
    const notes = await openNotesPage(env.ext);
    await search(notes, FOLLOWED_NOTE);
    expect(await waitForNotes(notes, 1)).toEqual([expect.objectContaining({ body: FOLLOWED_NOTE, quote: expect.stringContaining(FERRY_QUOTE) })]);
    expect(errors).toEqual([]);
  });

  test('nothing typed is lost: a tab reloaded, closed or navigated away 0–300 ms after the card got the last keystroke shows the text again', async () => {
    const elsewhere = env.server.serve('/lost/elsewhere.html', { body: COUNCIL_ARTICLE });
    for (const delay of [0, 100, 300]) {
      for (const how of ['reload', 'close', 'navigate'] as const) {
        const text = `Typed, then ${how} after ${delay} ms`;
        const url = env.server.serve(`/lost/${how}-${delay}.html`, { body: FERRY_ARTICLE });
        let { page, errors } = await openArticle(env.ext, url);
        await openQuoteCard(page, FERRY_QUOTE);
        const card = await focusNoteField(page);
        await page.keyboard.type(text);
        // The browser acknowledges a key before the card's frame has handled it: wait for the frame.
        await waitUntil(card, (t) => document.querySelector('textarea')?.value === t, { polling: 10 }, text);
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (how === 'reload') {
          await page.reload();
          await waitForReady(page);
        } else if (how === 'navigate') {
          await page.goto(elsewhere);
          await page.goto(url);
          await waitForReady(page);
        } else {
          await page.close();
          ({ page, errors } = await openArticle(env.ext, url));
        }
        expect(await highlightSize(page, NOTED_HIGHLIGHT), `${how} after ${delay} ms`).toBe(1);
        expect(await openQuoteCard(page, FERRY_QUOTE, NOTED_HIGHLIGHT), `${how} after ${delay} ms`).toMatchObject({ note: text });
        expect(errors).toEqual([]);
        await page.close();
      }
    }
  });

  test('the same quote noted in two tabs is one note; each tab’s words are kept, the other card shows them, and tags set on the notes page survive the next keystroke', async () => {
    const url = env.server.serve('/transport/two-tabs.html', { body: FERRY_ARTICLE });
    const first = await openArticle(env.ext, url);
    const second = await openArticle(env.ext, url);
    // Both cards open before either tab has a note on the quote (a tab in front, as for a reader).
    await first.page.bringToFront();
    await openQuoteCard(first.page, FERRY_QUOTE);
    await second.page.bringToFront();
    await openQuoteCard(second.page, FERRY_QUOTE);
    await first.page.bringToFront();
    await typeNote(first.page, 'Typed in the first tab');
    // The second card shows the first tab's words, saying where they come from; the reader adds to them.
    const secondCard = (await openCardFrame(second.page))!;
    await waitForCardText(secondCard, 'Typed in the first tab', 'Changed in another tab');
    await second.page.bringToFront();
    await typeNote(second.page, ', then in the second');
    const both = 'Typed in the first tab, then in the second';
    await waitForCardText((await openCardFrame(first.page))!, both, 'Changed in another tab');
    let notes = await openNotesPage(env.ext);
    await search(notes, 'Typed in the');
    expect(await waitForNotes(notes, 1)).toEqual([expect.objectContaining({ body: both })]);

    // Tags set on the notes page while both cards are open stay through the next keystroke in a card.
    const row = await rowWithQuote(notes, FERRY_QUOTE);
    await clickButton(row, 'Edit');
    await fillField((await row.$('input[aria-label="Tags"]'))!, 'ferry, checked');
    await clickButton(row, 'Save');
    await waitUntil(notes, () => document.querySelector('li.note-row .meta')?.textContent?.includes('#checked'), { polling: 50 });
    await first.page.bringToFront();
    await typeNote(first.page, '.');
    // A notes page opened afresh (Firefox never reports a moz-extension page's reload as done).
    await notes.close();
    notes = await openNotesPage(env.ext);
    await search(notes, 'Typed in the');
    const [stored] = await waitForNotes(notes, 1);
    expect(stored).toMatchObject({ body: `${both}.`, meta: expect.stringContaining('#ferry #checked') });

    // Reopened in the first tab, the card shows the one note.
    await first.page.bringToFront();
    await first.page.reload();
    await waitForReady(first.page);
    expect(await openQuoteCard(first.page, FERRY_QUOTE, NOTED_HIGHLIGHT)).toMatchObject({ note: `${both}.` });
    expect([...first.errors, ...second.errors]).toEqual([]);
    await Promise.all([first.page.close(), second.page.close(), notes.close()]);
  });
  test('a note edited on the notes page while its card is open: the card shows the new text, saying so, and builds on it; the card’s later words win on the notes page', async () => {
    const url = env.server.serve('/transport/notes-page-edit.html', { body: FERRY_ARTICLE });
    const { page, errors } = await openArticle(env.ext, url);
    await openQuoteCard(page, FERRY_QUOTE);
    await typeNote(page, 'Typed in the card');
    const notes = await openNotesPage(env.ext);
    await search(notes, FERRY_QUOTE); // the quote still matches once the note is rewritten
    const row = await rowWithQuote(notes, FERRY_QUOTE);
    await clickButton(row, 'Edit');
    await fillField((await row.$('textarea'))!, 'Rewritten on the notes page');
    await clickButton(row, 'Save');
    await waitUntil(notes, () => document.querySelector('li.note-row')?.textContent?.includes('Rewritten on the notes page'), { polling: 50 });

    await page.bringToFront();
    await waitForCardText((await openCardFrame(page))!, 'Rewritten on the notes page', 'Changed on the notes page');
    await typeNote(page, ', then in the card');
    const both = 'Rewritten on the notes page, then in the card';
    expect((await storedNotes(env.ext, url)).map((n) => n.body)).toEqual([both]);
    // A notes page opened afresh (Firefox never reports a moz-extension page's reload as done).
    await notes.close();
    const again = await openNotesPage(env.ext);
    await search(again, 'Rewritten on');
    expect(await waitForNotes(again, 1)).toEqual([expect.objectContaining({ body: both })]);
    expect(errors).toEqual([]);
    await Promise.all([page.close(), again.close()]);
  });
});
