// The engine against the shared gold: every gold page (dev and dev-2) goes through the CLI path and
// the corpus's own scorer, and the pooled figures must hold the engine's targets.
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusAvailable } from './corpus-paths';
import { GOLD_SETS, scoreGoldSets } from './gold-sets';

const available = corpusAvailable();
const title = available ? 'gold sets' : `gold sets SKIPPED: no shared corpus at ${CORPUS_DIR}`;

/** Pooled over dev and dev-2 (issue #9's targets). */
const TARGETS = { quoteF1: 0.97, whoSaidWhatF1: 0.93, peopleF1: 0.9 };

describe.skipIf(!available)(title, () => {
  it('has both gold sets', () => expect(GOLD_SETS.map((s) => s.name)).toEqual(['dev', 'dev-2']));

  it('scores at or above the targets with the corpus scorer, pooled over the sets', async () => {
    const scores = await scoreGoldSets();
    for (const s of scores) expect(s.figures.missingPages, s.name).toBe(0);
    const total = scores.find((s) => s.name === 'total')!.figures;
    expect(total.quoteF1).toBeGreaterThanOrEqual(TARGETS.quoteF1);
    expect(total.whoSaidWhatF1).toBeGreaterThanOrEqual(TARGETS.whoSaidWhatF1);
    expect(total.peopleF1).toBeGreaterThanOrEqual(TARGETS.peopleF1);
  }, 120_000);
});
