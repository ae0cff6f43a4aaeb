// An article inside a web component's open shadow root is annotated in Chromium and Firefox: its
// quotes are highlighted (slotted text included), painted, and a click opens the card; and when
// the component changes the article inside its shadow tree, it is annotated again.
import { describe, expect, test } from 'vitest';
import { type BrowserName } from './harness/browsers';
import { extensionAndServer } from './harness/suite';
import { expectedQuotes } from './harness/engine';
import { shadowArticle } from './harness/hostile-pages';
import { clickQuote, collectErrors, highlightedQuotes, QUOTE_HIGHLIGHT, readCard, waitForCardClosed, waitForReady } from './harness/page';
import { waitUntil } from './harness/wait';

describe.each<BrowserName>(['chromium', 'firefox'])('an article in a shadow root in %s', (name) => {
  const env = extensionAndServer(name);

  test('is highlighted like the same article in plain markup, and its quotes open the card', async () => {
    const { html, flat } = shadowArticle();
    const url = env.server.serve('/shadow.html', { body: html });
    const page = await env.ext.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await waitForReady(page);
    const expected = expectedQuotes(flat).map((q) => q.text);
    expect(expected).toHaveLength(3);
    const quotes = await highlightedQuotes(page);
    expect(quotes.map((q) => q.text.replace(/^“|[,”]+$/g, ''))).toEqual(expected.map((t) => t.replace(/^“|[,”]+$/g, '')));
    // The ranges lie in the shadow tree, the slotted one in the page's own.
    expect(quotes.every((q) => Number.isFinite(q.x))).toBe(true);
    const inShadow = await page.evaluate(() => ([...(CSS.highlights.get('sourcelight-quote') ?? [])] as Range[]).map((r) => r.startContainer.getRootNode() instanceof ShadowRoot));
    expect(inShadow).toEqual([true, false, true]);
    for (const i of [0, 1]) {
      await clickQuote(page, i);
      expect((await readCard(page))?.quote).toContain(`bridge number ${i + 1}`);
      await page.keyboard.press('Escape'); // the card would cover the next quote
      await waitForCardClosed(page);
    }
    expect(errors).toEqual([]);
  });

  test('is annotated again when the component changes it inside its shadow tree, in a shadow root it adds later too', async () => {
    const url = env.server.serve('/shadow-changing.html', { body: shadowArticle().html });
    const page = await env.ext.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await waitForReady(page);
    const texts = async () => (await highlightedQuotes(page)).map((q) => q.text);
    expect(await texts()).toHaveLength(3);
    const change = (step: 'addQuote' | 'addNote' | 'editNote') => page.evaluate((s) => (window as unknown as { story: Record<string, () => void> }).story[s](), step);
    const highlighted = (snippet: string) =>
      waitUntil(page, (name, s) => ([...(CSS.highlights.get(name) ?? [])] as Range[]).some((r) => r.toString().includes(s)), { timeout: 10_000 }, QUOTE_HIGHLIGHT, snippet);

    await change('addQuote');
    await highlighted('rebuild the pier by June');
    expect((await texts()).slice(3)).toEqual(['We will rebuild the pier by June,']);
    // A component added inside the shadow tree: its own shadow root is watched from then on.
    await change('addNote');
    await highlighted('again in May');
    await change('editNote');
    await highlighted('again in April');
    expect((await texts()).slice(3)).toEqual(['We will rebuild the pier by June,', 'The ferry will run again in April,']);
    expect(errors).toEqual([]);
  });

  test('is annotated once the page defines its component late (its shadow root comes with no change in the page’s own tree)', async () => {
    const { html, flat } = shadowArticle({ defineAfterMs: 1_500 });
    const url = env.server.serve('/shadow-late.html', { body: html });
    const page = await env.ext.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await waitForReady(page);
    const expected = expectedQuotes(flat).map((q) => q.text.replace(/^“|[,”]+$/g, ''));
    await waitUntil(page, (name, n) => (CSS.highlights.get(name)?.size ?? 0) >= n, { timeout: 10_000 }, QUOTE_HIGHLIGHT, expected.length);
    expect((await highlightedQuotes(page)).map((q) => q.text.replace(/^“|[,”]+$/g, ''))).toEqual(expected);
    expect(errors).toEqual([]);
  });
});
