// The reader's journey on the bundled sample article, in Chromium and in Firefox.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { speakerLabel } from '../../utils/speaker-label';
import { type BrowserName } from './harness/browsers';
import { extensionAndServer } from './harness/suite';
import { inPart, profileQuotes, sourcingProfile, type ProfilePart, type Tally } from '../../utils/sourcing-profile';
import { expectedAnalysis } from './harness/engine';
import { openPopupFor } from './harness/extension';
import { listedQuoteIds, parseNumbers, pickPart, profileButtons } from './harness/profile';
import { screenshotPath, waitForDownload } from './harness/files';
import {
  clickQuote,
  collectErrors,
  FLASH_HIGHLIGHT,
  focusNoteField,
  highlightSize,
  NOTED_HIGHLIGHT,
  openCardFrame,
  readCard,
  typeNote,
  waitForCardClosed,
  waitForReady,
} from './harness/page';
import { waitUntil } from './harness/wait';
import { setViewportSize } from './harness/keyboard';

const SAMPLE = readFileSync('demo/sample-article.html', 'utf8');
const ANALYSIS = expectedAnalysis(SAMPLE);
const EXPECTED = ANALYSIS.quotes;
// The sample article's profile, from the engine in Node. Counted by hand on the article, it is today:
// 9 quotes, 97 quoted words; 3 people, 1 organisation, 1 unnamed quote; officials (Reyes, Natarajan)
// 5 quotes, 50 words (52%); Reyes 28 words (29%), Berger 27 (28%), Natarajan 22 (23%).
const PROFILE_QUOTES = profileQuotes(ANALYSIS.quotes, ANALYSIS.people);
const PROFILE = sourcingProfile(PROFILE_QUOTES);
const idsIn = (part: ProfilePart) => PROFILE_QUOTES.flatMap((q, i) => (inPart(q, part) ? [`q${i}`] : []));
const numbers = (t: Tally) => ({ quotes: t.quotes, words: t.words, total: PROFILE.words, percent: Math.round((100 * t.words) / PROFILE.words) });
const NOTE = 'Check the vote count <b>not bold</b>';

describe.each<BrowserName>(['chromium', 'firefox'])('journey in %s', (name) => {
  const env = extensionAndServer(name);
  let url: string;

  beforeAll(async () => {
    url = env.server.serve('/article.html', { body: SAMPLE });
  });

  test('highlight, card, note, reload, popup, scroll, export', async () => {
    expect(EXPECTED.length).toBeGreaterThan(1);
    const page = await env.ext.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await waitForReady(page);
    expect(await highlightSize(page)).toBe(EXPECTED.length);
    if (name === 'chromium') await page.screenshot({ path: screenshotPath('article') });

    // The card shows the first quote's speaker and role.
    await clickQuote(page, 0);
    const first = EXPECTED[0];
    const card = await readCard(page);
    expect(card?.speaker).toBe(speakerLabel(first.speaker, first.speakerKind));
    expect(card?.role).toBe(first.role ?? '');
    expect(card?.quote).toContain(first.text);
    if (name === 'chromium') await page.screenshot({ path: screenshotPath('article-card') });

    // A typed note is saved and the quote moves to the "noted" highlight.
    await typeNote(page, NOTE);
    await page.waitForFunction((n) => CSS.highlights.get(n)?.size === 1, { polling: 50 }, NOTED_HIGHLIGHT);
    expect(await highlightSize(page)).toBe(EXPECTED.length - 1);

    // After a reload, the same quote shows the note.
    await page.reload();
    await waitForReady(page);
    expect(await highlightSize(page, NOTED_HIGHLIGHT)).toBe(1);
    await clickQuote(page, 0, NOTED_HIGHLIGHT);
    expect(await readCard(page)).toMatchObject({ speaker: card?.speaker, note: NOTE });

    // The popup lists who said what and the note, as text.
    const popup = await openPopupFor(env.ext, url);
    const popupText = await popup.evaluate(() => document.body.innerText);
    expect(popupText).toContain(card!.speaker.replace(/^Mayor /, ''));
    expect(popupText).toContain(NOTE);
    expect(await popup.$('main b')).toBeNull();
    if (name === 'chromium') {
      await setViewportSize(popup, 420, 640);
      await popup.screenshot({ path: screenshotPath('popup') });
    }

    // The profile above the list gives the engine's numbers, in text as well as in its bars.
    expect(PROFILE.unnamed!.quotes).toBeGreaterThan(0);
    const buttons = await profileButtons(popup);
    const button = (part: string) => buttons.find((b) => b.part === part)!;
    expect(button('person').text).toMatch(new RegExp(`^${PROFILE.voices.people} (person|people)$`));
    expect(button('organisation').text).toMatch(new RegExp(`^${PROFILE.voices.organisations} organisations?$`));
    expect(buttons.filter((b) => b.part === 'official').map((b) => parseNumbers(b.numbers))).toEqual([numbers(PROFILE.officials!)]);
    expect(buttons.filter((b) => b.part === 'others').map((b) => parseNumbers(b.numbers))).toEqual([numbers(PROFILE.others!)]);
    expect(buttons.filter((b) => b.part === 'unnamed').map((b) => parseNumbers(b.numbers))).toEqual([numbers(PROFILE.unnamed!), numbers(PROFILE.unnamed!)]);
    expect(buttons.filter((b) => b.part === 'unattributed').map((b) => parseNumbers(b.numbers))).toEqual([numbers(PROFILE.unattributed!), numbers(PROFILE.unattributed!)]);
    const legend = buttons.filter((b) => b.part === 'speaker');
    expect(legend.map((b) => b.text)).toEqual(PROFILE.speakers.slice(0, 3).map((s) => `${s.speaker} ${numbers(s).percent}%`));
    if (name === 'chromium') {
      await setViewportSize(popup, 420, 640);
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await popup.screenshot({ path: screenshotPath('popup-dark') });
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    } else {
      await setViewportSize(popup, 420, 640);
      await popup.screenshot({ path: screenshotPath('popup-firefox') });
    }

    // Officials picked: the list shows only their quotes; picked again, all of them.
    await pickPart(popup, button('official').text);
    expect(await listedQuoteIds(popup)).toEqual(idsIn({ part: 'official' }));
    expect((await profileButtons(popup)).find((b) => b.part === 'official')?.pressed).toBe(true);
    await popup.click('.filter-status button');
    await waitUntil(popup, (n) => document.querySelectorAll('section[aria-label="Who said what"] button.quote').length === n, { polling: 50 }, EXPECTED.length);

    // Unnamed sources picked: their quotes alone, and one clicked scrolls the page to it and flashes it.
    await pickPart(popup, button('unnamed').text);
    const unnamed = await listedQuoteIds(popup);
    expect(unnamed).toEqual(idsIn({ part: 'unnamed' }));
    if (name === 'chromium') await popup.screenshot({ path: screenshotPath('popup-unnamed') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.click(`button.quote[data-quote-id="${unnamed.at(-1)}"]`);
    await page.waitForFunction((n) => CSS.highlights.has(n), { polling: 20 }, FLASH_HIGHLIGHT);
    await page.waitForFunction(() => window.scrollY > 0, { polling: 50 });

    // Export the notes as JSON.
    await popup.click('.export button');
    const file = await waitForDownload(env.ext.downloadDir);
    expect(file?.name).toMatch(/\.json$/);
    const exported = JSON.parse(file!.text);
    expect(exported.notes.map((n: { body: string }) => n.body)).toEqual([NOTE]);
    expect(exported.notes[0].pageUrl).toBe(url);
    expect(errors).toEqual([]);
    expect(env.ext.backgroundErrors).toEqual([]);
  });

  test('a note that cannot be saved says why and keeps its text when the card closes', async () => {
    const page = await env.ext.newPage();
    await page.goto(url);
    await waitForReady(page);
    const index = (await highlightSize(page)) - 1; // a quote with no note yet
    await clickQuote(page, index);
    // Longer than the store accepts: saving fails with a message, like a full disk would.
    const tooLong = 'x'.repeat(100_001);
    const frame = (await openCardFrame(page))!;
    await frame.evaluate((text) => {
      const field = document.querySelector('textarea')!;
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }, tooLong);
    await waitUntil(frame, () => document.querySelector('.status.error')?.textContent?.startsWith('Not saved:'), { polling: 50 });
    await focusNoteField(page);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
    await clickQuote(page, index);
    expect((await readCard(page))?.note).toBe(tooLong);
    await page.close();
  });
});
