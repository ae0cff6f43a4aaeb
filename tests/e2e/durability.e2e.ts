// Nothing typed is lost, in Chromium and Firefox: the browser quitting just after a keystroke, the
// extension reloaded (updated) mid-typing, the MV3 service worker stopped mid-save, the page changing
// under an open card (a paragraph inserted above, the URL changed), and a click the moment quotes are painted.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { FERRY_ARTICLE, FERRY_QUOTE } from './harness/articles';
import { launch, tabIdOf, type BrowserName } from './harness/browsers';
import { extensionAndServer } from './harness/suite';
import { statusOfTab } from './harness/extension';
import {
  collectErrors,
  focusNoteField,
  highlightedQuotes,
  highlightSize,
  NOTED_HIGHLIGHT,
  openCardFrame,
  openArticle,
  openQuoteCard,
  QUOTE_HIGHLIGHT,
  readCard,
  typeNote,
  waitForCard,
  waitForReady,
  waitForSaved,
} from './harness/page';
import { waitUntil } from './harness/wait';
import { reloadExtension, stopServiceWorker, storedNotes } from './harness/stored-notes';

const DELAYS_MS = [0, 100, 300];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The browser's own wording for a background that went away: never to be shown to the reader. */
const RAW_BROWSER_ERROR = /establish connection|receiving end|message (port|channel)|context invalidated|dead object/i;
const INSERTED_QUOTE = 'We expect the first crossing on July 4';

describe.each<BrowserName>(['chromium', 'firefox'])('nothing typed is lost in %s', (name) => {
  const env = extensionAndServer(name);

  /** Types `text` into the open card and waits until its frame has handled the last key (not until it is saved). */
  async function typeInCard(page: Page, text: string): Promise<Frame> {
    const card = await focusNoteField(page);
    const before = await card.$eval('textarea', (t) => t.value);
    await page.keyboard.type(text);
    await waitUntil(card, (t) => document.querySelector('textarea')?.value === t, { polling: 10 }, before + text);
    return card;
  }

  /** How many annotations the content script of `page` has finished (its URL read from the page: puppeteer's may lag a pushState). */
  async function annotationsOf(page: Page): Promise<number> {
    const found = await statusOfTab(env.ext.probe, await page.evaluate(() => location.href), tabIdOf(page));
    return found?.status.annotations ?? 0;
  }

  /** Waits until the content script of `page` has annotated it again since it had done `before` annotations. */
  async function waitForAnnotation(page: Page, before: number, what: string): Promise<void> {
    for (const deadline = Date.now() + 20_000; (await annotationsOf(page)) <= before; await sleep(50)) {
      if (Date.now() > deadline) throw new Error(`the page was not annotated again after ${what}`);
    }
  }

  /** Records every status line the card shows from now on (read in its frame by the test only). */
  async function recordStatuses(card: Frame): Promise<() => Promise<string[]>> {
    await card.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { statuses: string[] }).statuses = seen;
      const status = document.querySelector('.status')!;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    return () => card.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
  }

  test('the browser quit 0–300 ms after the last keystroke, then reopened on the same profile: the note is there', async () => {
    const profile = await mkdtemp(path.join(tmpdir(), `sourcelight-reopened-${name}-`));
    try {
      for (const delay of DELAYS_MS) {
        const url = env.server.serve(`/quit/${delay}.html`, { body: FERRY_ARTICLE });
        const text = `Typed, then the browser quit after ${delay} ms`;
        const first = await launch(name, { profile });
        const { page } = await openArticle(first, url);
        await openQuoteCard(page, FERRY_QUOTE);
        await typeInCard(page, text);
        await sleep(delay);
        await first.close();

        const reopened = await launch(name, { profile });
        const again = await openArticle(reopened, url);
        expect(await highlightSize(again.page, NOTED_HIGHLIGHT), `quit after ${delay} ms`).toBe(1);
        expect(await openQuoteCard(again.page, FERRY_QUOTE, NOTED_HIGHLIGHT), `quit after ${delay} ms`).toMatchObject({ note: text });
        expect((await storedNotes(reopened, url)).map((n) => n.body)).toEqual([text]);
        expect(again.errors).toEqual([]);
        await reopened.close();
      }
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });

  test('the extension reloaded (as by an update) while typing: everything typed is stored, and no card said "Saved" for text that was not', async () => {
    // A browser of its own: the reload closes the extension's pages of the one the other tests use.
    const own = await launch(name);
    try {
      const url = env.server.serve('/update/while-typing.html', { body: FERRY_ARTICLE });
      const { page } = await openArticle(own, url);
      await openQuoteCard(page, FERRY_QUOTE);
      await typeNote(page, 'Saved before the update. ');
      const card = await typeInCard(page, 'Typed just as it came.');
      await reloadExtension(own);
      // Whatever the old card still shows, it must not claim to have stored what the database lacks.
      const shown = card.detached
        ? null
        : await card.evaluate(() => ({
            status: document.querySelector('.status')?.textContent ?? '',
            text: document.querySelector('textarea')?.value ?? '',
          })).catch(() => null);
      if (shown?.status === 'Saved') expect((await storedNotes(own, url)).map((n) => n.body), 'what the old card called saved').toEqual([shown.text]);

      await page.close();
      const full = 'Saved before the update. Typed just as it came.';
      const again = await openArticle(own, url);
      expect(await highlightSize(again.page, NOTED_HIGHLIGHT)).toBe(1);
      expect(await openQuoteCard(again.page, FERRY_QUOTE, NOTED_HIGHLIGHT)).toMatchObject({ note: full });
      expect((await storedNotes(own, url)).map((n) => n.body), 'stored after the update').toEqual([full]);
    } finally {
      await own.close();
    }
  });

  test.skipIf(name === 'firefox')(
    'the MV3 service worker stopped mid-save: the retried save makes no second note and the card shows no browser error (Chromium only: Firefox’s MV2 background is a page, there is no service worker to stop)',
    async () => {
      const url = env.server.serve('/worker/stopped.html', { body: FERRY_ARTICLE });
      const { page, errors } = await openArticle(env.ext, url);
      await openQuoteCard(page, FERRY_QUOTE);
      const statuses = await recordStatuses((await openCardFrame(page))!);
      let typed = '';
      for (const words of ['A new note, ', 'its worker stopped ', 'again ', 'and again.']) {
        typed += words;
        await typeInCard(page, words);
        await stopServiceWorker(env.ext);
      }
      await waitForSaved((await openCardFrame(page))!, typed);
      expect((await storedNotes(env.ext, url)).map((n) => n.body)).toEqual([typed]);
      expect((await statuses()).filter((s) => RAW_BROWSER_ERROR.test(s))).toEqual([]);
      await page.reload();
      await waitForReady(page);
      expect(await highlightSize(page, NOTED_HIGHLIGHT)).toBe(1);
      expect(await openQuoteCard(page, FERRY_QUOTE, NOTED_HIGHLIGHT)).toMatchObject({ note: typed });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test('the background started again under an open card (Chromium: its service worker stopped): the card still saves, and its frame reloaded still shows its quote and note', async () => {
    const url = env.server.serve('/worker/card-kept.html', { body: FERRY_ARTICLE });
    const { page, errors } = await openArticle(env.ext, url);
    await openQuoteCard(page, FERRY_QUOTE);
    await typeNote(page, 'Before the restart. ');
    // The open cards are kept where a restarted worker finds them (Firefox's background page never stops).
    if (name === 'chromium') await stopServiceWorker(env.ext);
    await typeNote(page, 'After it. ');
    if (name === 'chromium') await stopServiceWorker(env.ext);
    const card = (await openCardFrame(page))!;
    await card.evaluate(() => location.reload()).catch(() => undefined); // the frame goes away as it answers
    await waitUntil(card, (quote, note) =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type === 'reload' &&
      (document.querySelector('.quote')?.textContent ?? '').includes(quote) && document.querySelector('textarea')?.value === note,
      {}, FERRY_QUOTE, 'Before the restart. After it. ');
    await typeNote(page, 'Reloaded.');
    expect((await storedNotes(env.ext, url)).map((n) => n.body)).toEqual(['Before the restart. After it. Reloaded.']);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the page inserts a paragraph with a quote above the open card’s quote: the card keeps writing to its own quote’s note', async () => {
    const url = env.server.serve('/insert/above.html', { body: FERRY_ARTICLE });
    const { page, errors } = await openArticle(env.ext, url);
    await openQuoteCard(page, FERRY_QUOTE);
    await typeNote(page, 'Before the insert. ');
    const card = await openCardFrame(page);
    const annotations = await annotationsOf(page);
    const quotes = await highlightSize(page, QUOTE_HIGHLIGHT);
    // The site's own script adds an update, with a quote, at the top of the article.
    await page.evaluate((quote) => {
      const first = document.querySelector('#lead')!;
      const p = document.createElement('p');
      p.textContent = `“${quote}, weather permitting,” a spokesperson for the authority said on Tuesday.`;
      first.before(p);
    }, INSERTED_QUOTE);
    await waitForAnnotation(page, annotations, 'the insert');
    expect(await highlightSize(page, QUOTE_HIGHLIGHT)).toBe(quotes + 1);
    expect(await openCardFrame(page)).toBe(card);
    await typeNote(page, 'After the insert.');

    const stored = await storedNotes(env.ext, url);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ body: 'Before the insert. After the insert.' });
    expect(stored[0].selector.exact).toContain(FERRY_QUOTE);
    const noted = await highlightedQuotes(page, NOTED_HIGHLIGHT);
    expect(noted.map((q) => q.text)).toEqual([expect.stringContaining(FERRY_QUOTE)]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the URL changes under the open card (hash, pushState, replaceState): same card, same note, saved once, reopened with its text', async () => {
    const url = env.server.serve('/history/changes.html', { body: FERRY_ARTICLE });
    const { page, errors } = await openArticle(env.ext, url);
    await openQuoteCard(page, FERRY_QUOTE);
    await typeNote(page, 'Start.');
    const card = await openCardFrame(page);
    let expected = 'Start.';
    const changes: [string, (p: Page) => Promise<unknown>][] = [
      ['hash', (p) => p.evaluate(() => (location.hash = '#comments'))],
      ['pushState', (p) => p.evaluate(() => history.pushState({}, '', `${location.pathname}?utm_source=newsletter`))],
      ['replaceState', (p) => p.evaluate(() => history.replaceState(null, '', `${location.pathname}?utm_source=newsletter#top`))],
    ];
    for (const [how, change] of changes) {
      const annotations = await annotationsOf(page);
      await change(page);
      await waitForAnnotation(page, annotations, how);
      expect(await openCardFrame(page), how).toBe(card);
      expect((await readCard(page))?.note, how).toBe(expected);
      await typeNote(page, ` After ${how}.`);
      expected += ` After ${how}.`;
      expect((await storedNotes(env.ext, url)).map((n) => n.body), how).toEqual([expected]);
    }
    expect(await highlightSize(page, NOTED_HIGHLIGHT)).toBe(1);
    await page.keyboard.press('Escape');
    expect(await openQuoteCard(page, FERRY_QUOTE, NOTED_HIGHLIGHT)).toMatchObject({ note: expected });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a highlight clicked the moment it is painted opens its card, before the page’s notes have loaded', async () => {
    const url = env.server.serve('/early/click.html', { body: FERRY_ARTICLE });
    const page = await env.ext.newPage();
    const errors = collectErrors(page);
    // A stopped service worker must first start again to answer for the notes: the click comes before that.
    if (name === 'chromium') await stopServiceWorker(env.ext);
    await page.goto(url);
    const quote = await page.waitForFunction(
      (n, snippet) => {
        const range = ([...(CSS.highlights.get(n) ?? [])] as Range[]).find((r) => r.toString().includes(snippet));
        const box = range?.getClientRects()[0];
        return box && box.top >= 0 && box.bottom <= innerHeight ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
      },
      { polling: 5 },
      QUOTE_HIGHLIGHT,
      'The nurses and the cannery',
    );
    const at = (await quote.jsonValue())!;
    await page.mouse.click(at.x, at.y);
    await waitForCard(page);
    expect((await readCard(page))?.quote).toContain('The nurses and the cannery');
    expect(errors).toEqual([]);
    await page.close();
  });
});
