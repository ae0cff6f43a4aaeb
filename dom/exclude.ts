// Decides, from tag and attributes only (no layout), whether an element is page chrome rather than article.
import { SKIP_TAGS } from './tags';

// Class/id words of boilerplate containers (after Readability's "unlikely candidates", plus banners, promos
// and the hover cards and author boxes that pages put inside or beside the text).
const UNLIKELY =
  /-ad-|\bads?\b|ad-break|about-author|agegate|author-bio|banner|bio-card|hovercard|breadcrumb|combx|comment|community|consent|cookie|cover-wrap|disqus|extra|footer|gdpr|header|latest|legends|masthead|menu|modal|more-stories|most-popular|most-read|newsletter|outbrain|pagination|pager|paid-content|popover|popup|promo|read-next|recent|recommend|related|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscribe|supplemental|taboola|tooltip|trending|up-next|you-may-like|yom-remote/i;
// Words that rescue an unlikely-looking container ("article-header", "main-content-sidebar-wrap").
const MAYBE = /and|article|body|column|content|main|shadow|story|caption/i;
const UNLIKELY_ROLES = new Set([
  'alert', 'alertdialog', 'banner', 'complementary', 'contentinfo', 'dialog', 'menu', 'menubar', 'navigation', 'search',
]);
const COMMENTS = /comment|disqus|replies/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** True for elements that are never article text, whatever their content. */
export function isHidden(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** True for elements whose role, class or id marks them as navigation, comments, related lists, banners… */
export function looksLikeChrome(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  const tag = el.localName;
  if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article' || tag === 'a') return false;
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return words.length > 1 && UNLIKELY.test(words) && !MAYBE.test(words);
}

/** Comments are the one kind of chrome that can hold more prose than the article itself. */
export function looksLikeComments(el: Element): boolean {
  return COMMENTS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/**
 * A card shown on hover inside running text ("Kristi Noem" followed by a box with her photo, her full
 * name and links to other stories): an inline element holding an image and links, with no link
 * of its own as a direct child (the name it pops up from stays text).
 */
export function isInlineCard(el: Element): boolean {
  if (el.localName !== 'span') return false;
  for (const child of Array.from(el.children)) if (child.localName === 'a' && child.textContent?.trim()) return false;
  const near = { image: false, links: 0 };
  countNear(el, CARD_DEPTH, near);
  return near.image && near.links >= 2;
}

/** How deep below an inline element a card's image and links are looked for: bounded, so that deeply nested markup stays linear. */
const CARD_DEPTH = 4;
const IMAGES = new Set(['img', 'picture', 'svg']);

function countNear(el: Element, depth: number, near: { image: boolean; links: number }): void {
  for (const child of Array.from(el.children)) {
    if (IMAGES.has(child.localName)) near.image = true;
    else if (child.localName === 'a') near.links++;
    if (depth > 1) countNear(child, depth - 1, near);
  }
}

export const isExcluded = (el: Element): boolean => isHidden(el) || looksLikeChrome(el) || isInlineCard(el);
