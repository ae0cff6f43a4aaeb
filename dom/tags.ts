// Tag sets shared by the DOM modules. Names are lower-case `localName`s.

/** Elements whose start and end break the flow of text into a new block. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

/** Never article text: chrome, embedded objects, controls, non-rendered content. */
export const SKIP_TAGS = new Set([
  'aside', 'audio', 'button', 'canvas', 'dialog', 'embed', 'footer', 'iframe', 'input', 'label', 'link', 'map',
  'math', 'menu', 'meta', 'nav', 'noscript', 'object', 'option', 'script', 'select', 'style', 'svg', 'template',
  'textarea', 'title', 'video',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
