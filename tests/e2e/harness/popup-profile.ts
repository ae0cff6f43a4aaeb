// Reads the popup's sourcing profile and picks its parts, as a reader does.
import type { Page } from 'puppeteer-core';

export interface ProfileButton {
  /** Which part of the profile it picks: speaker, person, official, unnamed… */
  part: string;
  /** What the button shows. */
  text: string;
  /** What a screen reader is given beyond it: the part's numbers. */
  numbers: string;
  pressed: boolean;
}

/** Every button of the profile, in order. */
export function profileButtons(popup: Page): Promise<ProfileButton[]> {
  return popup.$$eval('.profile button.part', (buttons) =>
    buttons.map((b) => {
      const sr = b.querySelector('.sr-only')?.textContent ?? '';
      return { part: b.getAttribute('data-part') ?? '', text: (b.textContent ?? '').replace(sr, '').trim(), numbers: sr.trim(), pressed: b.getAttribute('aria-pressed') === 'true' };
    }),
  );
}

/** Clicks the profile button showing exactly `text` and waits for the list to say how many quotes it shows. */
export async function pickPart(popup: Page, text: string): Promise<void> {
  const buttons = await popup.$$('.profile button.part');
  for (const b of buttons) {
    const shown = await b.evaluate((el) => (el.textContent ?? '').replace(el.querySelector('.sr-only')?.textContent ?? '', '').trim());
    if (shown !== text) continue;
    await b.click();
    await popup.waitForFunction(() => /^Showing \d+ of/.test(document.querySelector('.filter-status')?.textContent ?? ''), { polling: 50 });
    return;
  }
  throw new Error(`no profile button “${text}”`);
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
