// page → article blocks → engine → ranges. Extraction and analysis are generators driven in
// time slices, and range building yields every few hundred ranges, so the page never sees one long task.
import { extractBlocksSteps, isArticlePage, rangeFor, type ArticleBlock } from '@/dom';
import { analyzeSteps } from '@/engine';
import type { Analysis, Person, Quote } from '@/engine/types';
import { joinBlocks, toGlobal, type ArticleText } from '@/utils/article-text';
import { runSliced, yieldToPage } from './run-sliced';

export interface QuoteTarget {
  id: string;
  quote: Quote;
  range: Range;
  /** The quote's place in the joined article text, used to anchor notes. */
  global: { start: number; end: number };
}

export interface PersonTarget {
  person: Person;
  range: Range;
}

export interface PageModel {
  blocks: ArticleBlock[];
  article: ArticleText;
  analysis: Analysis;
  quotes: QuoteTarget[];
  /** One target per mention of an official, in document order. */
  officials: PersonTarget[];
}

const RANGES_PER_STEP = 300;

/** Builds the page's model, or returns null when the page is not an article. */
export async function buildPageModel(doc: Document): Promise<PageModel | null> {
  if (!isArticlePage(doc)) return null;
  await yieldToPage(); // keeps the content script's start-up and the first slice of work in separate tasks
  const blocks = await runSliced(extractBlocksSteps(doc));
  if (blocks.length === 0) return null;
  await yieldToPage();

  const analysis = await runSliced(analyzeSteps(blocks));
  const article = joinBlocks(blocks);
  await yieldToPage();

  const quotes: QuoteTarget[] = [];
  for (let i = 0; i < analysis.quotes.length; i++) {
    const quote = analysis.quotes[i];
    const range = rangeFor(blocks[quote.block], quote.start, quote.end, doc);
    if (range) quotes.push({ id: `q${i}`, quote, range, global: toGlobal(article, quote) });
    if (i % RANGES_PER_STEP === RANGES_PER_STEP - 1) await yieldToPage();
  }

  // in document order, as the quotes are (windowed highlights depend on it)
  const mentions = analysis.people.filter((p) => p.official).flatMap((person) => person.mentions.map((m) => ({ person, m })));
  mentions.sort((a, b) => a.m.block - b.m.block || a.m.start - b.m.start);
  const officials: PersonTarget[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const { person, m } = mentions[i];
    const range = rangeFor(blocks[m.block], m.start, m.end, doc);
    if (range) officials.push({ person, range });
    if (i % RANGES_PER_STEP === RANGES_PER_STEP - 1) await yieldToPage();
  }
  return { blocks, article, analysis, quotes, officials };
}
