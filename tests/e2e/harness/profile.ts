// Reads a sourcing profile (the popup's, or one of the notes page's) and picks its parts, as a reader does.
import type { Page } from 'puppeteer-core';
import { waitUntil } from './wait';

export interface ProfileButton {
  /** Which part of the profile it picks: speaker, person, official, unnamed… */
  part: string;
  /** What the button shows. */
  text: string;
  /** What a screen reader is given beyond it: the part's numbers. */
  numbers: string;
  pressed: boolean;
}

/** Every button of the profile under `root` (a CSS selector), in order. */
export function profileButtons(page: Page, root = '.profile'): Promise<ProfileButton[]> {
  return page.$$eval(`${root} button.part`, (buttons) =>
    buttons.map((b) => {
      const sr = b.querySelector('.sr-only')?.textContent ?? '';
      return { part: b.getAttribute('data-part') ?? '', text: (b.textContent ?? '').replace(sr, '').trim(), numbers: sr.trim(), pressed: b.getAttribute('aria-pressed') === 'true' };
    }),
  );
}

const shownText = (el: Element) => (el.textContent ?? '').replace(el.querySelector('.sr-only')?.textContent ?? '', '').trim();

/** Clicks the first button under `root` showing exactly `text` and waits until it is pressed. */
export async function pickPart(page: Page, text: string, root = '.profile'): Promise<void> {
  const buttons = await page.$$(`${root} button.part`);
  for (const [i, b] of buttons.entries()) {
    if ((await b.evaluate(shownText)) !== text) continue;
    await b.click();
    await waitUntil(page,
      (sel, n) => document.querySelectorAll(sel)[n]?.getAttribute('aria-pressed') === 'true',
      { polling: 50 },
      `${root} button.part`,
      i,
    );
    return;
  }
  throw new Error(`no profile button “${text}” in ${root}`);
}

/** The ids of the quotes the who-said-what list shows. */
export function listedQuoteIds(popup: Page): Promise<string[]> {
  return popup.$$eval('section[aria-label="Who said what"] button.quote', (bs) => bs.map((b) => b.getAttribute('data-quote-id') ?? ''));
}

/** The numbers a part's button gives in text: "Officials: 5 quotes, 50 of 97 quoted words (52%)". */
export function parseNumbers(numbers: string): { quotes: number; words: number; total: number; percent: number } | null {
  const m = numbers.match(/(\d+) quotes?, (\d+) of (\d+) quoted words \((\d+)%\)/);
  return m && { quotes: +m[1], words: +m[2], total: +m[3], percent: +m[4] };
}
