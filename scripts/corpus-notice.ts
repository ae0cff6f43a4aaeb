// Vitest global setup: says once, in any reporter, which tests skip because the shared corpus is absent.
import { CORPUS_DIR, corpusAvailable } from './corpus-paths';

export default function corpusNotice(): void {
  if (corpusAvailable()) return;
  console.warn(`\nNo shared corpus at ${CORPUS_DIR}: the gold-set, corpus-page and seed-article tests are skipped (put ../shared/corpus beside the clone, or set SOURCELIGHT_CORPUS).\n`);
}
