// Drives the extension's notes page (notes.html): its list, filters, row actions and import.
import type { ElementHandle, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers';
import { gotoExtensionPage } from './extension';
import { waitUntil } from './wait';

export interface NoteRowText {
  quote: string;
  meta: string;
  body: string;
}

/** Opens the notes page in a new tab once it has listed the notes. */
export async function openNotesPage(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.newPage();
  await gotoExtensionPage(ext, page, 'notes.html');
  await waitUntil(page, () => /\d+ of \d+ notes?|No notes yet/.test(document.querySelector('main')?.textContent ?? ''), { polling: 50 });
  return page;
}

/**
 * Waits until the page says "`shown` of `total` notes" ("1 of 1 note"; any total if none is given;
 * "No notes yet…" for none at all) and lists that many rows; returns them.
 */
export async function waitForNotes(page: Page, shown: number, total?: number): Promise<NoteRowText[]> {
  await waitUntil(page,
    (s, t) => {
      const said = t === 0 ? /^No notes yet\./ : new RegExp(`^${s} of ${t ?? '\\d+'} ${t === 1 ? 'note' : 'notes?'}$`);
      const count = [...document.querySelectorAll('main > p.muted')].some((p) => said.test(p.textContent ?? ''));
      return count && document.querySelectorAll('li.note-row').length === s;
    },
    { polling: 50 },
    shown,
    total ?? null,
  );
  return page.$$eval('li.note-row', (rows) =>
    rows.map((row) => {
      const text = (sel: string) => row.querySelector(sel)?.textContent ?? '';
      return { quote: text('button.quote'), meta: text('.meta'), body: text('.note-body') };
    }),
  );
}

/**
 * Replaces a field's text as a reader would: select it all, delete it, type the new text. The
 * selection is made by script, since a synthetic triple click in Firefox selected only part of it.
 */
export async function fillField(field: ElementHandle, text: string): Promise<void> {
  await field.evaluate((el) => {
    (el as HTMLInputElement).focus();
    (el as HTMLInputElement).select();
  });
  await field.press('Backspace');
  if (text) await field.type(text);
}

export async function search(page: Page, text: string): Promise<void> {
  await fillField((await page.$('input[type="search"]'))!, text);
}

/** Clicks the button labelled exactly `label` inside `scope`. */
export async function clickButton(scope: ElementHandle, label: string): Promise<void> {
  const buttons = await scope.$$('button');
  for (const button of buttons) {
    if ((await button.evaluate((b) => b.textContent!.trim())) === label) return button.click();
  }
  throw new Error(`no “${label}” button`);
}

/** Chooses a filter value ('' for all) in the Site, Speaker, Tag or Order select. */
export async function chooseFilter(page: Page, label: 'Site' | 'Speaker' | 'Tag' | 'Order', value: string): Promise<void> {
  await page.select(`.filters select[aria-label="${label}"]`, value);
}

/** The row whose quote button contains `quote`. */
export async function rowWithQuote(page: Page, quote: string): Promise<ElementHandle> {
  const rows = await page.$$('li.note-row');
  for (const row of rows) {
    if ((await row.$eval('button.quote', (b, q) => b.textContent!.includes(q), quote))) return row;
  }
  throw new Error(`no note row for the quote “${quote}”`);
}

/** The import's outcome (not its progress while it runs). */
const IMPORT_MESSAGE = '.io .import [role]:not(.progress)';

/**
 * Picks `file` in the import input and returns the message the page then shows (role status or
 * alert). The message must differ from the one shown before, which is how the import's end is seen.
 */
export async function importFile(page: Page, file: string, timeout = 30_000): Promise<{ role: string; text: string }> {
  const readMessage = (p: Page) =>
    p.$eval(IMPORT_MESSAGE, (el) => ({ role: el.getAttribute('role') ?? '', text: el.textContent!.trim() })).catch(() => null);
  const before = await readMessage(page);
  await (await page.$('input[type="file"]'))!.uploadFile(file);
  await waitUntil(page,
    (sel, old) => {
      const el = document.querySelector(sel);
      return !!el && `${el.getAttribute('role')}:${el.textContent!.trim()}` !== old;
    },
    { polling: 50, timeout },
    IMPORT_MESSAGE,
    before ? `${before.role}:${before.text}` : '',
  );
  return (await readMessage(page))!;
}
