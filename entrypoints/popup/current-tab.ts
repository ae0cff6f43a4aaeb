import { browser } from 'wxt/browser';

/**
 * The tab the popup speaks for: the active tab, or the one named by `?tab=ID` when the popup
 * is opened as a page of its own (how tests and keyboard users open it beside the article).
 */
export async function currentTabId(): Promise<number | null> {
  const fromQuery = tabFromQuery();
  if (fromQuery !== null) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Whether the popup is a page of its own beside the article (`?tab=ID`), not the toolbar's popup. */
export function openedForTab(): boolean {
  return tabFromQuery() !== null;
}

function tabFromQuery(): number | null {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}
