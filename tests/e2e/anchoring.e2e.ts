// Notes stay on their quote, in Chromium and Firefox: four notes on an article with a near-identical
// quote by another speaker and a repeated quote, then eight kinds of edit between visits (32 note
// placements, storage/fixtures/article-edits.ts). Each note is on its own quote or, when that quote
// is gone, kept detached: none lost, none on another quote.
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ARTICLE_EDITS, HARBOUR_ARTICLE, NOTED, NOTED_NAMES, type NotedName, type QuoteRef } from '../../storage/fixtures/article-edits';
import { tabIdOf, type BrowserName } from './harness/browsers';
import { extensionAndServer } from './harness/suite';
import { summaryOfTab } from './harness/extension';
import { clickQuote, collectErrors, highlightedQuotes, highlightSize, NOTED_HIGHLIGHT, readCard, typeNote, waitForCardClosed, waitForReady } from './harness/page';
import type { PageSummary } from '../../utils/page-summary';

const bodyOf = (name: NotedName) => `My note on the ${name} quote`;

/** The id of the quote `ref` names in the content script's summary. */
function quoteIdOf(summary: PageSummary, ref: QuoteRef): string {
  const id = summary.quotes.filter((q) => q.text.includes(ref.words))[ref.occurrence]?.id;
  if (!id) throw new Error(`no quote with “${ref.words}” (occurrence ${ref.occurrence}) on the page`);
  return id;
}

describe.each<BrowserName>(['chromium', 'firefox'])('notes stay on their quote in %s', (name) => {
  const env = extensionAndServer(name);

  /** Where each note is on the page now: the id of its quote, null when it is detached, 'lost' when the page has it no more. */
  async function placements(page: Page): Promise<{ summary: PageSummary; at: Record<NotedName, string | null> }> {
    const summary = await summaryOfTab(env.ext.probe, tabIdOf(page)!);
    const at = Object.fromEntries(
      NOTED_NAMES.map((n) => {
        const found = summary.notes.find((s) => s.note.body === bodyOf(n));
        return [n, found ? found.quoteId : 'lost'];
      }),
    );
    return { summary, at: at as Record<NotedName, string | null> };
  }

  test('eight kinds of article edit between visits: 32 placements, none lost, none misplaced', async () => {
    const url = env.server.serve('/harbour/wall-vote.html', { body: HARBOUR_ARTICLE });
    const page = await env.ext.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await waitForReady(page);
    for (const note of NOTED_NAMES) {
      const { words, occurrence } = NOTED[note];
      const quotes = await highlightedQuotes(page);
      const index = quotes.map((q, i) => (q.text.includes(words) ? i : -1)).filter((i) => i >= 0)[occurrence];
      await clickQuote(page, index);
      await typeNote(page, bodyOf(note));
      // Closed, so that the card covers none of the quotes still to click.
      await page.keyboard.press('Escape');
      await waitForCardClosed(page);
    }

    let lost = 0;
    let misplaced = 0;
    for (const { name: edit, edit: change, expected } of ARTICLE_EDITS) {
      env.server.serve(new URL(url).pathname, { body: change(HARBOUR_ARTICLE) });
      await page.reload();
      await waitForReady(page);
      const { summary, at } = await placements(page);
      const want = Object.fromEntries(NOTED_NAMES.map((n) => [n, expected[n] && quoteIdOf(summary, expected[n])]));
      for (const n of NOTED_NAMES) {
        if (at[n] === want[n]) continue;
        if (at[n] === 'lost' || (at[n] === null && want[n] !== null)) lost++;
        else misplaced++;
      }
      expect(at, edit).toEqual(want);
      // As the reader sees it: one noted highlight per placed note, and the repeated quote's card shows its note.
      const placed = NOTED_NAMES.filter((n) => want[n] !== null);
      expect(await highlightSize(page, NOTED_HIGHLIGHT), edit).toBe(placed.length);
      if (expected.repeated) {
        const noted = await highlightedQuotes(page, NOTED_HIGHLIGHT);
        await clickQuote(page, noted.findIndex((q) => q.text.includes(NOTED.repeated.words)), NOTED_HIGHLIGHT);
        expect((await readCard(page))?.note, edit).toBe(bodyOf('repeated'));
      }
    }
    console.log(`${name}: ${ARTICLE_EDITS.length} edits × ${NOTED_NAMES.length} notes: ${lost} lost, ${misplaced} misplaced`);
    expect({ lost, misplaced }).toEqual({ lost: 0, misplaced: 0 });
    expect(errors).toEqual([]);
  });
});
