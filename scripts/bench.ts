// npm run bench: engine time per article (blocks extracted beforehand, warmed up) and the whole CLI
// path per page (HTML parse, body extraction, engine), over every corpus page; plus peak memory, and
// the research CLI's throughput: articles per second for `--format summary`, single process.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { parseHTML } from 'linkedom';
import { extractBlocks } from '../dom/index';
import { analyze, blocksFromText } from '../engine/index';
import type { Block } from '../engine/types';
import { isTextFile } from './annotate-lib';
import { runAnnotate } from './annotate-run';
import { CORPUS_DIR, DEV_DIR, PAGES_DIR, corpusAvailable, pageFiles } from './corpus-paths';

if (!corpusAvailable()) {
  console.log(`bench skipped: no shared corpus at ${CORPUS_DIR} (expected ../shared/corpus with dev/ and pages/)`);
  process.exit(0);
}

const WARMUP_ROUNDS = 2;
const files = [...pageFiles(PAGES_DIR), ...pageFiles(DEV_DIR)];
const sources = files.map((f) => readFileSync(f, 'utf8'));
let peakRss = 0;
let peakHeap = 0;
const sampleMemory = () => {
  const { rss, heapUsed } = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  peakHeap = Math.max(peakHeap, heapUsed);
};

// Whole CLI path, page by page: parse, extract, engine. A page the engine throws on is reported, not timed.
const timings = { parse: [] as number[], extract: [] as number[], engine: [] as number[], total: [] as number[] };
const timedFiles: string[] = [];
const pageBlocks: Block[][] = [];
const failures: string[] = [];
files.forEach((file, i) => {
  try {
    const t0 = performance.now();
    const doc = isTextFile(file) ? null : parseHTML(sources[i]).document;
    const t1 = performance.now();
    const blocks = doc ? extractBlocks(doc) : blocksFromText(sources[i]);
    const t2 = performance.now();
    analyze(blocks);
    const t3 = performance.now();
    timings.parse.push(t1 - t0);
    timings.extract.push(t2 - t1);
    timings.engine.push(t3 - t2);
    timings.total.push(t3 - t0);
    timedFiles.push(file);
    pageBlocks.push(blocks.map(({ kind, text }) => ({ kind, text })));
  } catch (err) {
    failures.push(`${path.basename(file)}: ${err instanceof Error ? err.message : String(err)}`);
  }
  sampleMemory();
});

// Engine alone, warm.
for (let r = 0; r < WARMUP_ROUNDS; r++) for (const blocks of pageBlocks) analyze(blocks);
const engineWarm = pageBlocks.map((blocks) => {
  const t0 = performance.now();
  analyze(blocks);
  return performance.now() - t0;
});
sampleMemory();

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

const slowest = (values: number[]) => path.basename(timedFiles[values.indexOf(Math.max(...values))]);
const ms = (v: number) => v.toFixed(2).padStart(9);
const mb = (v: number) => `${(v / 2 ** 20).toFixed(0)} MB`;
const row = (label: string, values: number[]) => {
  const s = stats(values);
  return `${label.padEnd(30)}${ms(s.median)}${ms(s.p95)}${ms(s.max)}   ${slowest(values)}`;
};

const totalBytes = sources.reduce((n, s) => n + s.length, 0);
console.log(`Sourcelight bench: ${timedFiles.length} pages timed (${mb(totalBytes)} of source), node ${process.version}\n`);
console.log(`${'time per page (ms)'.padEnd(30)}${'median'.padStart(9)}${'p95'.padStart(9)}${'max'.padStart(9)}   slowest page`);
console.log(row('engine only (warm)', engineWarm));
console.log(row('cli: HTML parse (linkedom)', timings.parse));
console.log(row('cli: body extraction', timings.extract));
console.log(row('cli: engine (first run)', timings.engine));
console.log(row('cli: whole path', timings.total));
console.log(`\npeak memory: RSS ${mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))}, heap used ${mb(peakHeap)}`);
if (failures.length) console.log(`\n${failures.length} page(s) failed and were not timed:\n  ${failures.join('\n  ')}`);

// The research CLI as a researcher runs it (read each file, parse, extract, engine, profile, CSV row),
// in this one process, its output thrown away so the disk is not timed.
const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const summaryStart = performance.now();
await runAnnotate({ files, format: 'summary', out: discard(), err: discard() });
const summarySeconds = (performance.now() - summaryStart) / 1000;
console.log(`\ncli --format summary: ${files.length} articles in ${summarySeconds.toFixed(2)} s = ${(files.length / summarySeconds).toFixed(1)} articles/s (single process)`);
