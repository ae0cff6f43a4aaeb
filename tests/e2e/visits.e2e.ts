// Export carries what the reader chose, in Chromium and Firefox: a page read without a note leaves
// no record and is never exported; a noted page's record keeps its title; the reader clears visit records.
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Page as StoredPage } from '../../storage/types';
import { COUNCIL_ARTICLE, FERRY_ARTICLE, FERRY_QUOTE } from './harness/articles';
import { type BrowserName } from './harness/browsers';
import { extensionAndServer } from './harness/suite';
import { waitForDownload } from './harness/files';
import { openNotesPage, waitForNotes } from './harness/notes-page';
import { collectErrors, openQuoteCard, typeNote, waitForReady } from './harness/page';
import { waitUntil } from './harness/wait';

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value: StoredPage[] }> };
}

/** The records the background holds of these pages, asked from an extension page as the notes page asks. */
function storedPages(page: Page, urls: string[]): Promise<StoredPage[]> {
  return page.evaluate(async (u) => {
    const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
    return (await (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'pages:get', payload: { urls: u } })).value;
  }, urls);
}

describe.each<BrowserName>(['chromium', 'firefox'])('visit records in %s', (name) => {
  const env = extensionAndServer(name);

  test('a page read without a note is neither stored nor exported; the reader clears the visit records', async () => {
    const read = env.server.serve('/health/private-diagnosis.html', { body: COUNCIL_ARTICLE });
    const noted = env.server.serve('/transport/noted.html', { body: FERRY_ARTICLE });
    for (const url of [read, noted]) {
      const page = await env.ext.newPage();
      const errors = collectErrors(page);
      await page.goto(url);
      await waitForReady(page);
      if (url === noted) {
        await openQuoteCard(page, FERRY_QUOTE);
        await typeNote(page, 'A note on the ferry story');
      }
      expect(errors).toEqual([]);
      await page.close();
    }

    const notes = await openNotesPage(env.ext);
    await waitForNotes(notes, 1, 1);
    const pages = await storedPages(notes, [read, noted]);
    expect(pages.map((p) => p.url)).toEqual([noted]);
    expect(pages[0].title).toMatch(/^Night ferry to return/);

    await notes.click('.export button');
    const file = await waitForDownload(env.ext.downloadDir);
    const data = JSON.parse(file!.text);
    expect(data.pages.map((p: StoredPage) => p.url)).toEqual([noted]);
    expect(file!.text).not.toContain('private-diagnosis');

    const [note] = data.notes;
    await notes.click('.clear-visits button');
    await waitUntil(notes, () => document.querySelector('.clear-visits [role]')?.textContent?.includes('cleared'), { polling: 50 });
    expect(await storedPages(notes, [read, noted])).toEqual([{ ...pages[0], firstVisit: note.createdAt, lastVisit: note.updatedAt }]);
    await waitForNotes(notes, 1, 1);
  });
});
