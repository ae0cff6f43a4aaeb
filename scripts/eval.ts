// npm run eval: annotates every gold page (dev and dev-2) and scores each set, and all of them
// pooled, with the corpus's score.mjs. `--verbose` adds the scorer's per-page misses and wrong
// speakers, and writes each set's predictions to artifacts/eval/SET.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, corpusAvailable } from './corpus-paths';
import { scoreGoldSets } from './gold-sets';

if (!corpusAvailable()) {
  console.log(`eval skipped: no shared corpus at ${CORPUS_DIR} (expected ../shared/corpus with dev/ and pages/)`);
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const outDir = path.resolve('artifacts/eval');
for (const { name, figures, verbose: lines, predictions } of await scoreGoldSets()) {
  if (verbose && name !== 'total') {
    console.log(`== ${name}\n${lines}`);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(predictions, null, 1));
  }
  console.log(`${name.padEnd(6)} ${JSON.stringify(figures)}`);
}
