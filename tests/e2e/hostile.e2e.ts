// Pages that try to break the extension or trick it into running their text, in both browsers.
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { GECKO_ID, tabIdOf, type BrowserName } from './harness/browsers';
import { extensionAndServer } from './harness/suite';
import { expectedQuotes } from './harness/engine';
import { gotoExtensionPage, openPopupFor, summaryOfTab } from './harness/extension';
import {
  fightingArticle,
  framingPage,
  hugeArticle,
  infiniteArticle,
  landingPage,
  MARKUP_QUOTE_TEXT,
  markupArticle,
  rerenderingArticle,
  simpleArticle,
  spaArticle,
  spyingArticle,
  swappedParagraphs,
} from './harness/hostile-pages';
import {
  clickQuote,
  collectErrors,
  domSnapshot,
  hasCardHost,
  highlightedQuotes,
  highlightSize,
  NOTED_HIGHLIGHT,
  openCardFrame,
  readCard,
  typeNote,
  waitForCardClosed,
  waitForReady,
} from './harness/page';
import { type Served } from './harness/server';
import { storedNotes } from './harness/stored-notes';
import { waitUntil } from './harness/wait';

const quoteCount = (page: Page) => highlightSize(page);

/** The spying page's own API (spyingArticle). */
interface PageSpy {
  spy: {
    heard: { events: string[]; messages: string[] };
    readCard(): { hostFound: boolean; openShadowRoot: boolean; rootsCaught: number; framesFound: number; text: string };
    replayStart(name: string): void;
    fakeClick(x: number, y: number): void;
    marks(): string[];
  };
}

describe.each<BrowserName>(['chromium', 'firefox'])('hostile pages in %s', (name) => {
  const env = extensionAndServer(name);

  /** Serves `html` at `path`, opens it and waits for the content script's first annotation. */
  async function open(path: string, html: string, extra: Omit<Served, 'body'> = {}) {
    const url = env.server.serve(path, { body: html, ...extra });
    const page = await env.ext.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await waitForReady(page);
    return { page, errors, url };
  }

  test('markup and script quoted in the article show as text and never run', async () => {
    const { page, errors, url } = await open('/markup.html', markupArticle());
    expect(await quoteCount(page)).toBe(expectedQuotes(markupArticle()).length);
    for (let i = 0; i < 2; i++) {
      await clickQuote(page, i);
      const card = await readCard(page);
      expect(card?.quote).toMatch(i === 0 ? /^“<img src=x onerror=/ : /javascript:window.__pwned=3/);
      const live = await (await openCardFrame(page))!.evaluate(() => document.querySelectorAll('.card img, .card a, .card iframe, .card script').length);
      expect(live).toBe(0);
    }
    const popup = await openPopupFor(env.ext, url);
    expect(await popup.evaluate(() => document.body.innerText)).toContain(MARKUP_QUOTE_TEXT.slice(0, 40));
    expect(await popup.$$('main img, main script, main iframe')).toHaveLength(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await popup.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  test('a page spying on the card learns nothing of the note, cannot switch Sourcelight off, and its fake clicks and messages open or store nothing', async () => {
    const { page, errors } = await open('/spying.html', spyingArticle());
    // What the page's own script heard and can reach (see spyingArticle).
    const heard = () => page.evaluate(() => (window as unknown as PageSpy).spy.heard);
    // WXT's start-up announcement, with the extension's id (public in a store; fixed in Firefox).
    const startEvent = `${name === 'chromium' ? new URL(env.ext.extensionOrigin).host : GECKO_ID}:content:wxt:content-script-started`;
    expect((await heard()).messages).toEqual([]); // Sourcelight announced nothing on window
    await page.evaluate((n) => (window as unknown as PageSpy).spy.replayStart(n), startEvent);

    // Untrusted clicks on a quote open nothing.
    const [quote] = await highlightedQuotes(page);
    await page.evaluate((x, y) => (window as unknown as PageSpy).spy.fakeClick(x, y), quote.x, quote.y);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await openCardFrame(page)).toBeNull();
    // With no reader input the page cannot make or change a note: it posts what a card would send,
    // in every shape it can; nothing is stored.
    await page.evaluate(() => {
      const draft = { id: 'page-made', pageUrl: location.href, selector: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 }, body: 'written by the page', tags: [] };
      for (const type of ['notes:save', 'notes:saveText', 'card:open']) window.postMessage({ type, payload: draft }, '*');
      document.dispatchEvent(new CustomEvent('sourcelight:note', { detail: draft }));
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await storedNotes(env.ext, page.url())).toEqual([]);

    // The reader's click still opens the card (the replayed announcement did not stop Sourcelight) …
    await clickQuote(page, 0);
    const secret = 'Source says the vote was bought';
    await typeNote(page, secret);
    // … and the page heard no key, saw no note, found no way into the card, and no performance mark.
    expect((await heard()).events).toEqual([]);
    const seen = await page.evaluate(() => (window as unknown as PageSpy).spy.readCard());
    expect(seen).toMatchObject({ hostFound: true, openShadowRoot: false, rootsCaught: 0, framesFound: 0 });
    expect(seen.text).not.toContain(secret);
    expect(seen.text).not.toContain('Your note');
    expect(await page.evaluate(() => (window as unknown as PageSpy).spy.marks())).toEqual([]);

    // Escape in the card closes it; the page hears at most the key's release, once the card is gone.
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);
    expect((await heard()).events.filter((e) => e !== 'keyup:Escape')).toEqual([]);
    await clickQuote(page, 0, NOTED_HIGHLIGHT);
    expect((await readCard(page))?.note).toBe(secret);
    expect(errors).toEqual([]);
  });

  test('a page that clears or takes over our highlights and removes our card host: highlights come back, the card still opens', async () => {
    const { page, errors } = await open('/fighting.html', fightingArticle());
    const quotes = expectedQuotes(fightingArticle()).length;
    expect(await quoteCount(page)).toBe(quotes);
    type Fight = { fight: { clearAll(): void; remove(name: string): void; takeName(name: string): void; removeElement(selector: string): void } };
    const restored = () => page.waitForFunction((n) => CSS.highlights.get('sourcelight-quote')?.size === n, { polling: 50, timeout: 5_000 }, quotes);

    await page.evaluate(() => (window as unknown as Fight).fight.clearAll());
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await restored(); // without any help from the reader
    await page.evaluate(() => (window as unknown as Fight).fight.remove('sourcelight-quote'));
    await page.mouse.wheel({ deltaY: 200 }); // a scroll puts it back at once
    await restored();
    await page.evaluate(() => (window as unknown as Fight).fight.takeName('sourcelight-quote'));
    expect(await quoteCount(page)).toBe(0);
    await restored();

    // The page sweeps new nodes out of its body: the card opens all the same, and again after its host is removed.
    await clickQuote(page, 0);
    expect((await readCard(page))?.quote).toContain('bridge number 1');
    await page.evaluate(() => (window as unknown as Fight).fight.removeElement('sourcelight-card'));
    await waitForCardClosed(page);
    expect(await hasCardHost(page)).toBe(false);
    // Puppeteer may lose track of a frame attached while it still handles the removed one (its
    // evaluations then hang); a reader's next click comes later than a script's anyway.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await clickQuote(page, 1);
    expect((await readCard(page))?.quote).toContain('bridge number 2');
    expect(errors).toEqual([]);
  });

  test("a strict CSP page (default-src 'none') is highlighted and its card is styled", async () => {
    const html = simpleArticle(3);
    const { page, errors } = await open('/csp.html', html, { headers: { 'content-security-policy': "default-src 'none'" } });
    expect(await quoteCount(page)).toBe(expectedQuotes(html).length);
    await clickQuote(page, 0);
    // The page's CSP governs neither the card's frame nor its style sheet.
    const card = await (await openCardFrame(page))!.evaluate(() => {
      const el = document.querySelector('.card')!;
      return { padding: getComputedStyle(el).paddingLeft, width: el.getBoundingClientRect().width };
    });
    expect(card).toEqual({ padding: '16px', width: 340 });
    expect(errors).toEqual([]);
  });

  test('an SPA that swaps the article with pushState gets the new article highlighted', async () => {
    const { page, errors } = await open('/spa.html', spaArticle());
    expect(await quoteCount(page)).toBe(2);
    await page.evaluate(() => (window as unknown as { swapArticle(): void }).swapArticle());
    const swapped = swappedParagraphs().length;
    await page.waitForFunction((n) => CSS.highlights.get('sourcelight-quote')?.size === n, { polling: 50 }, swapped);
    const texts = (await highlightedQuotes(page)).map((q) => q.text);
    expect(texts.every((t) => t.includes('ferry'))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('infinite scroll: appended quotes are highlighted too', async () => {
    const { page, errors } = await open('/infinite.html', infiniteArticle());
    expect(await quoteCount(page)).toBe(1);
    for (const expected of [2, 3]) {
      await page.evaluate(() => (window as unknown as { appendMore(): void }).appendMore());
      await page.waitForFunction((n) => CSS.highlights.get('sourcelight-quote')?.size === n, { polling: 50 }, expected);
    }
    expect(errors).toEqual([]);
  });

  test('an article re-rendered every second keeps its highlights on live text, without runaway work', async () => {
    const { page, errors } = await open('/rerender.html', rerenderingArticle());
    const renders = () => page.evaluate(() => (window as unknown as { renders: number }).renders);
    const from = await renders();
    const cpu = await busyFraction(page, name === 'chromium', async () => {
      await page.waitForFunction((n) => (window as unknown as { renders: number }).renders >= n, { polling: 100 }, from + 4);
    });
    // Between two renders (the extension re-annotates 600 ms after a change), the highlights must lie on the current text.
    await page.waitForFunction(
      () => {
        const ranges = [...(CSS.highlights.get('sourcelight-quote') ?? [])] as Range[];
        return ranges.length === 2 && ranges.every((r) => r.startContainer.isConnected && !r.collapsed);
      },
      { polling: 50, timeout: 10_000 },
    );
    if (cpu !== null) {
      console.log(`${name}: re-rendering page kept the renderer busy ${(cpu * 100).toFixed(0)}% of the time`);
      expect(cpu).toBeLessThan(0.5);
    }
    expect(errors).toEqual([]);
  });

  test('an article inside an iframe: the content script does not run there (not all_frames), no error', async () => {
    const inner = env.server.serve('/framed-article.html', { body: simpleArticle(3) });
    const { page, errors } = await open('/framing.html', framingPage(inner));
    const frame = await (await page.$('#frame'))?.contentFrame();
    if (!frame) throw new Error('the iframe did not load');
    await waitUntil(frame, () => document.readyState === 'complete');
    expect(await frame.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await hasCardHost(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  test('a 5 MB article: no crash, every quote found, those near the view highlighted as it scrolls, tasks measured', async () => {
    const html = hugeArticle(5);
    const expected = expectedQuotes(html).map((q) => q.text);
    const url = env.server.serve('/huge.html', { body: html });
    const page = await env.ext.newPage();
    const errors = collectErrors(page);
    if (name === 'chromium') await page.evaluateOnNewDocument(recordLongTasks);
    await page.goto(url, { timeout: 120_000 });
    const status = await waitForReady(page, 120_000);
    const summary = await summaryOfTab(env.ext.probe, tabIdOf(page)!);
    expect(summary.quotes.map((q) => q.text)).toEqual(expected);
    // thousands of quotes: only those within a few screens of the view are in the highlight, and they follow the scrolling
    const height = await page.evaluate(() => window.innerHeight);
    const near = async () => (await highlightedQuotes(page)).filter((q) => q.y > -3 * height && q.y < 4 * height);
    const shown = await highlightedQuotes(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(expected.length / 10);
    expect((await near()).length).toBe(shown.length);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await waitUntil(page, (last) => [...(CSS.highlights.get('sourcelight-quote') ?? [])].some((r) => (r as Range).toString() === last), { polling: 50 }, expected.at(-1)!);
    expect((await near()).length).toBeGreaterThan(0);
    const timing = await page.evaluate(paintTiming, status.startedAt, status.paintedAt!);
    console.log(
      `${name}: 5 MB page, start → painted ${timing.paintMs.toFixed(0)} ms` +
        (timing.longestTaskMs === null ? '' : `, longest task since start ${timing.longestTaskMs.toFixed(0)} ms (budget 50 ms, reported)`),
    );
    expect(errors).toEqual([]);
  });

  test('a page that is not an article stays untouched', async () => {
    const { page, errors } = await open('/landing.html', landingPage());
    const before = await domSnapshot(page);
    await page.mouse.click(600, 500); // on no link: a click must not make the card appear
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await hasCardHost(page)).toBe(false);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(errors).toEqual([]);
  });

  test("the popup opened on the extension's own page says it cannot read it", async () => {
    const popup = await env.ext.newPage();
    const errors = collectErrors(popup);
    await gotoExtensionPage(env.ext, popup, 'popup.html');
    await waitUntil(popup, () => document.body.innerText.includes('cannot read this tab'), { polling: 50 });
    expect(errors).toEqual([]);
  });
});

/** Installed before the page's own content: records long tasks (Chromium's Long Tasks API). */
function recordLongTasks(): void {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Start → painted, and the longest task since the start (times in the page's performance timeline). */
function paintTiming(start: number, painted: number) {
  const tasks = (window as unknown as { __longTasks?: { start: number; duration: number }[] }).__longTasks;
  const ours = tasks?.filter((t) => t.start + t.duration >= start) ?? null;
  return { paintMs: painted - start, longestTaskMs: ours && Math.max(0, ...ours.map((t) => t.duration)) };
}

/** The share of wall time the page's renderer main thread was busy while `work` ran (Chromium only; null elsewhere). */
async function busyFraction(page: Page, hasCdp: boolean, work: () => Promise<void>): Promise<number | null> {
  if (!hasCdp) {
    await work();
    return null;
  }
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const taskDuration = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const t0 = performance.now();
  const busy0 = await taskDuration();
  await work();
  const busy = (await taskDuration()) - busy0;
  const wall = (performance.now() - t0) / 1000;
  await cdp.detach();
  return busy / wall;
}
