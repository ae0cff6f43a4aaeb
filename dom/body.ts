/** The document's body. Avoids `document.body`, which linkedom may answer with a fresh empty element
 * when <html> has stray content before <head>. */
export function bodyOf(doc: Document): Element | null {
  return doc.querySelector('body') ?? doc.documentElement;
}
