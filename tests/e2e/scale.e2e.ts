// The notes page with 100,000 notes, in Chromium and Firefox: a store seeded through IndexedDB,
// then the time from opening the page to its first rows, and from a search's input to its answer
// on the page, with the search index in the background's memory and again after the browser
// restarted (the background then reads the index it saved). Measured and reported; asserted
// generously (the budget is 300 ms, the machine shared).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserName, type ExtensionBrowser } from './harness/browsers';
import { gotoExtensionPage } from './harness/extension';
import { waitForDownload } from './harness/files';
import { clickButton, importFile } from './harness/notes-page';
import { waitUntil } from './harness/wait';

const NOTES = 100_000;
const TOPICS = ['budget', 'harbour', 'schools', 'ferry', 'housing', 'police', 'hospital', 'taxes', 'floods', 'roads'];
/** Generous: the budget is 300 ms, but four other jobs share the machine's two cores. */
const LIMIT_MS = 1_500;

/**
 * Writes `count` notes straight into the extension's database, once the background opened it (asked
 * for a note, it opens it without loading its search index, which would miss notes written here).
 * A store grown through Sourcelight always has its search index saved; this one gets it once the
 * notes page first asks for its filters.
 */
async function seed(count: number, topics: string[]): Promise<void> {
  const scope = globalThis as unknown as { browser?: { runtime: { sendMessage(message: unknown): Promise<unknown> } }; chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
  await (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'notes:query', payload: { offset: 0, limit: 1 } });
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('sourcelight');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('notes')) return reject(new Error('the background has not made its database yet'));
      const tx = db.transaction(['notes', 'pages', 'searchSnapshot'], 'readwrite');
      // Written behind the background's back, so its saved search index no longer holds (key -1 marks it valid).
      tx.objectStore('searchSnapshot').delete(-1);
      const notes = tx.objectStore('notes');
      for (let i = 0; i < count; i++) {
        const pageUrl = `https://news.example/story/${i % 2_000}`;
        const exact = `We will look at the ${topics[i % 10]} again, number ${i}`;
        notes.put({
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          pageUrl,
          selector: { exact, prefix: 'The mayor said: “', suffix: '”, after the vote.', start: 100, end: 100 + exact.length, codePointStart: 100, codePointEnd: 100 + exact.length },
          speaker: `Speaker ${i % 300}`,
          role: null,
          body: `Note ${i} about the ${topics[i % 10]}: check the minutes and call the office back.`,
          tags: [topics[(i + 1) % 10]],
          createdAt: 1_700_000_000_000 + i,
          updatedAt: 1_700_000_000_000 + i,
        });
      }
      for (let p = 0; p < 2_000; p++) {
        tx.objectStore('pages').put({ url: `https://news.example/story/${p}`, title: `Story ${p}`, site: 'news.example', firstVisit: 1, lastVisit: 2 });
      }
      tx.oncomplete = () => (db.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Whether the background has saved its search index (storage/search-snapshot.ts: the mark is key -1). */
function searchIndexSaved(): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('sourcelight');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('searchSnapshot').objectStore('searchSnapshot').get(-1);
      get.onsuccess = () => (db.close(), resolve(get.result !== undefined));
      get.onerror = () => (db.close(), reject(get.error));
    };
  });
}

/** Types `text` into the search box as one input event and returns the ms until the page says `expected` (NaN if it never does). */
function timeSearch(page: Page, text: string, expected: string): Promise<number> {
  return page.evaluate(
    (t, want) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector('input[type="search"]') as HTMLInputElement;
        const start = performance.now();
        const done = () => document.querySelector('.note-count')?.textContent === want && document.querySelectorAll('li.note-row').length > 0 === !want.startsWith('0 ');
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.querySelector('main')!, { childList: true, subtree: true, characterData: true });
        setTimeout(() => (observer.disconnect(), resolve(Number.NaN)), 30_000); // never answered: NaN fails the test
        input.value = t;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    text,
    expected,
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('100,000 notes in %s', (name) => {
  let ext: ExtensionBrowser | undefined;
  let profile: string;

  beforeAll(async () => {
    profile = await mkdtemp(path.join(tmpdir(), `sourcelight-scale-${name}-`));
  });
  afterAll(async () => {
    await ext?.close();
    await rm(profile, { recursive: true, force: true });
  });

  /** Opens the notes page and answers the ms from the navigation's start to the first rows on screen. */
  async function openNotesPage(browser: ExtensionBrowser): Promise<{ notes: Page; firstRows: number }> {
    const notes = await browser.newPage();
    await gotoExtensionPage(browser, notes, 'notes.html');
    const firstRows = await waitUntil(notes, () => (document.querySelector('li.note-row') ? performance.now() : 0), { polling: 10, timeout: 60_000 });
    expect(await notes.$$eval('li.note-row', (rows) => rows.length)).toBe(100);
    expect(await notes.$eval('li.note-row .note-body', (b) => b.textContent)).toMatch(/^Note 99999 about/);
    return { notes, firstRows };
  }

  test('first rows and each search within the budget, and the first search after a restart (measured, reported)', async () => {
    // Seeded from the probe's extension page before the notes page first asks for notes.
    ext = await launch(name, { profile });
    const seeding = Date.now();
    await ext.probe.evaluate(seed, NOTES, TOPICS);
    console.log(`${name}: seeded ${NOTES} notes in ${Date.now() - seeding} ms`);

    // The first visit after the seed: the notes are counted and indexed from the store itself (as
    // after an import of more than 1,000 notes). Reported, not held to the budget.
    const unindexed = await openNotesPage(ext);
    const indexed = await waitUntil(unindexed.notes, () => (document.querySelectorAll('select[aria-label="Site"] option').length > 1 ? performance.now() : 0), { polling: 20, timeout: 60_000 });
    console.log(`${name}: 100,000 notes never indexed: first rows ${unindexed.firstRows.toFixed(0)} ms after navigation, search index built at ${indexed.toFixed(0)} ms`);
    await waitUntil(ext.probe, searchIndexSaved, { polling: 500, timeout: 60_000 });
    await unindexed.notes.close();

    const { notes, firstRows } = await openNotesPage(ext);
    const searches: [string, string][] = [
      ['ferry', '10000 of 100000 notes'],
      ['note 4242 about', '1 of 100000 notes'],
      ['no such words', '0 of 100000 notes'],
      ['', '100000 of 100000 notes'],
    ];
    const timings: string[] = [];
    let slowest = 0;
    for (const [text, expected] of searches.slice(0, 2)) await timeSearch(notes, text, expected); // warm-up
    for (const [text, expected] of searches) {
      const ms = await timeSearch(notes, text, expected);
      expect(ms, `search “${text}”`).not.toBeNaN();
      timings.push(`“${text}” ${ms.toFixed(0)} ms`);
      slowest = Math.max(slowest, ms);
    }
    console.log(`${name}: 100,000 notes: first rows ${firstRows.toFixed(0)} ms after navigation; searches: ${timings.join(', ')}`);
    expect(firstRows).toBeLessThan(LIMIT_MS);
    expect(slowest).toBeLessThan(LIMIT_MS);

    // A restarted browser's background reads the index it saved.
    await ext.close();
    ext = await launch(name, { profile });
    const cold = await openNotesPage(ext);
    const firstSearch = await timeSearch(cold.notes, 'ferry', '10000 of 100000 notes');
    console.log(`${name}: after a restart: first rows ${cold.firstRows.toFixed(0)} ms after navigation, the first search “ferry” ${firstSearch.toFixed(0)} ms`);
    expect(firstSearch, 'the first search after a restart').not.toBeNaN();
    expect(cold.firstRows).toBeLessThan(LIMIT_MS);
    expect(firstSearch).toBeLessThan(LIMIT_MS);
  }, 300_000);

  test('the whole store, exported, imports back into a fresh profile', async () => {
    const { notes } = await openNotesPage(ext!);
    let started = Date.now();
    await clickButton((await notes.$('.io'))!, 'Export notes');
    const exported = await waitForDownload(ext!.downloadDir, 240_000);
    expect(exported, 'the export was downloaded').not.toBeNull();
    const file = path.join(ext!.downloadDir, exported!.name);
    const parsed = JSON.parse(exported!.text) as { notes: unknown[]; pages: unknown[] };
    expect([parsed.notes.length, parsed.pages.length]).toEqual([NOTES, 2_000]);
    const exportMs = Date.now() - started;

    const fresh = await launch(name);
    try {
      const page = await fresh.newPage();
      await gotoExtensionPage(fresh, page, 'notes.html');
      started = Date.now();
      expect(await importFile(page, file, 240_000)).toEqual({ role: 'status', text: `Imported: ${NOTES} new, 0 already there.` });
      console.log(`${name}: exported ${NOTES} notes (${(exported!.text.length / 1e6).toFixed(0)} MB) in ${exportMs} ms, imported them back in ${Date.now() - started} ms`);
      await waitUntil(page, (want) => document.querySelector('.note-count')?.textContent === want, { timeout: 60_000 }, `${NOTES} of ${NOTES} notes`);

      // Undo import takes it all back, a chunk per message.
      started = Date.now();
      await clickButton((await page.$('.io'))!, 'Undo import');
      await waitUntil(page, (want) => document.querySelector('.io .import [role="status"]:not(.progress)')?.textContent?.trim() === want, { polling: 100, timeout: 240_000 }, `Import undone: ${NOTES} notes removed.`);
      console.log(`${name}: undid the import of ${NOTES} notes in ${Date.now() - started} ms`);
      await waitUntil(page, () => document.querySelector('.note-count')?.textContent?.startsWith('No notes yet') ?? false, { timeout: 60_000 });
    } finally {
      await fresh.close();
    }
  }, 600_000);
});
