// What the extension has stored, asked from one of its own pages (the probe) as the notes page would:
// the tests check the database itself, not only what a card shows.
import type { Note } from '../../../storage/types';
import { normalizePageUrl } from '../../../storage/url';
import { extensionDir, type ExtensionBrowser } from './browsers';
import { gotoExtensionPage } from './extension';

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value: Note[] } | undefined>; reload(): void };
}

/** Every stored note of `pageUrl` (the page's notes under its canonical key). */
export async function storedNotes(ext: ExtensionBrowser, pageUrl: string): Promise<Note[]> {
  const key = normalizePageUrl(pageUrl);
  const all = await ext.probe.evaluate(async () => {
    const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
    const reply = await (scope.browser ?? scope.chrome)!.runtime.sendMessage({ type: 'notes:chunk', payload: { after: null, limit: 1_000_000 } });
    if (!reply?.ok) throw new Error('the background did not list the notes');
    return reply.value;
  });
  return all.filter((n) => n.pageUrl === key);
}

/**
 * Updates the extension in place, as the browser does when a new version arrives, then opens the
 * probe again. Chromium installs the same unpacked extension again over CDP (its runtime.reload()
 * leaves an extension loaded from the command line blocked); Firefox reloads the add-on (runtime.reload).
 */
export async function reloadExtension(ext: ExtensionBrowser): Promise<void> {
  const old = ext.probe;
  keepWorkerRunning(ext);
  if (ext.name === 'chromium') {
    // The old worker stopped first: the debugger puppeteer keeps on it would otherwise keep it alive beside the new one.
    await stopServiceWorker(ext);
    const cdp = await ext.browser.target().createCDPSession();
    await cdp.send('Extensions.loadUnpacked', { path: extensionDir('chromium') });
    await cdp.detach();
  } else {
    await old.evaluate(() => {
      const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
      (scope.browser ?? scope.chrome)!.runtime.reload();
    }).catch(() => undefined); // the page goes away as it answers
  }
  ext.probe = await ext.browser.newPage();
  if (!old.isClosed()) await old.close().catch(() => undefined);
  // The reloaded extension takes a moment to answer its pages.
  for (const deadline = Date.now() + 30_000; ; ) {
    try {
      await gotoExtensionPage(ext, ext.probe, 'popup.html');
      await storedNotes(ext, 'about:blank');
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Stops the extension's MV3 service worker (Chromium), as the browser does when it is idle or under memory pressure. */
export async function stopServiceWorker(ext: ExtensionBrowser): Promise<void> {
  keepWorkerRunning(ext);
  const cdp = await ext.probe.createCDPSession();
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

const resuming = new WeakSet<ExtensionBrowser>();

/**
 * Puppeteer attaches to every worker with "wait for the debugger on start", and a service worker the
 * browser starts again under the same target is left paused there, which no reader's browser does.
 * So, for as long as the browser runs, a paused worker is told to run.
 */
function keepWorkerRunning(ext: ExtensionBrowser): void {
  if (ext.name !== 'chromium' || resuming.has(ext)) return;
  resuming.add(ext);
  const timer = setInterval(() => {
    for (const target of ext.browser.targets()) {
      if (target.type() !== 'service_worker' || !target.url().startsWith(ext.extensionOrigin)) continue;
      void target.createCDPSession().then(
        (cdp) => cdp.send('Runtime.runIfWaitingForDebugger').finally(() => cdp.detach()).catch(() => undefined),
        () => undefined,
      );
    }
  }, 50);
  ext.browser.once('disconnected', () => clearInterval(timer));
}
