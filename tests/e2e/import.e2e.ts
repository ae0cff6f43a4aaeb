// Imports never overwrite silently, in Chromium and Firefox: a file reusing a note's id with a
// newer date is kept beside the reader's note, and the import can be undone from the notes page;
// an imported note on a data:, file:, chrome: or javascript: URL is never opened.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Note } from '../../storage/types';
import { FERRY_ARTICLE, FERRY_QUOTE } from './harness/articles';
import { type BrowserName } from './harness/browsers';
import { extensionAndServer } from './harness/suite';
import { clickButton, importFile, openNotesPage, waitForNotes } from './harness/notes-page';
import { collectErrors, openQuoteCard, typeNote, waitForReady } from './harness/page';
import { waitUntil } from './harness/wait';

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
}

/** Sends a message to the background from an extension page, as the notes page does. */
function ask(page: Page, type: string, payload: unknown) {
  return page.evaluate(
    (t, p) => {
      const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
      return (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: t, payload: p });
    },
    type,
    payload,
  );
}

/** Every stored note, newest first, as the notes page's search gives them. */
async function storedNotes(page: Page): Promise<Note[]> {
  return ((await ask(page, 'notes:query', { offset: 0, limit: 1_000 })).value as { notes: Note[] }).notes;
}

const sourcelightFile = (notes: Note[]) => JSON.stringify({ format: 'sourcelight-notes', version: 1, exportedAt: new Date().toISOString(), pages: [], notes });

describe.each<BrowserName>(['chromium', 'firefox'])('imports in %s', (name) => {
  const env = extensionAndServer(name);
  let files: string;

  beforeAll(async () => {
    files = await mkdtemp(path.join(tmpdir(), 'sourcelight-import-'));
  });
  afterAll(async () => {
    if (files) await rm(files, { recursive: true, force: true });
  });

  test('a file reusing a note’s id with a newer date is kept beside the note, and Undo import takes it back', async () => {
    const url = env.server.serve('/transport/import-ferry.html', { body: FERRY_ARTICLE });
    const page = await env.ext.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await waitForReady(page);
    await openQuoteCard(page, FERRY_QUOTE);
    await typeNote(page, 'The reader’s own note');
    await page.close();

    const notes = await openNotesPage(env.ext);
    await waitForNotes(notes, 1, 1);
    const [mine] = await storedNotes(notes);
    const newer = { ...mine, body: 'Same id, newer date, other words', updatedAt: mine.updatedAt + 86_400_000 };
    const file = path.join(files, 'newer.json');
    await writeFile(file, sourcelightFile([newer]));

    expect(await importFile(notes, file)).toEqual({ role: 'status', text: 'Imported: 0 new, 0 already there, 1 kept beside a different note with the same id.' });
    const both = await waitForNotes(notes, 2, 2);
    expect(both.map((r) => r.body).sort()).toEqual([newer.body, mine.body].sort());
    expect(await storedNotes(notes)).toContainEqual(mine); // untouched, same id

    await clickButton((await notes.$('.io .import'))!, 'Undo import');
    await waitUntil(notes, () => document.querySelector('.io .import [role]')?.textContent?.includes('Import undone'), { polling: 50 });
    expect(await notes.$eval('.io .import [role]', (el) => el.textContent!.trim())).toBe('Import undone: 1 note removed.');
    expect(await waitForNotes(notes, 1, 1)).toEqual([expect.objectContaining({ body: mine.body })]);
    expect(await notes.$('.undo-import')).toBeNull();
    expect(errors).toEqual([]);
    await notes.close();
  });

  test('imported notes on data:, file:, chrome: and javascript: pages are never opened', async () => {
    const notes = await openNotesPage(env.ext);
    const before = await storedNotes(notes);
    const [template] = before;
    const urls = ['data:text/html,<script>window.opener&&(window.opener.__pwned=1)</script>', 'file:///etc/passwd', 'chrome://settings/', 'javascript:alert(1)'];
    const hostile = urls.map((pageUrl) => ({ ...template, id: crypto.randomUUID(), pageUrl, body: `On ${pageUrl.slice(0, 12)}` }));
    const file = path.join(files, 'hostile-urls.json');
    await writeFile(file, sourcelightFile(hostile));
    expect((await importFile(notes, file)).text).toBe('Imported: 4 new, 0 already there.');
    await waitForNotes(notes, before.length + 4);

    // Their rows offer no link, and the background refuses to open them when asked directly.
    const disabled = await notes.$$eval('li.note-row', (rows) =>
      rows.filter((r) => r.querySelector('.note-body')?.textContent?.startsWith('On ')).map((r) => (r.querySelector('button.quote') as HTMLButtonElement).disabled),
    );
    expect(disabled).toEqual([true, true, true, true]);
    const tabs = (await env.ext.browser.pages()).length;
    for (const note of hostile) {
      const reply = await ask(notes, 'notes:open', { id: note.id });
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(/opens only web pages/) });
    }
    expect((await env.ext.browser.pages()).length).toBe(tabs);
    expect(await notes.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
