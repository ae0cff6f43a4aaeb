// The DOM layer: Document → article blocks, for the content script (live DOM) and the CLI (linkedom).
import { findArticleBody } from './article-root';
import { bodyOf } from './body';
import { collectBlocks, type ArticleBlock } from './blocks';

export { isArticlePage } from './article-detect';
export { findArticleBody, type ArticleBody } from './article-root';
export { collectBlocks, rangeFor, type ArticleBlock, type Segment } from './blocks';

/** The article's blocks in reading order; falls back to the whole body when no article container stands out. */
export function extractBlocks(doc: Document): ArticleBlock[] {
  const { roots, exclude } = findArticleBody(doc);
  if (roots.length) return collectBlocks(roots, exclude);
  const body = bodyOf(doc);
  return body ? collectBlocks([body], exclude) : [];
}
