// Helpers that drive a page the extension annotates: wait for highlights, click a quote, use the card.
import type { Frame, Page } from 'puppeteer-core';
import type { PageStatus } from '../../../utils/page-summary';
import { extensionOf, tabIdOf, type ExtensionBrowser } from './browsers';
import { statusOfTab } from './extension';
import { waitUntil } from './wait';
import { cardBox } from './keyboard';

/** The card frame's border, between its box in the page and its content. */
const CARD_BORDER = 1;

export const QUOTE_HIGHLIGHT = 'sourcelight-quote';
export const NOTED_HIGHLIGHT = 'sourcelight-noted';
export const FLASH_HIGHLIGHT = 'sourcelight-flash';

/**
 * Firefox reports its own complaints about a page as page errors: loads and scripts refused by the
 * page's CSP or by CORS (the corpus pages' trackers, a favicon), fonts it could not fetch, SVG
 * sprites a page <use>s from another origin, the test driver's own script in a sandboxed frame. Those
 * that name an extension URL are kept.
 */
const BROWSER_COMPLAINTS = [
  /^Content-Security-Policy: .*blocked the loading of a resource .* at (https?|data):/,
  /^Content-Security-Policy: The page’s settings blocked (a script|an inline script|an event handler) /,
  /^Content-Security-Policy: Prevented too many CSP reports/,
  /^Cross-Origin Request Blocked: /,
  /^downloadable font: /,
  /^Security Error: Content at https?:\/\/\S+ may not load data from https?:/,
  // Firefox 140.12's WebDriver BiDi running puppeteer's evaluateOnNewDocument script in a sandboxed
  // <iframe> (another origin): reproduced with an empty script on a page of one paragraph and such a frame
  /^Error: Permission denied to access property "length"$/,
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

/** The content script's status in `page`, asked through the extension (null while it has not started). */
export async function pageStatus(page: Page): Promise<PageStatus | null> {
  return (await statusOfTab(extensionOf(page).probe, page.url(), tabIdOf(page)))?.status ?? null;
}

/** Waits until the content script has finished its first annotation of the page, notes attached; returns its status. */
export async function waitForReady(page: Page, timeout = 30_000): Promise<PageStatus> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const status = await pageStatus(page);
    if (status?.ready) return status;
    if (Date.now() > deadline) throw new Error(`Sourcelight was not ready on ${page.url()} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens `url` in a new tab of `browser` once the content script has annotated it, collecting the page's errors. */
export async function openArticle(browser: ExtensionBrowser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await waitForReady(page);
  return { page, errors };
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

/**
 * Scrolls a highlighted quote (its index in the highlight, or a snippet of its text) into view and
 * clicks the middle of its first line once it has stopped moving (a page may scroll smoothly, or lay
 * out late on a loaded machine); returns its text once the card shows.
 */
export async function clickQuote(page: Page, which: number | string, name = QUOTE_HIGHLIGHT): Promise<string> {
  const quote = await page.evaluate(
    (n, w) =>
      new Promise<{ text: string; x: number; y: number }>((resolve, reject) => {
        // by text, the range is picked in the same moment as it is read: a repaint (a quote just noted
        // moves to the noted highlight) could shift an index taken earlier
        const ranges = [...(CSS.highlights.get(n) ?? [])] as Range[];
        const range = typeof w === 'number' ? ranges[w] : ranges.find((r) => r.toString().includes(w));
        if (!range) return reject(new Error(`no quote ${JSON.stringify(w)} in the ${n} highlight`));
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const at = () => {
          const box = range.getClientRects()[0];
          return { text: range.toString(), x: box ? box.left + box.width / 2 : NaN, y: box ? box.top + box.height / 2 : NaN };
        };
        // The same place over three readings 50 ms apart (timers, not animation frames: a tab in the
        // background gets none), or wherever it is after 5 s. A loaded machine may take more than
        // a second to finish a scroll, and a click on a quote still moving lands on another one.
        const deadline = performance.now() + 5_000;
        let last = '';
        let still = 0;
        const settle = () => {
          const now = at();
          const key = `${now.x},${now.y}`;
          still = key === last && !Number.isNaN(now.x) ? still + 1 : 0;
          last = key;
          if (still < 3 && performance.now() < deadline) return void setTimeout(settle, 50);
          resolve(now);
        };
        settle();
      }),
    name,
    which,
  );
  const before = await openCardFrame(page);
  await page.mouse.click(quote.x, quote.y);
  await waitForCard(page, before);
  return quote.text;
}

const CARD_URL = /^(chrome|moz)-extension:\/\/[^/]+\/card\.html#/;

/** Firefox's WebDriver BiDi may still report a card frame as about:blank: then ask the frame itself. */
async function frameUrl(frame: Frame): Promise<string> {
  const url = frame.url();
  if (url !== 'about:blank') return url;
  return frame.evaluate(() => location.href).catch(() => url);
}

/** The card's frame, if one is open. */
export async function openCardFrame(page: Page): Promise<Frame | null> {
  const frames = page.frames().filter((f) => f !== page.mainFrame() && !f.detached);
  for (const frame of frames.reverse()) if (CARD_URL.test(await frameUrl(frame))) return frame;
  return null;
}

/**
 * Waits for a card frame other than `previous` to show its card at full size (the content script
 * sizes the frame once the card reports its height) and returns it.
 */
export async function waitForCard(page: Page, previous: Frame | null = null, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = await openCardFrame(page);
    if (frame && frame !== previous && (await isSized(frame))) return frame;
    if (Date.now() > deadline) throw new Error('no card opened');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Whether the frame has its size: the card's whole height (the content script sizes the frame to
 * the height the card reports), or less where the window has no room for it (the card scrolls inside).
 */
export function isSized(frame: Frame): Promise<boolean> {
  return frame
    .evaluate(() => {
      const card = document.querySelector('.card');
      const height = card?.getBoundingClientRect().height ?? 0;
      return window.innerHeight > 0 && (Math.abs(window.innerHeight - height) < 1.5 || window.innerHeight < height);
    })
    .catch(() => false);
}

/** Waits until no card is open. */
export async function waitForCardClosed(page: Page, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (await openCardFrame(page)) {
    if (Date.now() > deadline) throw new Error('the card did not close');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Clicks the highlighted quote whose text contains `snippet`, waits for the card to show it and reads it. */
export async function openQuoteCard(page: Page, snippet: string, name = QUOTE_HIGHLIGHT): Promise<CardContent> {
  await clickQuote(page, snippet, name);
  const card = (await readCard(page))!;
  if (!card.quote.includes(snippet)) throw new Error(`the card shows “${card.quote}”, not “${snippet}”`);
  return card;
}

export interface CardContent {
  speaker: string;
  role: string;
  quote: string;
  note: string;
}

/** What the open card shows, read in its frame (null when no card is open). */
export async function readCard(page: Page): Promise<CardContent | null> {
  const frame = await openCardFrame(page);
  if (!frame) return null;
  return frame.evaluate(() => {
    const card = document.querySelector('.card');
    if (!card) return null;
    const text = (sel: string) => card.querySelector(sel)?.textContent ?? '';
    return { speaker: text('.speaker'), role: text('.role'), quote: text('.quote'), note: card.querySelector('textarea')?.value ?? '' };
  });
}

/** Clicks into the open card's note field (a real click: the frame gets the focus, as for a reader). */
export async function focusNoteField(page: Page): Promise<Frame> {
  // The card follows its quote: one that moved between measuring and clicking (the page changed
  // above it) is measured and clicked again.
  for (let attempt = 1; ; attempt++) {
    const frame = await openCardFrame(page);
    const field = await frame?.$('textarea');
    if (!frame || !field) throw new Error('no note field in an open card');
    // A card that just grew (a status line) may not have its new size yet: clicking then could miss it.
    while (!(await isSized(frame))) await new Promise((resolve) => setTimeout(resolve, 50));
    // A real click at the field's place in the page. (ElementHandle.click in a frame asks WebDriver
    // BiDi for the frame's element, which Firefox 140 does not answer.)
    const box = await cardBox(page);
    const at = await field.evaluate((t) => {
      const r = t.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 12) };
    });
    if (!box) throw new Error('the card is not on the screen');
    await page.mouse.click(box.left + CARD_BORDER + at.x, box.top + CARD_BORDER + at.y);
    const focused = await waitUntil(frame, () => document.activeElement?.tagName === 'TEXTAREA', { polling: 50, timeout: 5_000 }).catch((e: Error) => e);
    if (focused === true) {
      await field.evaluate((t) => t.setSelectionRange(t.value.length, t.value.length));
      return frame;
    }
    if (attempt === 4) throw focused;
  }
}

/** Types at the end of the open card's note and waits until the card says it is saved. */
export async function typeNote(page: Page, text: string): Promise<void> {
  const frame = await focusNoteField(page);
  const before = await frame.$eval('textarea', (t) => t.value);
  await page.keyboard.type(text);
  await waitForSaved(frame, before + text);
}

/** Waits until the card's note field holds `text` and the card says it is saved. */
export async function waitForSaved(frame: Frame, text: string): Promise<void> {
  await waitUntil(frame,
    (t) => document.querySelector('textarea')?.value === t && document.querySelector('.status.saved') !== null,
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
