// npm run bench:browser: the built Chrome extension in headless Chromium over every corpus page:
// content-script start → highlights painted, and the longest task since the content script started.
// Needs `npm run build:chrome` first.
import { existsSync } from 'node:fs';
import { extensionDir, launchChromium } from '../tests/e2e/harness/browsers';
import { startServer } from '../tests/e2e/harness/server';
import { CorpusSweeper, stats, type PageResult } from '../tests/e2e/harness/sweep';
import { CORPUS_DIR, DEV_DIR, PAGES_DIR, corpusAvailable, pageFiles } from './corpus-paths';

if (!corpusAvailable()) {
  console.log(`bench:browser skipped: no shared corpus at ${CORPUS_DIR}`);
  process.exit(0);
}
const extDir = extensionDir('chromium');
if (!existsSync(extDir)) {
  console.error(`bench:browser: no build at ${extDir}; run npm run build:chrome first`);
  process.exit(1);
}

const files = [...pageFiles(PAGES_DIR), ...pageFiles(DEV_DIR)];
const server = await startServer();
const ext = await launchChromium(extDir);
const results: PageResult[] = [];
const version = await ext.browser.version();
try {
  const sweeper = await CorpusSweeper.open(ext, server);
  for (const file of files) results.push(await sweeper.run(file));
} finally {
  await ext.close();
  await server.close();
}

const ms = (v: number) => v.toFixed(0).padStart(7);
const row = (label: string, pick: (r: PageResult) => number) => {
  const values = results.map(pick);
  const s = stats(values);
  const slowest = results[values.indexOf(s.max)].file;
  return `${label.padEnd(34)}${ms(s.median)}${ms(s.p95)}${ms(s.max)}   ${slowest}`;
};
console.log(`Sourcelight browser bench: ${results.length} pages in headless ${version}\n`);
console.log(`${'per page (ms)'.padEnd(34)}${'median'.padStart(7)}${'p95'.padStart(7)}${'max'.padStart(7)}   slowest page`);
console.log(row('content-script start → painted', (r) => r.paintMs));
console.log(row('longest task (0: none over 50 ms)', (r) => r.longestTaskMs));
const over = results.filter((r) => r.longestTaskMs > 50).length;
const mismatched = results.filter((r) => r.highlighted !== r.expected).length;
const withErrors = results.filter((r) => r.errors.length > 0).length;
console.log(`\npages with a task over 50 ms: ${over}; quote count differing from the engine in Node: ${mismatched}; with extension errors: ${withErrors}`);
