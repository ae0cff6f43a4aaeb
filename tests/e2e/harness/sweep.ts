// Loads corpus pages one after another in one tab and measures what the content script did to each.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers';
import { expectedQuotes, plainTextAsHtml } from './engine';
import { collectErrors, highlightSize, waitForReady } from './page';
import { HTML, type TestServer } from './server';

/** Corpus pages are static: their scripts, frames and plugins are refused, the proxy refuses the rest. */
const STATIC_PAGE_CSP = "script-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'";

export interface PageResult {
  file: string;
  expected: number;
  highlighted: number;
  /** Content-script start → first annotation painted, ms. */
  paintMs: number;
  /** Longest task (over 50 ms, as the Long Tasks API reports them) since the content script started; 0 if none. */
  longestTaskMs: number;
  /** Whether the page's DOM, our card host aside, differs from what it was at DOMContentLoaded. */
  domChanged: boolean;
  errors: string[];
}

/** Installed in every page before its own content: records long tasks and the DOM as parsed. */
function recordPage(): void {
  const record = { longTasks: [] as { start: number; duration: number }[], parsedDom: '' };
  (window as unknown as { __sourcelightTest: typeof record }).__sourcelightTest = record;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) record.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => (record.parsedDom = document.documentElement.outerHTML), { once: true });
}

export class CorpusSweeper {
  private constructor(
    private readonly page: Page,
    private readonly errors: string[],
    private readonly server: TestServer,
  ) {}

  static async open(ext: ExtensionBrowser, server: TestServer): Promise<CorpusSweeper> {
    const page = await ext.newPage();
    const errors = collectErrors(page);
    await page.evaluateOnNewDocument(recordPage);
    return new CorpusSweeper(page, errors, server);
  }

  async run(file: string): Promise<PageResult> {
    const source = readFileSync(file, 'utf8');
    const isText = /\.txt$/i.test(file);
    const url = this.server.serve(`/corpus/${path.basename(file)}`, {
      body: source,
      contentType: isText ? 'text/plain; charset=utf-8' : HTML,
      headers: { 'content-security-policy': STATIC_PAGE_CSP },
    });
    const expected = expectedQuotes(isText ? plainTextAsHtml(source) : source).length;
    this.errors.length = 0;
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
    const { startedAt, paintedAt } = await waitForReady(this.page);
    const measured = await this.page.evaluate(measure, startedAt);
    return {
      file: path.basename(file),
      expected,
      highlighted: await highlightSize(this.page),
      paintMs: paintedAt! - startedAt,
      ...measured,
      errors: [...this.errors],
    };
  }
}

/** Long tasks since the content script started (`start`, in the page's performance timeline), and whether the DOM changed. */
function measure(start: number) {
  const record = (window as unknown as { __sourcelightTest: { longTasks: { start: number; duration: number }[]; parsedDom: string } }).__sourcelightTest;
  const ours = record.longTasks.filter((t) => t.start + t.duration >= start);
  const clone = document.documentElement.cloneNode(true) as Element;
  clone.querySelectorAll('sourcelight-card').forEach((el) => el.remove());
  return {
    longestTaskMs: Math.max(0, ...ours.map((t) => t.duration)),
    domChanged: clone.outerHTML !== record.parsedDom,
  };
}

export function stats(values: number[]): { median: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}
