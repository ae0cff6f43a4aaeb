// Canonical page keys: the same article reached via a newsletter link, an AMP cache or a
// share button must map to one key, or the reader's notes would seem to vanish.

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking', 'mkt_tok',
  'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv', 'wickedid', 'rb_clickid', 's_cid', 'icid',
  'cmpid', 'ocid', 'smid', 'smtyp', 'sr_share', 'ref_src', 'ref_url', 'at_medium', 'at_campaign',
  'spm', 'share', 'ito', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'amp', 'outputtype',
]);

const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'at_custom'];

function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

function stripAmpHost(hostname: string): string {
  return hostname.startsWith('amp.') ? hostname.slice(4) : hostname;
}

function canonicalPath(pathname: string): string {
  const segments = pathname
    .split('/')
    .filter((segment) => segment !== 'amp')
    .map((segment) => segment.replace(/\.amp(\.html?)?$/i, (_m, ext: string | undefined) => ext ?? ''));
  const path = segments.join('/').replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/**
 * The canonical key for a page: lower-case host without `amp.`, no fragment, no tracking
 * or AMP parameters, no AMP path variants, no trailing slash, remaining parameters sorted.
 * Strings that are not absolute URLs are returned trimmed, unchanged.
 */
export function normalizePageUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    parsed.hash = '';
    return parsed.href;
  }
  parsed.hostname = stripAmpHost(parsed.hostname.toLowerCase());
  parsed.pathname = canonicalPath(parsed.pathname);
  parsed.hash = '';
  const kept = [...parsed.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.href;
}

/** The site a page belongs to, e.g. "https://www.BBC.co.uk/news" → "bbc.co.uk"; "" if not a URL. */
export function siteOf(url: string): string {
  try {
    return stripAmpHost(new URL(url.trim()).hostname.toLowerCase()).replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Whether a note's page may be opened from the notes page: only web pages. An imported file can
 * name any URL; data:, file:, javascript: or the browser's own pages are never opened.
 */
export function isWebPageUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
