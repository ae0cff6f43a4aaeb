// Cheap test of whether a page is an article: metadata first, then a rough count of paragraph text.

const ARTICLE_TYPE = /"@type"\s*:\s*(\[[^\]]*)?"(News|Reportage|Analysis|Opinion|Report|Blog|Scholarly|Tech)?(Article|Posting)"/;
const MIN_PARAGRAPH_TEXT = 1500;
const MIN_PARAGRAPHS = 3;

function hasArticleMetadata(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (og && /article/i.test(og)) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_TYPE.test(script.textContent ?? '')) return true;
  }
  return false;
}

function hasParagraphText(doc: Document): boolean {
  let total = 0;
  let count = 0;
  for (const p of doc.querySelectorAll('p')) {
    const length = (p.textContent ?? '').trim().length;
    if (length < 80) continue;
    total += length;
    count++;
    if (count >= MIN_PARAGRAPHS && total >= MIN_PARAGRAPH_TEXT) return true;
  }
  return false;
}

/** True when the page declares itself an article or simply holds several paragraphs of prose. */
export function isArticlePage(doc: Document): boolean {
  return hasArticleMetadata(doc) || hasParagraphText(doc);
}
