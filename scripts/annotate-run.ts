// The CLI's run: each input file in turn is read, analysed, written out in the chosen format and
// dropped, so memory stays bounded however many files there are. Writes wait for the output to drain.
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { analyzeFile, annotateFile, blocksFromSource } from './annotate-lib';
import { csvFormat, jsonFormat, summaryFormat, type Format, type OutputFormat } from './annotate-formats';
import { progress } from './progress';

export interface RunOptions {
  files: readonly string[];
  format: Format;
  /** Each file's article blocks instead of its prediction (json only), to inspect the DOM layer. */
  blocks?: boolean;
  out: Writable;
  err: Writable & { isTTY?: boolean };
}

/** Runs the CLI over `files`; resolves to the number of files that could not be processed. */
export function runAnnotate(options: RunOptions): Promise<number> {
  const { format, blocks = false } = options;
  if (blocks) return stream(jsonFormat(), async (file) => ({ file: path.basename(file), blocks: blocksFromSource(file, await readFile(file, 'utf8')) }), options);
  if (format === 'json') return stream(jsonFormat(), annotateFile, options);
  return stream(format === 'csv' ? csvFormat() : summaryFormat(), analyzeFile, options);
}

async function stream<T>(output: OutputFormat<T>, read: (file: string) => Promise<T>, { files, out, err }: RunOptions): Promise<number> {
  const bar = progress(files.length, err);
  let failed = 0;
  await write(out, output.begin());
  for (const [i, file] of files.entries()) {
    let text = '';
    try {
      text = output.article(file, await read(file));
    } catch (e) {
      failed++;
      err.write(`annotate: cannot process ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
    await write(out, text); // a failed write (a closed pipe) ends the run, it is not the file's fault
    bar.tick(i + 1);
  }
  bar.end();
  await write(out, output.end());
  return failed;
}

async function write(out: Writable, text: string): Promise<void> {
  if (text && !out.write(text)) await once(out, 'drain');
}
