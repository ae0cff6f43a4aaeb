// npm run demo: builds Sourcelight, serves the bundled sample article on localhost, opens it in
// Chromium with the extension loaded (headless when there is no display), prints who said what
// as the extension found it, and writes a screenshot with a quote's card open.
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import type { PageSummary } from '../utils/page-summary';

const root = process.cwd();
const extensionDir = path.join(root, '.output/chrome-mv3');
const screenshot = path.join(root, 'artifacts/demo.png');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headless = !process.env.DISPLAY;

async function serveSample() {
  const html = await readFile(path.join(root, 'demo/sample-article.html'));
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sample-article.html` };
}

function printTable(summary: PageSummary): void {
  const rows = summary.quotes.map((q) => ({
    speaker: q.speaker ?? (q.speakerKind === 'anonymous' ? '(unnamed source)' : '(not identified)'),
    role: q.role ?? '',
    quote: q.text.length > 70 ? `${q.text.slice(0, 67)}…` : q.text,
  }));
  console.log(`\nWho said what on “${summary.title}”:`);
  console.table(rows);
  const officials = summary.people.filter((p) => p.official);
  console.log('Officials:');
  console.table(officials.map((p) => ({ name: p.name, role: p.role ?? '' })));
}

async function main(): Promise<void> {
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  const { server, url } = await serveSample();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'sourcelight-demo-'));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless,
    userDataDir: profile,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--window-size=1100,900',
    ],
    defaultViewport: { width: 1100, height: 900 },
  });
  try {
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
    const extensionId = new URL(worker.url()).host;
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (CSS.highlights.get('sourcelight-quote')?.size ?? 0) > 0, { timeout: 15_000 });

    // Ask the content script for its summary from an extension page, as the popup does.
    const ext = await browser.newPage();
    await ext.goto(`chrome-extension://${extensionId}/popup.html`);
    const summary = (await ext.evaluate(async () => {
      // Without the "tabs" permission tabs cannot be found by URL: ask every other tab.
      const { tabs } = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const self = await tabs.getCurrent();
      for (const tab of await tabs.query({})) {
        if (tab.id === undefined || tab.id === self?.id) continue;
        const reply = (await tabs.sendMessage(tab.id, { type: 'page:summary', payload: null }).catch(() => null)) as { value?: { isArticle: boolean } } | null;
        if (reply?.value?.isArticle) return reply.value;
      }
      throw new Error('no tab answered with an article');
    })) as PageSummary;
    await ext.close();
    printTable(summary);

    // Open the card on the first quote for the screenshot.
    await page.bringToFront();
    const point = await page.evaluate(() => {
      const [range] = CSS.highlights.get('sourcelight-quote')!;
      (range as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = (range as Range).getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    // The card is an extension frame; it is shown once sized to its card.
    const card = await page.waitForFrame((f) => f.url().includes('/card.html#'));
    await card.waitForFunction(() => window.innerHeight > 0 && !!document.querySelector('.card'));
    await mkdir(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot as `${string}.png` });
    console.log(`\nScreenshot: ${path.relative(root, screenshot)}`);
    if (!headless) {
      console.log('Chromium stays open with the article; close it to end the demo.');
      await new Promise((resolve) => browser.once('disconnected', resolve));
    }
  } finally {
    if (browser.connected) await browser.close();
    server.close();
    await rm(profile, { recursive: true, force: true }); // a temporary profile, nothing to keep
  }
}

main().catch((err) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
