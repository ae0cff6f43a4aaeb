// What the engine finds in a page, computed in Node the way the content script does it in the page.
import { parseHTML } from 'linkedom';
import { extractBlocks, isArticlePage } from '../../../dom/index';
import { analyze } from '../../../engine/index';
import type { Analysis, Quote } from '../../../engine/types';

/** The quotes the content script should highlight in this HTML (none when it is not an article). */
export function expectedQuotes(html: string): Quote[] {
  return expectedAnalysis(html).quotes;
}

/** The engine's whole output for this HTML as the content script computes it (empty when it is not an article). */
export function expectedAnalysis(html: string): Analysis {
  const { document } = parseHTML(html);
  if (!isArticlePage(document)) return { quotes: [], people: [] };
  const blocks = extractBlocks(document);
  return blocks.length ? analyze(blocks) : { quotes: [], people: [] };
}

/** How a browser shows a text/plain document, so the engine sees what the content script sees. */
export function plainTextAsHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<html><head></head><body><pre>${escaped}</pre></body></html>`;
}
