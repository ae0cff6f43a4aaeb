// The shared corpus pages in real browsers: no extension error, the engine's quote count highlighted,
// the page's DOM untouched; paint time and longest task are reported, not asserted. Both browsers read
// every page (dev and pages).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusAvailable, CORPUS_DIR, DEV_DIR, PAGES_DIR, pageFiles } from '../../scripts/corpus-paths';
import { launch, type BrowserName, type ExtensionBrowser } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { CorpusSweeper, stats, type PageResult } from './harness/sweep';

const available = corpusAvailable();
if (!available) console.warn(`corpus sweeps skipped: no shared corpus at ${CORPUS_DIR}`);
const files = available ? [...pageFiles(DEV_DIR), ...pageFiles(PAGES_DIR)] : [];

describe.skipIf(!available).each<BrowserName>(['chromium', 'firefox'])('corpus sweep in %s', (name) => {
  let server: TestServer;
  let ext: ExtensionBrowser;
  let sweeper: CorpusSweeper;
  const results: PageResult[] = [];

  beforeAll(async () => {
    server = await startServer();
    ext = await launch(name);
    sweeper = await CorpusSweeper.open(ext, server);
  });
  afterAll(async () => {
    if (results.length) report(name, results);
    await ext?.close();
    await server?.close();
  });

  test.each(files)('%s', async (file) => {
    const result = await sweeper.run(file);
    results.push(result);
    expect(result.errors).toEqual([]);
    expect(result.highlighted).toBe(result.expected);
    expect(result.domChanged).toBe(false);
  });

  // Firefox does not let the harness see the background's console.
  test.runIf(name === 'chromium')('the background logged no error', () => {
    expect(ext.backgroundErrors).toEqual([]);
  });
});

function report(name: BrowserName, results: PageResult[]): void {
  const line = (label: string, values: number[]) => {
    const s = stats(values);
    return `${label}: median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, max ${s.max.toFixed(0)} ms`;
  };
  const quotes = results.reduce((n, r) => n + r.highlighted, 0);
  console.log(
    [
      `corpus sweep in ${name}: ${results.length} pages, ${quotes} quotes highlighted`,
      line('content-script start → painted', results.map((r) => r.paintMs)),
      // Firefox has no Long Tasks API.
      name === 'chromium' ? line('longest task (0 = none over 50 ms)', results.map((r) => r.longestTaskMs)) : 'longest task: not measured',
    ].join('\n'),
  );
}
