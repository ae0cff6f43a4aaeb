// The reader's journey on the bundled sample article, in Chromium and in Firefox.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { speakerLabel } from '../../components/speaker-label';
import { launch, type BrowserName, type ExtensionBrowser } from './harness/browsers';
import { expectedQuotes } from './harness/engine';
import { openPopupFor } from './harness/extension';
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
import { startServer, type TestServer } from './harness/server';

const SAMPLE = readFileSync('demo/sample-article.html', 'utf8');
const EXPECTED = expectedQuotes(SAMPLE);
const NOTE = 'Check the vote count <b>not bold</b>';

describe.each<BrowserName>(['chromium', 'firefox'])('journey in %s', (name) => {
  let server: TestServer;
  let ext: ExtensionBrowser;
  let url: string;

  beforeAll(async () => {
    server = await startServer();
    url = server.serve('/article.html', { body: SAMPLE });
    ext = await launch(name);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  test('highlight, card, note, reload, popup, scroll, export', async () => {
    expect(EXPECTED.length).toBeGreaterThan(1);
    const page = await ext.newPage();
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
    const popup = await openPopupFor(ext, url);
    const popupText = await popup.evaluate(() => document.body.innerText);
    expect(popupText).toContain(card!.speaker.replace(/^Mayor /, ''));
    expect(popupText).toContain(NOTE);
    expect(await popup.$('main b')).toBeNull();
    if (name === 'chromium') {
      await popup.setViewport({ width: 420, height: 640 });
      await popup.screenshot({ path: screenshotPath('popup') });
    }

    // A quote clicked in the popup scrolls the page to it and flashes it.
    await page.evaluate(() => window.scrollTo(0, 0));
    const lastId = `q${EXPECTED.length - 1}`;
    await popup.click(`button.quote[data-quote-id="${lastId}"]`);
    await page.waitForFunction((n) => CSS.highlights.has(n), { polling: 20 }, FLASH_HIGHLIGHT);
    await page.waitForFunction(() => window.scrollY > 0, { polling: 50 });

    // Export the notes as JSON.
    await popup.click('.export button');
    const file = await waitForDownload(ext.downloadDir);
    expect(file?.name).toMatch(/\.json$/);
    const exported = JSON.parse(file!.text);
    expect(exported.notes.map((n: { body: string }) => n.body)).toEqual([NOTE]);
    expect(exported.notes[0].pageUrl).toBe(url);
    expect(errors).toEqual([]);
    expect(ext.backgroundErrors).toEqual([]);
  });

  test('a note that cannot be saved says why and keeps its text when the card closes', async () => {
    const page = await ext.newPage();
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
    await frame.waitForFunction(() => document.querySelector('.status.error')?.textContent?.startsWith('Not saved:'), { polling: 50 });
    await focusNoteField(page);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
    await clickQuote(page, index);
    expect((await readCard(page))?.note).toBe(tooLong);
    await page.close();
  });
});
