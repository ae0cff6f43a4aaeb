// The DOM layer: Document → article blocks, for the content script (live DOM) and the CLI (linkedom).
import { finish, type Steps } from '../engine/steps';
import { findArticleBodySteps } from './article-root';
import { bodyOf } from './body';
import { collectBlocksSteps, type ArticleBlock } from './blocks';

export { isArticlePage } from './article-detect';
export { findArticleBody, type ArticleBody } from './article-root';
export { collectBlocks, rangeFor, type ArticleBlock, type Segment } from './blocks';

/** The article's blocks in reading order; falls back to the whole body when no article container stands out. */
export function extractBlocks(doc: Document): ArticleBlock[] {
  return finish(extractBlocksSteps(doc));
}

/** extractBlocks as a generator that yields every few hundred nodes, for callers that must not block the page. */
export function* extractBlocksSteps(doc: Document): Steps<ArticleBlock[]> {
  const { roots, exclude } = yield* findArticleBodySteps(doc);
  if (roots.length) return yield* collectBlocksSteps(roots, exclude);
  const body = bodyOf(doc);
  return body ? yield* collectBlocksSteps([body], exclude) : [];
}
