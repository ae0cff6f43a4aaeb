import { browser } from 'wxt/browser';

/**
 * The tab the popup speaks for: the active tab, or the one named by `?tab=ID` when the popup
 * is opened as a page of its own (how tests and keyboard users open it beside the article).
 */
export async function currentTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
