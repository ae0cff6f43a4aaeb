// CLI: npm run --silent annotate -- [--blocks] FILE...  → JSON array of predictions on stdout.
// --blocks prints each file's extracted article blocks instead (to inspect the DOM layer).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { annotateFile, blocksFromSource } from './annotate-lib';

const args = process.argv.slice(2);
const showBlocks = args.includes('--blocks');
const files = args.filter((a) => a !== '--blocks');
if (!files.length) {
  console.error('usage: npm run --silent annotate -- [--blocks] FILE...');
  process.exit(2);
}

async function processFile(file: string): Promise<unknown> {
  if (!showBlocks) return annotateFile(file);
  return { file: path.basename(file), blocks: blocksFromSource(file, await readFile(file, 'utf8')) };
}

const results: unknown[] = [];
let failed = 0;
for (const file of files) {
  try {
    results.push(await processFile(file));
  } catch (err) {
    failed++;
    console.error(`annotate: cannot process ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
process.exitCode = failed ? 1 : 0;
