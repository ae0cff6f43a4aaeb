// The article as one string (blocks joined by a blank line), so a note's W3C selectors can be
// stored and re-anchored independently of how the page splits its blocks.
import type { Block, Span } from '@/engine/types';

/** Between two blocks. */
export const BLOCK_SEPARATOR = '\n\n';

export interface ArticleText {
  text: string;
  /** Where each block starts in `text`. */
  starts: number[];
}

export function joinBlocks(blocks: readonly Block[]): ArticleText {
  const starts: number[] = [];
  let text = '';
  blocks.forEach((b, i) => {
    if (i > 0) text += BLOCK_SEPARATOR;
    starts.push(text.length);
    text += b.text;
  });
  return { text, starts };
}

export function toGlobal(article: ArticleText, span: Span): { start: number; end: number } {
  const base = article.starts[span.block];
  return { start: base + span.start, end: base + span.end };
}
