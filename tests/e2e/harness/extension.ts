// The extension's own pages: the popup opened as a tab for a given page.
import type { Page } from 'puppeteer-core';
import type { PageStatus, PageSummary } from '../../../utils/page-summary';
import type { ExtensionBrowser } from './browsers';
import { waitUntil } from './wait';

/** The part of the extension API (`browser` in Firefox, `chrome` in Chromium) an extension page needs here. */
interface TabsApi {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage<T = PageStatus>(tabId: number, message: unknown): Promise<{ ok: boolean; value: T } | undefined>;
  };
}

interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
}

/**
 * Opens one of the extension's pages in `page`. Firefox's WebDriver BiDi never reports the load of
 * a moz-extension:// navigation (puppeteer's goto hangs), so there we navigate without waiting and
 * then wait for the document itself.
 */
export async function gotoExtensionPage(ext: ExtensionBrowser, page: Page, pathAndQuery: string): Promise<void> {
  const url = `${ext.extensionOrigin}/${pathAndQuery}`;
  if (ext.name === 'chromium') {
    await page.goto(url);
    return;
  }
  await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(url, 'none');
  await waitUntil(page, (u) => location.href === u && document.readyState === 'complete', { polling: 50 }, url);
}

/**
 * Asks every tab's content script for its page:status, from an extension page, and returns the tab
 * showing `pageUrl` with its status, or null when no content script reports that URL (yet). With
 * `tabId`, only that tab is asked (several tabs may show the same URL).
 * No "tabs" permission is needed, and the page itself sees nothing.
 */
export async function statusOfTab(extPage: Page, pageUrl: string, tabId?: number): Promise<{ tabId: number; status: PageStatus } | null> {
  return extPage.evaluate(async (url, only) => {
    const scope = globalThis as { browser?: TabsApi; chrome?: TabsApi };
    const api = (scope.browser ?? scope.chrome)!;
    const tabs = only === null ? await api.tabs.query({}) : [{ id: only }];
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      try {
        const reply = await api.tabs.sendMessage(tab.id, { type: 'page:status', payload: null });
        if (reply?.ok && reply.value.url === url) return { tabId: tab.id, status: reply.value };
      } catch {
        // no content script in this tab
      }
    }
    return null;
  }, pageUrl, tabId ?? null);
}

/** What the content script of tab `tabId` holds (quotes and the notes on them), as the popup asks it. */
export async function summaryOfTab(extPage: Page, tabId: number): Promise<PageSummary> {
  return extPage.evaluate(async (id) => {
    const scope = globalThis as { browser?: TabsApi; chrome?: TabsApi };
    const reply = await (scope.browser ?? scope.chrome)!.tabs.sendMessage<PageSummary>(id, { type: 'page:summary', payload: null });
    if (!reply?.ok) throw new Error(`tab ${id} did not answer page:summary`);
    return reply.value;
  }, tabId);
}

/** The tab id of the tab showing `pageUrl`. */
export async function findTabId(extPage: Page, pageUrl: string): Promise<number> {
  const found = await statusOfTab(extPage, pageUrl);
  if (!found) throw new Error(`no tab with Sourcelight's content script shows ${pageUrl}`);
  return found.tabId;
}

/**
 * Opens the popup for the tab showing `pageUrl`, once it has read that tab. It opens in a window of
 * its own so the article's tab stays visible, as beside a real popup (hidden tabs do not scroll smoothly).
 */
export async function openPopupFor(ext: ExtensionBrowser, pageUrl: string): Promise<Page> {
  const popup = await ext.browser.newPage({ type: 'window' });
  await gotoExtensionPage(ext, popup, 'popup.html');
  const tabId = await findTabId(popup, pageUrl);
  await gotoExtensionPage(ext, popup, `popup.html?tab=${tabId}`);
  await waitForPopupReady(popup);
  return popup;
}

export async function waitForPopupReady(popup: Page): Promise<void> {
  await waitUntil(popup, () => {
    const text = document.querySelector('main')?.textContent ?? '';
    return text !== '' && !text.includes('Reading the page');
  }, { polling: 50 });
}
