// Themes, highlight contrast, noted quotes' marks and the toolbar icons, in Chromium and Firefox.
// The popup, the notes page and the card follow the system's theme (the browser is launched with
// prefers-color-scheme light or dark); the highlights follow the page's own background.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { composite, contrastRatio, parseRgb } from '../../utils/contrast';
import { extensionDir, launch, type BrowserName, type ExtensionBrowser } from './harness/browsers';
import { backgroundLuminance, textContrasts } from './harness/contrast';
import { gotoExtensionPage, openPopupFor } from './harness/extension';
import { screenshotPath } from './harness/files';
import { openNotesPage } from './harness/notes-page';
import { clickQuote, collectErrors, openCardFrame, typeNote, waitForReady } from './harness/page';
import { startServer, type TestServer } from './harness/server';
import { waitUntil } from './harness/wait';

const SAMPLE = readFileSync('demo/sample-article.html', 'utf8');
/** The sample article on a dark page, as a site's dark mode shows it. */
const DARK_SAMPLE = SAMPLE.replace('</head>', '<style>body, main { background: #121212; color: #e4e4e4; }</style></head>');
const AA = 4.5;
const STORE_ICON_SIZES = ['16', '32', '48', '96', '128'];
const NOTE = 'Ask for the minutes';

type Scheme = 'light' | 'dark';

/** Light themes have a light background (luminance over 0.8), dark ones a dark one (under 0.05). */
const expectBackground = (luminance: number, scheme: Scheme) =>
  scheme === 'light' ? expect(luminance).toBeGreaterThan(0.8) : expect(luminance).toBeLessThan(0.05);

/** No visible text under 4.5:1; the lowest ratios are in the message when one is. */
async function expectReadable(target: Parameters<typeof textContrasts>[0], where: string): Promise<void> {
  const contrasts = await textContrasts(target);
  expect(contrasts.length, `${where}: texts found`).toBeGreaterThan(3);
  expect(contrasts.filter((c) => c.ratio < AA), `${where}: texts under ${AA}:1`).toEqual([]);
}

describe.each<BrowserName>(['chromium', 'firefox'])('themes in %s', (name) => {
  let server: TestServer;
  let light: string;
  let dark: string;

  beforeAll(async () => {
    server = await startServer();
    light = server.serve('/light.html', { body: SAMPLE });
    dark = server.serve('/dark.html', { body: DARK_SAMPLE });
  });
  afterAll(async () => {
    await server?.close();
  });

  describe.each<Scheme>(['light', 'dark'])('with the system theme %s', (scheme) => {
    let ext: ExtensionBrowser;
    beforeAll(async () => {
      ext = await launch(name, { colorScheme: scheme });
    });
    afterAll(async () => {
      await ext?.close();
    });

    test('card, popup and notes page take the theme, every text at 4.5:1 or more; a noted quote is marked in words', async () => {
      const page = await ext.newPage();
      const errors = collectErrors(page);
      await page.goto(light);
      await waitForReady(page);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');

      // The card, with a note typed in it.
      await clickQuote(page, 0);
      await typeNote(page, NOTE);
      const card = (await openCardFrame(page))!;
      expectBackground(await backgroundLuminance(card, '.card'), scheme);
      await expectReadable(card, 'card');
      if (name === 'chromium') await page.screenshot({ path: screenshotPath(`theme-card-${scheme}`) });

      // The popup: its noted quote says so in text, which a screen reader reads before the quote.
      const popup = await openPopupFor(ext, light);
      // Firefox 140's WebDriver BiDi cannot resize a page; the screenshots are Chromium's.
      if (name === 'chromium') await popup.setViewport({ width: 420, height: 640 });
      expectBackground(await backgroundLuminance(popup, 'main'), scheme);
      await expectReadable(popup, 'popup');
      const noted = await popup.$$eval('section[aria-label="Who said what"] button.quote', (buttons) =>
        buttons.filter((b) => b.querySelector('.noted-mark')).map((b) => b.textContent ?? ''),
      );
      expect(noted).toHaveLength(1);
      expect(noted[0]).toMatch(/^(✎ )?Noted: “/);
      if (name === 'chromium') await popup.screenshot({ path: screenshotPath(`theme-popup-${scheme}`) });

      // The notes page.
      const notes = await openNotesPage(ext);
      if (name === 'chromium') await notes.setViewport({ width: 1000, height: 700 });
      expectBackground(await backgroundLuminance(notes, 'main'), scheme);
      await expectReadable(notes, 'notes page');
      if (name === 'chromium') await notes.screenshot({ path: screenshotPath(`theme-notes-${scheme}`) });

      expect(errors).toEqual([]);
      expect(ext.backgroundErrors).toEqual([]);
      for (const p of [notes, popup, page]) await p.close();
    });

    if (scheme === 'light') {
      test('highlights keep 4.5:1 on a dark and on a light page; a noted quote is underlined twice, the others once', async () => {
        for (const [url, palette] of [[dark, 'dark'], [light, 'light']] as const) {
          const page = await ext.newPage();
          await page.goto(url);
          await waitForReady(page);
          // A quote gets a note: the page then shows all three kinds of highlight.
          await clickQuote(page, 0, (await paintedName(page, 'sourcelight-quote'))!);
          await typeNote(page, NOTE);
          await waitUntil(page, () => CSS.highlights.has('sourcelight-noted') || CSS.highlights.has('sourcelight-noted-dark'));
          const painted: Record<string, string> = {};
          for (const kind of ['sourcelight-quote', 'sourcelight-noted', 'sourcelight-official']) {
            const highlightName = (await paintedName(page, kind))!;
            painted[kind] = highlightName;
            const seen = await highlightStyle(page, highlightName);
            const background = composite(parseRgb(seen.background)!, parseRgb(seen.pageBackground)!);
            const ratio = contrastRatio(composite(parseRgb(seen.color)!, background), background);
            expect(ratio, `${highlightName} on the ${palette} page`).toBeGreaterThanOrEqual(AA);
            expect(seen.decorationLine, highlightName).toContain('underline');
          }
          expect((await highlightStyle(page, painted['sourcelight-noted'])).decorationStyle).toBe('double');
          expect((await highlightStyle(page, painted['sourcelight-quote'])).decorationStyle).toBe('solid');
          // The page's background picked the palette.
          const suffix = palette === 'dark' ? '-dark' : '';
          expect(painted).toEqual({ 'sourcelight-quote': `sourcelight-quote${suffix}`, 'sourcelight-noted': `sourcelight-noted${suffix}`, 'sourcelight-official': `sourcelight-official${suffix}` });
          await page.close();
        }
      });

      test('icons at the stores’ sizes are in the built manifest, the toolbar’s too, and load', async () => {
        const manifest = JSON.parse(readFileSync(path.join(extensionDir(name), 'manifest.json'), 'utf8'));
        expect(Object.keys(manifest.icons).sort((a, b) => +a - +b)).toEqual(STORE_ICON_SIZES);
        const toolbar = (manifest.action ?? manifest.browser_action).default_icon;
        expect(Object.keys(toolbar).length).toBeGreaterThan(0);
        const page = await ext.newPage();
        await gotoExtensionPage(ext, page, 'popup.html');
        for (const [size, file] of Object.entries<string>({ ...manifest.icons, ...toolbar })) {
          const loaded = await page.evaluate(async (src) => {
            const img = new Image();
            img.src = `/${src}`;
            await img.decode();
            return [img.naturalWidth, img.naturalHeight];
          }, file);
          expect(loaded, file).toEqual([+size, +size]);
        }
        await page.close();
      });
    }
  });
});

/** Which of a highlight's two names (light or dark palette) the page has painted, if any. */
function paintedName(page: Page, kind: string): Promise<string | null> {
  return page.evaluate((k) => [k, `${k}-dark`].find((n) => (CSS.highlights.get(n)?.size ?? 0) > 0) ?? null, kind);
}

/** The computed style of a highlight on its first range's text, and the page's background there. */
function highlightStyle(page: Page, highlightName: string) {
  return page.evaluate((n) => {
    const range = [...(CSS.highlights.get(n) ?? [])][0] as Range;
    const el = range.startContainer.parentElement!;
    const style = getComputedStyle(el, `::highlight(${n})`);
    let pageBackground = 'rgb(255, 255, 255)';
    for (let node: Element | null = el; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (/^rgb\(/.test(bg)) {
        pageBackground = bg;
        break;
      }
    }
    return {
      color: style.color,
      background: style.backgroundColor,
      decorationLine: style.textDecorationLine,
      decorationStyle: style.textDecorationStyle,
      pageBackground,
    };
  }, highlightName);
}
