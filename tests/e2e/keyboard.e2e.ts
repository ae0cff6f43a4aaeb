// Keyboard and screen-reader use of Sourcelight, and where the card sits, in Chromium and Firefox:
// the shortcut moves through the quotes and opens their cards; the card is a labelled modal dialog
// that keeps Tab inside and gives the focus back on Escape; the popup opens a quote's card; every
// control has a name and a 24×24 px target; the card follows its quote and fits a short window.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { speakerLabel } from '../../utils/speaker-label';
import { extensionDir, VIEWPORT, type BrowserName } from './harness/browsers';
import { extensionAndServer } from './harness/suite';
import { expectedQuotes } from './harness/engine';
import { openPopupFor } from './harness/extension';
import { cardBox, controlProblems, dialogState, focusInCard, quoteBox, sendShortcut, setViewportSize, type Box } from './harness/keyboard';
import { screenshotPath } from './harness/files';
import { openNotesPage } from './harness/notes-page';
import { collectErrors, openCardFrame, openQuoteCard, readCard, typeNote, waitForCard, waitForCardClosed, waitForReady, waitForSaved } from './harness/page';

const SAMPLE = readFileSync('demo/sample-article.html', 'utf8');
const QUOTES = expectedQuotes(SAMPLE);
const FOCUS_HIGHLIGHT = 'sourcelight-focus';

/** The texts of the ranges in the focus highlight. */
const focusedTexts = (page: Page) => page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()), FOCUS_HIGHLIGHT);

/** What has the page's focus: an id, a tag. */
const pageFocus = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase());

/** Scrolls the page by `y` and waits for two frames: the scroll events are sent with the first. */
const scrollBy = (page: Page, y: number) =>
  page.evaluate((by) => {
    window.scrollBy(0, by);
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, y);

/**
 * Polls `read` until `ok` holds of what it returns, and returns that; fails with the last value after
 * `timeout`. A read that throws (a card frame replaced meanwhile) counts as not yet.
 */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read().catch((err: unknown) => err as T);
    if (!(value instanceof Error) && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value)} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits for the card showing quote `index` of the article. */
async function waitForQuoteCard(page: Page, index: number) {
  await until(() => readCard(page), (card) => card?.quote.includes(QUOTES[index].text) ?? false);
  const frame = (await openCardFrame(page))!;
  await waitForCard(page);
  return frame;
}

describe.each<BrowserName>(['chromium', 'firefox'])('keyboard and screen reader in %s', (name) => {
  const env = extensionAndServer(name);
  let url: string;

  beforeAll(async () => {
    url = env.server.serve('/article.html', { body: SAMPLE });
  });

  test('the manifest declares the shortcuts, rebindable, on keys the browsers leave free', () => {
    const manifest = JSON.parse(readFileSync(path.join(extensionDir(name), 'manifest.json'), 'utf8'));
    expect(manifest.commands).toEqual({
      'next-quote': { suggested_key: { default: 'Alt+Shift+J', mac: 'MacCtrl+Shift+J' }, description: expect.stringContaining('next quote') },
      'previous-quote': { suggested_key: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' }, description: expect.stringContaining('previous quote') },
      [name === 'chromium' ? '_execute_action' : '_execute_browser_action']: { suggested_key: { default: 'Alt+Shift+L', mac: 'MacCtrl+Shift+L' }, description: 'Open the Sourcelight popup' },
    });
  });

  test('shortcut (sent as the tab message the background sends: puppeteer cannot press extension shortcuts) opens labelled cards; Tab stays in them; Escape gives the focus back', async () => {
    const page = await env.ext.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await waitForReady(page);
    await page.focus('nav a');

    // From the top of the page the next quote is the first; its card is a dialog named by the speaker, described by the quote.
    expect(await sendShortcut(page, 'next-quote')).toBe(true);
    let frame = await waitForQuoteCard(page, 0);
    await until(() => dialogState(frame), (d) => d.cardFocused);
    expect(await dialogState(frame)).toEqual({
      role: 'dialog',
      modal: 'true',
      name: speakerLabel(QUOTES[0].speaker, QUOTES[0].speakerKind),
      description: `“${QUOTES[0].text}”`,
      cardFocused: true,
    });
    expect(await focusInCard(frame)).toBe('div.card');
    expect(await focusedTexts(page)).toEqual([QUOTES[0].text]);
    if (name === 'chromium') await page.screenshot({ path: screenshotPath('card-keyboard') });

    // Real Tab and Shift+Tab go round the card's controls and never leave it.
    const tabs: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      tabs.push(await focusInCard(frame));
    }
    expect(tabs).toEqual(['button.close', 'textarea', 'button.close', 'textarea']);
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    tabs.push(await focusInCard(frame));
    await page.keyboard.press('Tab');
    tabs.push(await focusInCard(frame));
    await page.keyboard.up('Shift');
    expect(tabs.slice(4)).toEqual(['button.close', 'textarea']);

    // Next, next, previous: the second quote's card, the third's, the second's again, each in view.
    await sendShortcut(page, 'next-quote');
    frame = await waitForQuoteCard(page, 1);
    await sendShortcut(page, 'next-quote');
    frame = await waitForQuoteCard(page, 2);
    await sendShortcut(page, 'previous-quote');
    frame = await waitForQuoteCard(page, 1);
    expect(await focusedTexts(page)).toEqual([QUOTES[1].text]);
    const quote = await quoteBox(page, QUOTES[1].text);
    expect(quote.top).toBeGreaterThanOrEqual(0);
    expect(quote.bottom).toBeLessThanOrEqual(VIEWPORT.height);
    await until(() => focusInCard(frame), (f) => f === 'div.card');

    // Escape (a real key, in the card) closes it and the focus goes back to the page's link.
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
    expect(await until(() => pageFocus(page), (f) => f === 'a')).toBe('a');
    expect(await focusedTexts(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a card opened by a click gives the focus to its quote on Escape (not to the body); Enter there opens it again', async () => {
    const page = await env.ext.newPage();
    await page.goto(url);
    await waitForReady(page);
    await openQuoteCard(page, QUOTES[3].text);
    const frame = (await openCardFrame(page))!;
    await until(() => focusInCard(frame), (f) => f === 'div.card');
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
    // The quote's mark, in Sourcelight's closed shadow root: the page sees only that its host has the focus.
    expect(await until(() => pageFocus(page), (f) => f === 'sourcelight-card')).toBe('sourcelight-card');
    expect(await focusedTexts(page)).toEqual([QUOTES[3].text]);
    await page.keyboard.press('Enter');
    await waitForQuoteCard(page, 3);
    await page.close();
  });

  test('the popup opens a quote’s card with a Note control beside it', async () => {
    const page = await env.ext.newPage();
    await page.goto(url);
    await waitForReady(page);
    const popup = await openPopupFor(env.ext, url);
    const control = await popup.$('button.open-card[data-open-card="q4"]');
    expect(await control!.evaluate((b) => b.getAttribute('aria-label'))).toContain(QUOTES[4].text.slice(0, 30));
    await control!.click();
    const frame = await waitForQuoteCard(page, 4);
    // A toolbar popup closes itself then and the page's window gets the focus back: the card has it.
    await page.bringToFront();
    await until(() => dialogState(frame), (d) => d.cardFocused);
    const quote = await quoteBox(page, QUOTES[4].text);
    expect(quote.top).toBeGreaterThanOrEqual(0);
    expect(quote.bottom).toBeLessThanOrEqual(VIEWPORT.height);
    await popup.close();
    await page.close();
  });

  test('every control of the card, the popup and the notes page has a name and a 24×24 px target', async () => {
    const page = await env.ext.newPage();
    await page.goto(url);
    await waitForReady(page);
    await openQuoteCard(page, QUOTES[5].text);
    await typeNote(page, 'Ask for the minutes');
    await page.waitForFunction(() => (CSS.highlights.get('sourcelight-noted')?.size ?? 0) > 0, { polling: 50 });
    expect(await controlProblems((await openCardFrame(page))!)).toEqual([]);
    const popup = await openPopupFor(env.ext, url);
    expect(await popup.$('section[aria-label="Your notes"]')).not.toBeNull();
    expect(await controlProblems(popup)).toEqual([]);
    await popup.close();
    const notes = await openNotesPage(env.ext);
    await notes.waitForSelector('li.note-row');
    expect(await controlProblems(notes)).toEqual([]);
    await notes.close();
    await page.close();
  });

  test('the card follows its quote as the page scrolls, and flips above it near the window’s bottom', async () => {
    const page = await env.ext.newPage();
    await page.goto(url);
    await waitForReady(page);
    await openQuoteCard(page, QUOTES[2].text);
    const text = QUOTES[2].text;
    const before = await until(() => cardBox(page), (b) => b !== null);
    const quote = await quoteBox(page, text);
    expect(before!.top).toBeGreaterThanOrEqual(quote.bottom);

    await scrollBy(page, 150);
    const moved = await quoteBox(page, text);
    expect(moved.top).toBeCloseTo(quote.top - 150, 0);
    const after = await until(() => cardBox(page), (b) => b !== null && Math.abs(b.top - (before!.top - 150)) <= 1);
    expect(after!.left).toBe(before!.left);

    // A quote further down brought near the window's bottom: its card goes above it.
    const last = QUOTES.length - 1;
    await openQuoteCard(page, QUOTES[last].text);
    const near = await quoteBox(page, QUOTES[last].text);
    const by = near.bottom - (VIEWPORT.height - 40);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(-by);
    await scrollBy(page, by);
    const low = await quoteBox(page, QUOTES[last].text);
    expect(low.bottom).toBeCloseTo(VIEWPORT.height - 40, 0);
    const flipped = await until(() => cardBox(page), (b: Box | null) => b !== null && b.bottom <= low.top);
    expect(flipped!.top).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  test('in a short window the card fits, scrolls inside, and Tab reaches its note field', async () => {
    const page = await env.ext.newPage();
    await setViewportSize(page, 1000, 220);
    await page.goto(url);
    await waitForReady(page);
    await openQuoteCard(page, QUOTES[1].text);
    const frame = (await openCardFrame(page))!;
    const box = await until(() => cardBox(page), (b) => b !== null);
    expect(box!.top).toBeGreaterThanOrEqual(0);
    expect(box!.bottom).toBeLessThanOrEqual(220);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);

    await until(() => focusInCard(frame), (f) => f === 'div.card');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusInCard(frame)).toBe('textarea');
    const field = await frame.evaluate(() => {
      const r = document.querySelector('textarea')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: document.documentElement.clientHeight };
    });
    expect(field.top).toBeGreaterThanOrEqual(0);
    expect(field.bottom).toBeLessThanOrEqual(field.height + 1); // sub-pixel rounding
    await page.keyboard.type('Short window');
    await waitForSaved(frame, 'Short window');
    await page.close();
  });
});
