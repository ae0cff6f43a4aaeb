// The engine against the shared gold: the dev pages go through the CLI path and the corpus's own
// scorer, and the figures must hold the targets the engine is built to (quote F1 ≥ 0.97,
// who-said-what F1 ≥ 0.92, people F1 ≥ 0.88).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateFile } from './annotate-lib';
import { CORPUS_DIR, DEV_DIR, corpusAvailable, pageFiles } from './corpus-paths';

const available = corpusAvailable();
const title = available ? 'dev gold' : `dev gold SKIPPED: no shared corpus at ${CORPUS_DIR}`;

describe.skipIf(!available)(title, () => {
  it('scores at or above the targets with the corpus scorer', async () => {
    const predictions = [];
    for (const file of pageFiles(DEV_DIR)) predictions.push(await annotateFile(file));
    const predFile = path.join(mkdtempSync(path.join(tmpdir(), 'sourcelight-gold-')), 'predictions.json');
    writeFileSync(predFile, JSON.stringify(predictions));
    const run = spawnSync(process.execPath, [path.join(CORPUS_DIR, 'score.mjs'), DEV_DIR, predFile], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const figures = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(figures.missingPages).toBe(0);
    expect(figures.quoteF1).toBeGreaterThanOrEqual(0.97);
    expect(figures.whoSaidWhatF1).toBeGreaterThanOrEqual(0.92);
    expect(figures.peopleF1).toBeGreaterThanOrEqual(0.88);
  }, 120_000);
});
