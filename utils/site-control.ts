// Where Sourcelight runs: everywhere but the sites the reader turned it off for, and nowhere while
// paused. Kept in the extension's own storage (browser.storage.local), which pages cannot reach;
// only the background writes it, on requests from the extension's own pages (popup, options).
import { browser } from 'wxt/browser';
import { siteOf } from '@/storage/url';

export interface SiteControl {
  /** Paused everywhere. */
  paused: boolean;
  /** Sites (as siteOf names them: "example.com") it is turned off for, sorted. */
  offSites: string[];
}

export const SITE_CONTROL_KEY = 'siteControl';

const DEFAULTS: SiteControl = { paused: false, offSites: [] };

export async function readSiteControl(): Promise<SiteControl> {
  const stored = (await browser.storage.local.get(SITE_CONTROL_KEY))[SITE_CONTROL_KEY] as Partial<SiteControl> | undefined;
  return { ...DEFAULTS, ...stored };
}

export function writeSiteControl(control: SiteControl): Promise<void> {
  return browser.storage.local.set({ [SITE_CONTROL_KEY]: control });
}

/** Why Sourcelight does not run on `url`, or null when it does. */
export function offReason(control: SiteControl, url: string): 'paused' | 'site' | null {
  if (control.paused) return 'paused';
  return control.offSites.includes(siteOf(url)) ? 'site' : null;
}

export function withSite(control: SiteControl, site: string, on: boolean): SiteControl {
  const others = control.offSites.filter((s) => s !== site);
  return { ...control, offSites: on ? others : [...others, site].sort() };
}

/** Calls `onChange` with the new settings whenever they change (in any tab or page). */
export function watchSiteControl(onChange: (control: SiteControl) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SITE_CONTROL_KEY in changes) onChange({ ...DEFAULTS, ...(changes[SITE_CONTROL_KEY].newValue as Partial<SiteControl> | undefined) });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
