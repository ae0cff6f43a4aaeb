// Launches Chromium or Firefox ESR headless with the built extension loaded, offline apart from 127.0.0.1.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { gotoExtensionPage } from './extension';
import { waitUntil } from './wait';

export type BrowserName = 'chromium' | 'firefox';

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID, without a trailing slash. */
  extensionOrigin: string;
  /** Errors the extension's background logged or threw (Chromium only; Firefox does not expose them). */
  backgroundErrors: string[];
  /** Where the browser saves downloads without asking. */
  downloadDir: string;
  /** The first-run page the extension opened on install, as it read (the harness then closed it). */
  firstRun: FirstRunPage;
  /**
   * An extension page kept open in the first tab, to ask content scripts how they are doing
   * (page:status): the pages themselves are never told.
   */
  probe: Page;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const launched = new Map<Browser, ExtensionBrowser>();

/** The extension browser a page belongs to (pages the extension opened itself included). */
export function extensionOf(page: Page): ExtensionBrowser {
  const ext = launched.get(page.browser());
  if (!ext) throw new Error('this page is not in a browser launched by the harness');
  return ext;
}

interface TabsApi {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
}

/** Which tab each page opened through ExtensionBrowser.newPage is, to ask its content script (not another tab's). */
const tabOfPage = new WeakMap<Page, number>();

export function tabIdOf(page: Page): number | undefined {
  return tabOfPage.get(page);
}

export interface FirstRunPage {
  title: string;
  /** Its main text, as rendered (innerText). */
  text: string;
}

/**
 * Waits for the first-run page that installing the extension opens, reads it and closes it, so
 * every test starts from the same tabs (and the tab a test opens is never mistaken for it).
 */
async function closeFirstRunPage(browser: Browser, extensionOrigin: string): Promise<FirstRunPage> {
  const page = await findPage(browser, `${extensionOrigin}/welcome.html`);
  const seen = await waitUntil(page, () => {
    const main = document.querySelector('main');
    return main?.querySelector('h1') ? { title: document.title, text: main.innerText } : null;
  });
  await page.close();
  return seen!;
}

/** The tab showing `url`, once there is one. Firefox's WebDriver BiDi does not report a tab's moz-extension:// URL, so each tab is asked. */
async function findPage(browser: Browser, url: string, timeout = 30_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const page of await browser.pages()) {
      const href = page.url() === url ? url : await page.evaluate(() => location.href).catch(() => '');
      if (href === url) return page;
    }
    if (Date.now() > deadline) throw new Error(`no tab showed ${url} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Remembers a launched browser, with its probe: its first tab, showing an extension page. */
async function register(partial: Omit<ExtensionBrowser, 'probe' | 'firstRun'>): Promise<ExtensionBrowser> {
  const ext = { ...partial, firstRun: await closeFirstRunPage(partial.browser, partial.extensionOrigin) };
  const probe = (await ext.browser.pages())[0] ?? (await ext.browser.newPage());
  const registered: ExtensionBrowser = {
    ...ext,
    probe,
    newPage: async () => {
      // The probe of now: an extension reload gives the browser a new one.
      const before = await tabIds(registered.probe);
      const page = await ext.newPage();
      const opened = (await tabIds(registered.probe)).filter((id) => !before.includes(id));
      if (opened.length === 1) tabOfPage.set(page, opened[0]);
      return page;
    },
    close: async () => {
      launched.delete(ext.browser);
      await ext.close();
    },
  };
  await gotoExtensionPage(registered, probe, 'popup.html');
  launched.set(ext.browser, registered);
  return registered;
}

function tabIds(extPage: Page): Promise<number[]> {
  return extPage.evaluate(async () => {
    const scope = globalThis as { browser?: TabsApi; chrome?: TabsApi };
    const tabs = await (scope.browser ?? scope.chrome)!.tabs.query({});
    return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'sourcelight@sourcelight.invalid';
/** Fixed so tests know the moz-extension:// origin before Firefox starts. */
const FIREFOX_UUID = '5e1f0c2a-7d3b-4c8e-9a61-50dce11a9e01';
/** A closed port: every non-local request fails at once, so nothing leaves the machine. */
const DEAD_PROXY = '127.0.0.1:9';
export const VIEWPORT = { width: 1200, height: 900 };

export const extensionDir = (name: BrowserName) =>
  path.resolve(process.env.SOURCELIGHT_OUTPUT ?? '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');

export interface LaunchOptions {
  /** The system theme the browser reports to every page (prefers-color-scheme); light by default. */
  colorScheme?: 'light' | 'dark';
  /**
   * A profile directory the browser uses and leaves when closed, so a second launch on it is the same
   * browser reopened (the caller removes it); without it a fresh profile is made and removed.
   */
  profile?: string;
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(extensionDir(name), options) : launchFirefox(extensionDir(name), options);
}

export async function launchChromium(extDir: string, { colorScheme = 'light', profile: kept }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (kept) return startChromium(extDir, kept, colorScheme, true);
  const profile = await mkdtemp(path.join(tmpdir(), 'sourcelight-chromium-'));
  return removedOnFailure(profile, () => startChromium(extDir, profile, colorScheme, false));
}

async function startChromium(extDir: string, profile: string, colorScheme: 'light' | 'dark', kept: boolean): Promise<ExtensionBrowser> {
  const downloadDir = path.join(profile, 'downloads');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir: profile,
    defaultViewport: VIEWPORT,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Lets a test install the extension again over CDP, as an update does (harness/stored-notes.ts).
      '--enable-unsafe-extension-debugging',
      `--proxy-server=${DEAD_PROXY}`,
      `--load-extension=${extDir}`,
      `--disable-extensions-except=${extDir}`,
      // A dark system theme for every page and frame (puppeteer's emulateMediaFeatures reaches only
      // the page it is called on); light is headless Chromium's own.
      ...(colorScheme === 'dark' ? ['--blink-settings=preferredColorScheme=0'] : []),
    ],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  const extensionOrigin = worker.url().match(/^chrome-extension:\/\/[a-p]{32}/)![0];
  const backgroundErrors: string[] = [];
  const sw = await worker.worker();
  sw?.on('console', (m) => m.type() === 'error' && backgroundErrors.push(m.text()));
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir });
  return register({
    name: 'chromium',
    browser,
    extensionOrigin,
    backgroundErrors,
    downloadDir,
    newPage: () => browser.newPage(),
    close: async () => {
      await browser.close();
      if (!kept) await rm(profile, { recursive: true, force: true });
    },
  });
}

export async function launchFirefox(extDir: string, { colorScheme = 'light', profile: kept }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (kept) return startFirefox(extDir, kept, colorScheme, true);
  // Our own profile folder: puppeteer's own would stay behind when Firefox fails to start.
  const profile = await mkdtemp(path.join(tmpdir(), 'sourcelight-firefox-'));
  return removedOnFailure(profile, () => startFirefox(extDir, profile, colorScheme, false));
}

async function startFirefox(extDir: string, profile: string, colorScheme: 'light' | 'dark', kept: boolean): Promise<ExtensionBrowser> {
  const downloadDir = path.join(profile, 'downloads');
  await mkdir(downloadDir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    defaultViewport: VIEWPORT,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // The add-on is installed as a temporary one, removed when Firefox quits: a reopened profile
      // installs it again and must find its storage (and its IndexedDB origin) as a reader's would.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.allow_hijacking_localhost': false,
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // What pages see as the system theme: 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
    },
  });
  await browser.installExtension(extDir);
  return register({
    name: 'firefox',
    browser,
    extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
    backgroundErrors: [],
    downloadDir,
    newPage: () => browser.newPage(),
    close: async () => {
      await browser.close();
      if (!kept) await rm(profile, { recursive: true, force: true });
    },
  });
}

/** Starts a browser with a temporary folder of its own, which goes if the start fails (close removes it otherwise). */
async function removedOnFailure(dir: string, start: () => Promise<ExtensionBrowser>): Promise<ExtensionBrowser> {
  try {
    return await start();
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
