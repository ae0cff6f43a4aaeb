// Two realistic articles for the notes tests (the demo's council story and a short ferry story),
// and the ferry story as its site later edited it.
import { readFileSync } from 'node:fs';

export const COUNCIL_ARTICLE = readFileSync('demo/sample-article.html', 'utf8');
export const FERRY_ARTICLE = readFileSync('tests/e2e/fixtures/ferry-article.html', 'utf8');

/** Words from the ferry story's second quote (Ingrid Solberg's), the one the edits are about. */
export const FERRY_QUOTE = 'We will not promise a boat every hour';

const QUOTE_PARAGRAPH = /<p>“We will not promise a boat every hour[^]*?<\/p>\n/;
const INSERTED_PARAGRAPH =
  '<p><em>Update:</em> “We expect the first crossing on July 4, weather permitting,” a spokesperson for the authority said on Tuesday.</p>\n    ';

/** Edited: a paragraph (with a quote of its own) inserted before the quote, a word changed just before it. */
export function editedFerryArticle(): string {
  const html = replaceOnce(FERRY_ARTICLE, 'will lease a smaller boat', 'will charter a smaller boat');
  return replaceOnce(html, '<p>The authority will', `${INSERTED_PARAGRAPH}<p>The authority will`);
}

/** Edited again: the quote's paragraph removed. */
export function ferryArticleWithoutQuote(): string {
  return replaceOnce(editedFerryArticle(), QUOTE_PARAGRAPH, '');
}

function replaceOnce(html: string, from: string | RegExp, to: string): string {
  const replaced = html.replace(from, to);
  if (replaced === html) throw new Error(`the article has no ${from}`);
  return replaced;
}
