// Helpers that drive a page the extension annotates: wait for highlights, click a quote, use the card.
import type { Page } from 'puppeteer-core';

export const QUOTE_HIGHLIGHT = 'sourcelight-quote';
export const NOTED_HIGHLIGHT = 'sourcelight-noted';
export const FLASH_HIGHLIGHT = 'sourcelight-flash';
/** Performance marks the content script sets when it starts and when its first annotation is painted. */
export const MARK_START = 'sourcelight:start';
export const MARK_PAINTED = 'sourcelight:painted';
export const MARK_READY = 'sourcelight:ready';

/**
 * Firefox reports its own complaints about a page as page errors: loads and scripts refused by the
 * page's CSP or by CORS (the corpus pages' trackers, a favicon), fonts it could not fetch, SVG
 * sprites a page <use>s from another origin. Those that name an extension URL are kept.
 */
const BROWSER_COMPLAINTS = [
  /^Content-Security-Policy: .*blocked the loading of a resource .* at (https?|data):/,
  /^Content-Security-Policy: The page’s settings blocked (a script|an inline script|an event handler) /,
  /^Content-Security-Policy: Prevented too many CSP reports/,
  /^Cross-Origin Request Blocked: /,
  /^downloadable font: /,
  /^Security Error: Content at https?:\/\/\S+ may not load data from https?:/,
];
const isBrowserComplaint = (message: string) =>
  BROWSER_COMPLAINTS.some((re) => re.test(message)) && !/(chrome|moz)-extension:/.test(message);

/**
 * Collects what the extension reports going wrong in a page: uncaught errors (the test pages run no
 * scripts of their own, or none that throw) and console errors or warnings that come from an
 * extension script or carry Sourcelight's log prefix. The browser's own complaints about the page
 * (blocked loads, a missing manifest) are not the extension's and are left out.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => {
    const message = err instanceof Error ? err.message : String(err);
    if (!isBrowserComplaint(message)) errors.push(`pageerror: ${message}`);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warn') return;
    const fromExtension = m.stackTrace().some((frame) => /^(chrome|moz)-extension:/.test(frame.url ?? ''));
    if (fromExtension || m.text().includes('[Sourcelight]')) errors.push(`console.${m.type()}: ${m.text()}`);
  });
  return errors;
}

/** Waits until the content script has finished its first annotation of the page, notes attached. */
export async function waitForReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, { timeout, polling: 50 }, MARK_READY);
}

export function highlightSize(page: Page, name = QUOTE_HIGHLIGHT): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

export interface QuoteOnPage {
  text: string;
  x: number;
  y: number;
}

/** The quote ranges of a highlight, in its order, each with the viewport centre of its first line box. */
export function highlightedQuotes(page: Page, name = QUOTE_HIGHLIGHT): Promise<QuoteOnPage[]> {
  return page.evaluate((n) => {
    const ranges = [...(CSS.highlights.get(n) ?? [])] as Range[];
    return ranges.map((r) => {
      const box = r.getClientRects()[0];
      return { text: r.toString(), x: box ? box.left + box.width / 2 : NaN, y: box ? box.top + box.height / 2 : NaN };
    });
  }, name);
}

/** Scrolls a highlighted quote into view and clicks the middle of its first line; returns its text. */
export async function clickQuote(page: Page, index: number, name = QUOTE_HIGHLIGHT): Promise<string> {
  await page.evaluate(
    (n, i) => {
      const range = ([...(CSS.highlights.get(n) ?? [])] as Range[])[i];
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    },
    name,
    index,
  );
  const quote = (await highlightedQuotes(page, name))[index];
  await page.mouse.click(quote.x, quote.y);
  await page.waitForFunction(() => !!document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('.card'), { polling: 50 });
  return quote.text;
}

/** Clicks the highlighted quote whose text contains `snippet`, waits for the card to show it and reads it. */
export async function openQuoteCard(page: Page, snippet: string, name = QUOTE_HIGHLIGHT): Promise<CardContent> {
  const index = (await highlightedQuotes(page, name)).findIndex((q) => q.text.includes(snippet));
  if (index < 0) throw new Error(`no quote with “${snippet}” in the ${name} highlight`);
  await clickQuote(page, index, name);
  await page.waitForFunction(
    (s) => document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('.card .quote')?.textContent?.includes(s),
    { polling: 50 },
    snippet,
  );
  return (await readCard(page))!;
}

export interface CardContent {
  speaker: string;
  role: string;
  quote: string;
  note: string;
}

export function readCard(page: Page): Promise<CardContent | null> {
  return page.evaluate(() => {
    const root = document.querySelector('sourcelight-card')?.shadowRoot;
    const card = root?.querySelector('.card');
    if (!card) return null;
    const text = (sel: string) => card.querySelector(sel)?.textContent ?? '';
    return { speaker: text('.speaker'), role: text('.role'), quote: text('.quote'), note: card.querySelector('textarea')?.value ?? '' };
  });
}

/** Types a note in the open card and waits until the card says it is saved. */
export async function typeNote(page: Page, text: string): Promise<void> {
  await page.evaluate(() => document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('textarea')?.focus());
  await page.keyboard.type(text);
  await page.waitForFunction(
    (t) => {
      const root = document.querySelector('sourcelight-card')?.shadowRoot;
      return root?.querySelector('textarea')?.value === t && root.querySelector('.status.saved') !== null;
    },
    { polling: 50 },
    text,
  );
}

/** A serialisation of the page's DOM without our card host, to prove the page was not modified. */
export function domSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelectorAll('sourcelight-card').forEach((el) => el.remove());
    return clone.outerHTML;
  });
}

export const hasCardHost = (page: Page) => page.evaluate(() => document.querySelector('sourcelight-card') !== null);
