import { describe, expect, it } from 'vitest';
import { analyze, analyzeSteps, blocksFromText } from './index';

describe('analyzeSteps', () => {
  const paragraph = '“We will open the bridge before the floods,” said Mayor Ana Lopez, who has promised it for years. ';
  const blocks = blocksFromText(`${paragraph.repeat(3)}\n`.repeat(200));

  it('yields between small units of work and ends with the result of analyze', () => {
    const steps = analyzeSteps(blocks);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(yields).toBeGreaterThan(100);
    expect(r.value).toEqual(analyze(blocks));
  });

  it('returns at once for no blocks', () => {
    expect(analyzeSteps([]).next()).toEqual({ done: true, value: { quotes: [], people: [] } });
  });
});
