// Decides, from tag and attributes only (no layout), whether an element is page chrome rather than article.
import { SKIP_TAGS } from './tags';

// Class/id words of boilerplate containers (after Readability's "unlikely candidates", plus banners and promos).
const UNLIKELY =
  /-ad-|\bads?\b|ad-break|agegate|banner|breadcrumb|combx|comment|community|consent|cookie|cover-wrap|disqus|extra|footer|gdpr|header|latest|legends|masthead|menu|modal|more-stories|most-popular|most-read|newsletter|outbrain|pagination|pager|paid-content|popup|promo|read-next|recent|recommend|related|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscribe|supplemental|taboola|trending|up-next|you-may-like|yom-remote/i;
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

export const isExcluded = (el: Element): boolean => isHidden(el) || looksLikeChrome(el);
