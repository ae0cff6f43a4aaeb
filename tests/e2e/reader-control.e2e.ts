// The reader's control, in Chromium and Firefox: the first-run page; deleting a note from its card
// and undoing it; one vocabulary and correct plurals on the notes page; the popup's search, its notes
// first and long notes collapsed; exports other tools read (Markdown escaped, Web Annotations that
// anchor in a fresh page by their selectors alone) and imports that name the format they expect;
// Sourcelight turned off for a site or paused from the popup, and back on from the settings page.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import type { Note } from '../../storage/types';
import { speakerLabel } from '../../utils/speaker-label';
import { COUNCIL_ARTICLE } from './harness/articles';
import { launch, type BrowserName, type ExtensionBrowser } from './harness/browsers';
import { expectedQuotes } from './harness/engine';
import { gotoExtensionPage, openPopupFor } from './harness/extension';
import { waitForDownload } from './harness/files';
import { chooseFilter, fillField, importFile, openNotesPage, search, waitForNotes } from './harness/notes-page';
import { collectErrors, hasCardHost, highlightSize, NOTED_HIGHLIGHT, openCardFrame, openQuoteCard, pageStatus, QUOTE_HIGHLIGHT, waitForReady, waitForSaved } from './harness/page';
import { startServer, type TestServer } from './harness/server';
import { waitUntil } from './harness/wait';

const QUOTES = expectedQuotes(COUNCIL_ARTICLE);
const UNNAMED = QUOTES.find((q) => q.speakerKind === 'anonymous')!;
const NAMED = QUOTES.find((q) => q.speaker !== null)!;
/** Words from a quote, enough to find it on the page. */
const snippet = (text: string) => text.split(/\s+/).slice(0, 4).join(' ');
const FIRST_NOTE = 'Who is the unnamed official?';
const TAGS = ['sourcing', 'follow-up'];
const HOSTILE_NOTE = '# Not a heading\n<img src=x onerror=alert(1)>';
const LONG_NOTE = Array.from({ length: 80 }, (_, i) => `Line of thought number ${i + 1}, on and on.`).join(' ').slice(0, 4000);

describe.each<BrowserName>(['chromium', 'firefox'])('the reader’s control in %s', (name) => {
  let server: TestServer;
  let url: string;
  let ext: ExtensionBrowser;
  let article: Page;
  let files: string;

  beforeAll(async () => {
    server = await startServer();
    url = server.serve('/news/flood-barrier.html', { body: COUNCIL_ARTICLE });
    files = await mkdtemp(path.join(tmpdir(), 'sourcelight-control-'));
    ext = await launch(name);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (files) await rm(files, { recursive: true, force: true });
  });

  /** Asks the background as an extension page does (the probe is one). */
  async function ask<T>(type: string, payload: unknown): Promise<T> {
    const reply = await ext.probe.evaluate(async (t, p) => {
      const scope = globalThis as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      return (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: t, payload: p });
    }, type, payload) as { ok: boolean; value: T; error?: string };
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }
  const allNotes = () => ask<Note[]>('notes:chunk', { after: null, limit: 1_000_000 });

  async function cardFrame(): Promise<Frame> {
    const frame = await openCardFrame(article);
    if (!frame) throw new Error('no card open');
    return frame;
  }

  // In the card's frame, input and clicks are sent as DOM events: Firefox 140's WebDriver BiDi cannot
  // locate an element inside a frame to click it. Real typing in the card is the journey's test.
  async function enterNote(text: string): Promise<void> {
    const frame = await cardFrame();
    await frame.evaluate((t) => {
      const field = document.querySelector('textarea')!;
      field.value = t;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    if (text) await waitForSaved(frame, text);
  }
  const clickInCard = async (selector: string) => (await cardFrame()).evaluate((sel) => (document.querySelector(sel) as HTMLElement).click(), selector);

  /** The content script's status once it has started in `page`. */
  async function startedStatus(page: Page) {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const status = await pageStatus(page);
      if (status) return status;
      if (Date.now() > deadline) throw new Error('the content script did not start');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Empties the download folder, runs `start`, and returns the file it downloads. */
  async function download(start: () => Promise<void>): Promise<string> {
    for (const f of await readdir(ext.downloadDir).catch(() => [])) await rm(path.join(ext.downloadDir, f), { force: true });
    await start();
    const file = await waitForDownload(ext.downloadDir);
    if (!file) throw new Error('nothing was downloaded');
    return file.text;
  }

  test('installing opens a first-run page that says what Sourcelight does and what it reads', () => {
    expect(ext.firstRun.title).toBe('Welcome to Sourcelight');
    expect(ext.firstRun.text).toMatch(/What it does/i);
    expect(ext.firstRun.text).toMatch(/What it reads/i);
    expect(ext.firstRun.text).toContain('It can read every web page you open (http and https)');
    expect(ext.firstRun.text).toContain('sends nothing anywhere');
    expect(ext.firstRun.text).toMatch(/turn Sourcelight off for a site, or pause it everywhere/);
  });

  test('a note deleted from its card comes back with its text and tags on Undo; an emptied field deletes nothing', async () => {
    article = await ext.newPage();
    const errors = collectErrors(article);
    await article.goto(url);
    await waitForReady(article);
    const card = await openQuoteCard(article, snippet(UNNAMED.text));
    expect(card.speaker).toBe('Unnamed source');
    await enterNote(FIRST_NOTE);
    const [stored] = await allNotes();
    await ask('notes:save', { ...stored, tags: TAGS });

    let frame = await cardFrame();
    await clickInCard('button.delete');
    await waitUntil(frame, () => document.querySelector('.status.deleted')?.textContent?.startsWith('Note deleted'));
    expect(await frame.$eval('textarea', (t) => t.value)).toBe('');
    await article.waitForFunction((n) => (CSS.highlights.get(n)?.size ?? 0) === 0, { polling: 50 }, NOTED_HIGHLIGHT);
    expect(await allNotes()).toEqual([]);

    await clickInCard('button.undo');
    await waitUntil(frame, (t) => document.querySelector('textarea')?.value === t && document.querySelector('.status.saved') !== null, {}, FIRST_NOTE);
    await article.waitForFunction((n) => CSS.highlights.get(n)?.size === 1, { polling: 50 }, NOTED_HIGHLIGHT);
    expect(await allNotes()).toEqual([expect.objectContaining({ id: stored.id, body: FIRST_NOTE, tags: TAGS, createdAt: stored.createdAt })]);

    // Emptying the field says the note keeps its text, and it does.
    frame = await cardFrame();
    await enterNote('');
    await waitUntil(frame, () => document.querySelector('.status.empty')?.textContent?.includes('not saved'));
    expect(await frame.$('.status.saved')).toBeNull();
    expect((await allNotes()).map((n) => n.body)).toEqual([FIRST_NOTE]);
    expect(errors).toEqual([]);
  });

  test('the notes page names every kind of speaker alike, filters by each, and counts “1 of 1 note”', async () => {
    const notes = await openNotesPage(ext);
    const [row] = await waitForNotes(notes, 1, 1);
    expect(row.meta).toMatch(/^Unnamed source · /);
    const options = await notes.$$eval('.filters select[aria-label="Speaker"] option', (os) => os.map((o) => ({ value: o.value, text: o.textContent })));
    expect(options).toContainEqual({ value: 'kind:anonymous', text: 'Unnamed source' });
    await chooseFilter(notes, 'Speaker', 'kind:anonymous');
    expect((await waitForNotes(notes, 1, 1))[0].body).toBe(FIRST_NOTE);
    await search(notes, 'nothing like this');
    await waitForNotes(notes, 0, 1);
    expect(await notes.$eval('main > p.muted', (p) => p.textContent)).toBe('0 of 1 note');
    await notes.close();
  });

  test('the popup lists the page’s notes first, searches its quotes and notes, and collapses a long note', async () => {
    await openQuoteCard(article, snippet(NAMED.text));
    await enterNote('short');
    const named = (await allNotes()).find((n) => n.body === 'short')!;
    await ask('notes:save', { ...named, body: LONG_NOTE });
    await article.reload();
    await waitForReady(article);

    const popup = await openPopupFor(ext, url);
    const order = await popup.evaluate(() => {
      const notes = document.querySelector('section[aria-label="Your notes"]')!;
      const quotes = document.querySelector('section[aria-label="Who said what"]')!;
      return notes.compareDocumentPosition(quotes) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    // The 4,000-character note shows a few lines and a toggle; the popup stays popup-sized.
    await waitUntil(popup, () => document.querySelector('.page-note .note-body.clamped') !== null);
    expect(await popup.$eval('.page-note .note-body.clamped', (el) => el.getBoundingClientRect().height)).toBeLessThan(120);
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1600);
    await popup.click('.page-note button.more');
    await waitUntil(popup, () => document.querySelector('.page-note button.more')?.getAttribute('aria-expanded') === 'true');
    expect(await popup.$eval('.page-note .note-body:not(.clamped)', (el) => el.getBoundingClientRect().height)).toBeGreaterThan(300);

    // Search: a note's words find the note; a speaker's name finds their quotes.
    const field = (await popup.$('input.search'))!;
    await fillField(field, 'unnamed official');
    await waitUntil(popup, () => document.querySelector('section[aria-label="Search results"] [role="status"]')?.textContent?.startsWith('Found'));
    expect(await popup.$eval('section[aria-label="Search results"] [role="status"]', (p) => p.textContent)).toBe('Found 0 quotes and 1 note for “unnamed official”.');
    const surname = NAMED.speaker!.split(' ').at(-1)!;
    await fillField(field, surname.toLowerCase());
    const theirs = QUOTES.filter((q) => speakerLabel(q.speaker, q.speakerKind).toLowerCase().includes(surname.toLowerCase()) || q.text.toLowerCase().includes(surname.toLowerCase()));
    await waitUntil(popup, (n) => document.querySelectorAll('section[aria-label="Search results"] li.found-quote').length === n, {}, theirs.length);
    expect(await popup.$$eval('li.found-quote .speaker', (s) => s.map((el) => el.textContent))).toContain(NAMED.speaker);
    await popup.close();
  });

  test('exports: Markdown keeps note text as text; Web Annotations have ids and anchor in a fresh page by their selectors alone; a CSV import is named', async () => {
    const unnamed = (await allNotes()).find((n) => n.body === FIRST_NOTE)!;
    await ask('notes:save', { ...unnamed, body: HOSTILE_NOTE });
    const notes = await openNotesPage(ext);
    await waitForNotes(notes, 2, 2);

    await notes.select('.export select', 'markdown');
    const markdown = await download(() => notes.click('.export button'));
    expect(markdown).toContain('\\# Not a heading\n\\<img src=x onerror=alert(1)\\>');
    expect(markdown).not.toMatch(/^# Not a heading/m);

    await notes.select('.export select', 'web-annotation');
    const collection = JSON.parse(await download(() => notes.click('.export button')));
    expect(collection['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ id: expect.stringMatching(/^urn:uuid:/), type: 'AnnotationCollection', first: { id: expect.stringMatching(/^urn:uuid:/), type: 'AnnotationPage' } });
    const items = collection.first.items as { id: string; type: string; target: { source: string; selector: { type: string; exact: string; prefix: string; suffix: string; start: number; end: number }[] } }[];
    expect(items).toHaveLength(2);
    // A fresh tab on the article: each annotation's position selector, counted in the document's text, holds its quote and context.
    const fresh = await ext.newPage();
    await fresh.goto(url);
    for (const item of items) {
      expect(item.id).toMatch(/^urn:uuid:/);
      expect(item.target.source).toBe(url);
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      const found = await fresh.evaluate(({ start, end }, before, after) => {
        const text = [...document.body.textContent!];
        return { exact: text.slice(start, end).join(''), prefix: text.slice(start - before, start).join(''), suffix: text.slice(end, end + after).join('') };
      }, position, [...quote.prefix].length, [...quote.suffix].length);
      expect(found).toEqual({ exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix });
    }
    await fresh.close();

    const csv = path.join(files, 'notes.csv');
    await writeFile(csv, '\uFEFFid,page_url,page_title,site,speaker,role,quote,note,tags,created_at,updated_at\r\n');
    const refused = await importFile(notes, csv);
    expect(refused.role).toBe('alert');
    expect(refused.text).toMatch(/this looks like a CSV file; Sourcelight imports its own JSON export \(\.json\) or a W3C Web Annotation file \(\.jsonld\).*Nothing was changed\./);
    await notes.close();
  });

  test('turned off for the site and paused from the popup, live; the settings page lists the site and turns it back on', async () => {
    const site = new URL(url).hostname;
    await openQuoteCard(article, snippet(NAMED.text), NOTED_HIGHLIGHT);
    expect(await hasCardHost(article)).toBe(true);
    let popup = await openPopupFor(ext, url);
    const clickSwitch = async (label: string) => {
      const [button] = await popup.$$(`xpath/.//section[@aria-label="Where Sourcelight runs"]//button[normalize-space()="${label}"]`);
      if (!button) throw new Error(`no “${label}” button`);
      await button.click();
    };
    const switchSays = (text: string) => waitUntil(popup, (t) => document.querySelector('.site-switch [role="status"]')?.textContent === t, {}, text);
    const highlightsGone = () => article.waitForFunction((names) => names.every((n) => !CSS.highlights.has(n)), { polling: 50 }, [QUOTE_HIGHLIGHT, NOTED_HIGHLIGHT]);
    const highlightsBack = () => article.waitForFunction((n) => (CSS.highlights.get(n)?.size ?? 0) > 0, { polling: 50 }, QUOTE_HIGHLIGHT);

    await clickSwitch('Turn off for this site');
    await switchSays(`Sourcelight is off for ${site}.`);
    await highlightsGone();
    expect(await hasCardHost(article)).toBe(false);
    expect(await popup.$('section[aria-label="Who said what"]')).toBeNull();

    // Still off after a reload.
    await article.reload();
    expect((await startedStatus(article)).active).toBe(false);
    expect(await highlightSize(article)).toBe(0);

    // The settings page lists the site; turning it back on there brings the highlights back.
    const settings = await ext.newPage();
    await gotoExtensionPage(ext, settings, 'options.html');
    await waitUntil(settings, (s) => document.querySelector(`li[data-site="${s}"] button`) !== null, {}, site);
    await settings.click(`li[data-site="${site}"] button`);
    await highlightsBack();
    await waitUntil(settings, () => document.querySelector('.off-sites') === null);

    // Paused everywhere, then resumed, from the popup; the settings page follows.
    await popup.close();
    popup = await openPopupFor(ext, url);
    await switchSays(`Sourcelight runs on ${site}.`);
    await clickSwitch('Pause everywhere');
    await switchSays('Sourcelight is paused on every site.');
    await highlightsGone();
    await waitUntil(settings, () => document.body.textContent!.includes('Sourcelight is paused on every site.'));
    await clickSwitch('Resume everywhere');
    await switchSays(`Sourcelight runs on ${site}.`);
    await highlightsBack();
    expect(await popup.$('section[aria-label="Who said what"]')).not.toBeNull();
    await settings.close();
    await popup.close();
    expect(ext.backgroundErrors).toEqual([]);
  });
});
