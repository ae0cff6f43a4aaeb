// Every shared corpus page in Chromium: no extension error, the engine's quote count highlighted,
// the page's DOM untouched; paint time and longest task are reported, not asserted.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusAvailable, CORPUS_DIR, DEV_DIR, PAGES_DIR, pageFiles } from '../../scripts/corpus-paths';
import { launch, type ExtensionBrowser } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { CorpusSweeper, stats, type PageResult } from './harness/sweep';

const files = corpusAvailable() ? [...pageFiles(DEV_DIR), ...pageFiles(PAGES_DIR)] : [];
if (!files.length) console.warn(`corpus sweep skipped: no shared corpus at ${CORPUS_DIR}`);

describe.skipIf(!files.length)('corpus sweep in chromium', () => {
  let server: TestServer;
  let ext: ExtensionBrowser;
  let sweeper: CorpusSweeper;
  const results: PageResult[] = [];

  beforeAll(async () => {
    server = await startServer();
    ext = await launch('chromium');
    sweeper = await CorpusSweeper.open(ext, server);
  });
  afterAll(async () => {
    if (results.length) report(results);
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

  test('the background logged no error', () => {
    expect(ext.backgroundErrors).toEqual([]);
  });
});

function report(results: PageResult[]): void {
  const line = (label: string, values: number[]) => {
    const s = stats(values);
    return `${label}: median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, max ${s.max.toFixed(0)} ms`;
  };
  const quotes = results.reduce((n, r) => n + r.highlighted, 0);
  console.log(
    [
      `corpus sweep: ${results.length} pages, ${quotes} quotes highlighted`,
      line('content-script start → painted', results.map((r) => r.paintMs)),
      line('longest task (0 = none over 50 ms)', results.map((r) => r.longestTaskMs)),
    ].join('\n'),
  );
}
