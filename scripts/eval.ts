// npm run eval: annotates every gold page (dev and dev-2) and scores each set, and all of them
// pooled, with the corpus's score.mjs. `--verbose` adds the scorer's per-page misses and wrong speakers.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scoreGoldSets } from './gold-sets';
import { CORPUS_DIR, corpusAvailable } from './corpus-paths';

if (!corpusAvailable()) {
  console.log(`eval skipped: no shared corpus at ${CORPUS_DIR} (expected ../shared/corpus with dev/ and pages/)`);
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const outDir = path.join('artifacts', 'eval');
mkdirSync(outDir, { recursive: true });
for (const { name, figures, verbose: lines, predictions } of await scoreGoldSets()) {
  // the predictions stay beside the figures (artifacts/eval/<set>.json) for per-page diffs
  if (name !== 'total') writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(predictions, null, 1));
  if (verbose && name !== 'total') console.log(`== ${name}\n${lines}`);
  console.log(`${name.padEnd(6)} ${JSON.stringify(figures)}`);
}
