// The CLI's formats on files and folders: a temporary folder of hand-counted articles (plain text,
// HTML, one in a subfolder), through runAnnotate and once through the real command.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNCIL, RIVER, ROAD } from '../utils/sourcing-profile.fixtures';
import { annotateFile } from './annotate-lib';
import type { Format } from './annotate-formats';
import { runAnnotate } from './annotate-run';
import { inputFiles } from './input-files';
import { progress } from './progress';

const html = (text: string) =>
  `<!doctype html><html><head><title>Road</title></head><body><article><h1>Road to reopen</h1>${text
    .split('\n')
    .map((line) => `<p>${line}</p>`)
    .join('')}</article></body></html>`;

let dir: string;
let council: string, river: string, road: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sourcelight-cli-'));
  await mkdir(path.join(dir, 'more'));
  council = path.join(dir, 'council.txt');
  road = path.join(dir, 'more', 'road.html');
  river = path.join(dir, 'river.txt');
  await writeFile(council, COUNCIL);
  await writeFile(road, html(ROAD));
  await writeFile(river, RIVER);
  await writeFile(path.join(dir, 'notes.json'), '{}'); // not a page: the walk skips it
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function run(format: Format, files: string[], blocks = false) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errors: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  err.on('data', (c) => errors.push(String(c)));
  const failed = await runAnnotate({ files, format, blocks, out, err });
  return { failed, stdout: chunks.join(''), stderr: errors.join('') };
}

/** A CSV's rows as cells (this test's cells hold no line break), BOM and CRLF removed. */
const rows = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map(cells);

function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  return [...out, cell];
}

describe('inputFiles', () => {
  it('keeps files as given and walks folders, sorted and recursively, for .html, .htm and .txt pages', async () => {
    expect(await inputFiles([road, dir])).toEqual([road, council, road, river]);
  });
});

describe('runAnnotate', () => {
  it('json: byte for byte the array the CLI printed before it streamed', async () => {
    const files = [council, road];
    const expected = `${JSON.stringify(await Promise.all(files.map(annotateFile)), null, 1)}\n`;
    expect((await run('json', files)).stdout).toBe(expected);
    expect((await run('json', [])).stdout).toBe('[]\n');
  });

  it('csv: one row per quote with its speaker, kind, official flag, cue and word count', async () => {
    const { stdout, failed } = await run('csv', await inputFiles([dir]));
    expect(failed).toBe(0);
    expect(stdout.startsWith('\uFEFFfile,quote_index,text,speaker,speaker_kind,official,cue,word_count\r\n')).toBe(true);
    const table = rows(stdout).slice(1);
    expect(table).toHaveLength(4 + 2 + 4);
    expect(table.slice(0, 4).map((r) => [r[0], r[1], r[3], r[4], r[5], r[7]])).toEqual([
      [council, '0', 'Ana Reyes', 'person', 'true', '13'],
      [council, '1', 'Tom Berger', 'person', 'true', '12'],
      [council, '2', '', 'anonymous', 'false', '3'],
      [council, '3', 'Ana Reyes', 'person', 'true', '4'],
    ]);
    expect(table[2][2]).toBe('Nobody asked us.');
    expect(table[0][6]).toBe('said-after');
    expect(table.slice(4, 6).map((r) => [r[0], r[3], r[5], r[7]])).toEqual([
      [road, 'Maria Lopez', 'true', '10'],
      [road, '', 'false', '7'],
    ]);
  });

  it('csv: a quote a spreadsheet would run as a formula is defused', async () => {
    const file = path.join(dir, 'formula.txt');
    await writeFile(file, '"=SUM(A1) is what they typed," said Mayor Ana Reyes.');
    const { stdout } = await run('csv', [file]);
    expect(stdout).toContain(`${file},0,"'=SUM(A1) is what they typed,",Ana Reyes`);
    await rm(file);
  });

  it('summary: one row per article with its hand-counted profile', async () => {
    const table = rows((await run('summary', await inputFiles([dir]))).stdout);
    expect(table[0]).toEqual([
      'file', 'quotes', 'quoted_words', 'voices', 'people', 'organisations', 'official_voices', 'official_quotes',
      'official_word_share', 'unnamed_quotes', 'unattributed_quotes', 'unattributed_word_share',
      'speaker_1', 'speaker_1_word_share', 'speaker_2', 'speaker_2_word_share', 'speaker_3', 'speaker_3_word_share',
    ]);
    expect(table.slice(1)).toEqual([
      [council, '4', '32', '2', '2', '0', '2', '3', (29 / 32).toFixed(3), '1', '0', '0.000', 'Ana Reyes', (17 / 32).toFixed(3), 'Tom Berger', (12 / 32).toFixed(3), '', ''],
      [road, '2', '17', '1', '1', '0', '1', '1', (10 / 17).toFixed(3), '1', '0', '0.000', 'Maria Lopez', (10 / 17).toFixed(3), '', '', '', ''],
      [river, '4', '22', '2', '1', '1', '0', '0', '0.000', '0', '1', (10 / 22).toFixed(3), 'Jo Park', (8 / 22).toFixed(3), 'Environment Agency', (4 / 22).toFixed(3), '', ''],
    ]);
  });

  it('a file that cannot be read is reported and the others are still written', async () => {
    const missing = path.join(dir, 'missing.txt');
    const { failed, stdout, stderr } = await run('summary', [missing, council]);
    expect(failed).toBe(1);
    expect(stderr).toContain(`annotate: cannot process ${missing}`);
    expect(rows(stdout).map((r) => r[0])).toEqual(['file', council]);
  });
});

describe('progress', () => {
  const capture = (isTTY: boolean) => {
    const lines: string[] = [];
    return { lines, err: Object.assign(new PassThrough(), { isTTY, write: (s: string) => lines.push(s) > 0 }) };
  };

  it('is silent for a short run outside a terminal, and reports each tenth of a long one', () => {
    const short = capture(false);
    const p = progress(3, short.err);
    [1, 2, 3].forEach((n) => p.tick(n));
    expect(short.lines).toEqual([]);
    const long = capture(false);
    let t = 0;
    const q = progress(1000, long.err, () => (t += 10));
    for (let n = 1; n <= 1000; n++) q.tick(n);
    expect(long.lines).toHaveLength(10);
    expect(long.lines[9]).toMatch(/^annotate: 1000\/1000 files, [\d.]+ files\/s\n$/);
  });

  it('redraws one line in place in a terminal', () => {
    const tty = capture(true);
    let t = 0;
    const p = progress(3, tty.err, () => (t += 1000));
    [1, 2, 3].forEach((n) => p.tick(n));
    p.end();
    expect(tty.lines.every((l) => l.startsWith('\r') || l === '\n')).toBe(true);
    expect(tty.lines.at(-1)).toBe('\n');
  });
});

describe('the annotate command', () => {
  const cli = (...args: string[]) => promisify(execFile)(process.execPath, ['scripts/run-ts.mjs', 'scripts/annotate.ts', ...args]);

  it('takes --format and a folder', async () => {
    const { stdout } = await cli('--format', 'summary', dir);
    expect(rows(stdout).map((r) => r[0])).toEqual(['file', council, road, river]);
  });

  it('refuses an unknown format with its usage', async () => {
    await expect(cli('--format', 'xml', dir)).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
  });
});
