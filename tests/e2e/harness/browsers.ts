// Launches Chromium or Firefox ESR headless with the built extension loaded, offline apart from 127.0.0.1.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

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
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'sourcelight@sourcelight.invalid';
/** Fixed so tests know the moz-extension:// origin before Firefox starts. */
const FIREFOX_UUID = '5e1f0c2a-7d3b-4c8e-9a61-50dce11a9e01';
/** A closed port: every non-local request fails at once, so nothing leaves the machine. */
const DEAD_PROXY = '127.0.0.1:9';
export const VIEWPORT = { width: 1200, height: 900 };

export const extensionDir = (name: BrowserName) =>
  path.resolve(process.env.SOURCELIGHT_OUTPUT ?? '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');

export function launch(name: BrowserName): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(extensionDir(name)) : launchFirefox(extensionDir(name));
}

export async function launchChromium(extDir: string): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'sourcelight-chromium-'));
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
      `--proxy-server=${DEAD_PROXY}`,
      `--load-extension=${extDir}`,
      `--disable-extensions-except=${extDir}`,
    ],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  const extensionOrigin = worker.url().match(/^chrome-extension:\/\/[a-p]{32}/)![0];
  const backgroundErrors: string[] = [];
  const sw = await worker.worker();
  sw?.on('console', (m) => m.type() === 'error' && backgroundErrors.push(m.text()));
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir });
  return {
    name: 'chromium',
    browser,
    extensionOrigin,
    backgroundErrors,
    downloadDir,
    newPage: () => browser.newPage(),
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(extDir: string): Promise<ExtensionBrowser> {
  const downloadDir = await mkdtemp(path.join(tmpdir(), 'sourcelight-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: VIEWPORT,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
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
    },
  });
  await browser.installExtension(extDir);
  return {
    name: 'firefox',
    browser,
    extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
    backgroundErrors: [],
    downloadDir,
    newPage: () => browser.newPage(),
    close: async () => {
      await browser.close();
      await rm(downloadDir, { recursive: true, force: true });
    },
  };
}
