// The re-anchoring probe on real HTML, the way the content script sees a page: the DOM layer's
// blocks, the engine's quotes and speakers, then placeNotes. Four notes, eight kinds of edit
// between two visits: 32 placements, none lost, none on another quote.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../dom/index';
import { analyze } from '../engine/index';
import { joinBlocks, toGlobal } from '../utils/article-text';
import { describeQuote, placeNotes, type QuoteSpot } from './anchoring';
import { ARTICLE_EDITS, HARBOUR_ARTICLE, NOTED, NOTED_NAMES, type QuoteRef } from './fixtures/article-edits';

interface PageQuotes {
  text: string;
  quotes: (QuoteSpot & { words: string })[];
}

function readPage(html: string): PageQuotes {
  const blocks = extractBlocks(parseHTML(html).document);
  const article = joinBlocks(blocks);
  const quotes = analyze(blocks).quotes.map((q) => ({ ...toGlobal(article, q), speaker: q.speaker, words: q.text }));
  return { text: article.text, quotes };
}

/** The index of the quote `ref` names on the page. */
function indexOf(page: PageQuotes, ref: QuoteRef): number {
  const index = page.quotes.map((q, i) => (q.words.includes(ref.words) ? i : -1)).filter((i) => i >= 0)[ref.occurrence];
  if (index === undefined) throw new Error(`no quote with “${ref.words}” (occurrence ${ref.occurrence})`);
  return index;
}

describe('re-anchoring notes through eight kinds of article edit', () => {
  const before = readPage(HARBOUR_ARTICLE);
  const notes = NOTED_NAMES.map((name) => {
    const q = before.quotes[indexOf(before, NOTED[name])];
    return { selector: describeQuote(before.text, q.start, q.end), speaker: q.speaker };
  });

  it('has the near-identical quotes by two speakers and the repeated quote it is about', () => {
    expect(before.quotes[indexOf(before, NOTED.berger)].speaker).not.toBe(before.quotes[indexOf(before, NOTED.reyes)].speaker);
    expect(before.quotes[indexOf(before, { ...NOTED.repeated, occurrence: 0 })].words).toBe(before.quotes[indexOf(before, NOTED.repeated)].words);
  });

  it.each(ARTICLE_EDITS)('$name', ({ edit, expected }) => {
    const after = readPage(edit(HARBOUR_ARTICLE));
    const placed = placeNotes(after.text, after.quotes, notes);
    const want = NOTED_NAMES.map((name) => (expected[name] ? indexOf(after, expected[name]) : null));
    expect(Object.fromEntries(NOTED_NAMES.map((name, i) => [name, placed[i]]))).toEqual(Object.fromEntries(NOTED_NAMES.map((name, i) => [name, want[i]])));
  });
});
