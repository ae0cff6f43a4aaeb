// npm run eval: annotates every dev page and scores the predictions with the corpus's score.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { annotateFile } from './annotate-lib';
import { CORPUS_DIR, DEV_DIR, corpusAvailable, pageFiles } from './corpus-paths';

if (!corpusAvailable()) {
  console.log(`eval skipped: no shared corpus at ${CORPUS_DIR} (expected ../shared/corpus with dev/ and pages/)`);
  process.exit(0);
}
const predictions = [];
for (const file of pageFiles(DEV_DIR)) predictions.push(await annotateFile(file));
const predFile = path.join(mkdtempSync(path.join(tmpdir(), 'sourcelight-eval-')), 'predictions.json');
writeFileSync(predFile, JSON.stringify(predictions, null, 1));
const score = spawnSync(process.execPath, [path.join(CORPUS_DIR, 'score.mjs'), DEV_DIR, predFile, '--verbose'], {
  encoding: 'utf8',
});
console.error(`predictions: ${predFile}`);
process.stderr.write(score.stderr);
process.stdout.write(score.stdout);
process.exitCode = score.status ?? 1;
