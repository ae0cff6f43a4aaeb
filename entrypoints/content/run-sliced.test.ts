import { describe, expect, it } from 'vitest';
import type { Steps } from '@/engine/steps';
import { runSliced } from './run-sliced';

/** A fake clock and a computation whose every unit takes `unitMs` on it. */
function setup(unitMs: number, units: number) {
  let time = 0;
  const log: string[] = [];
  function* work(): Steps<string> {
    for (let i = 1; i <= units; i++) {
      time += unitMs;
      log.push(`unit ${i}`);
      if (i < units) yield;
    }
    return 'done';
  }
  const options = { budgetMs: 8, now: () => time, pause: async () => void log.push('pause') };
  return { work, options, log };
}

describe('runSliced', () => {
  it('runs units until the budget is spent, then pauses, and returns the result', async () => {
    const { work, options, log } = setup(3, 7);
    await expect(runSliced(work(), options)).resolves.toBe('done');
    expect(log).toEqual(['unit 1', 'unit 2', 'unit 3', 'pause', 'unit 4', 'unit 5', 'unit 6', 'pause', 'unit 7']);
  });

  it('pauses after every unit that alone exceeds the budget', async () => {
    const { work, options, log } = setup(20, 3);
    await runSliced(work(), options);
    expect(log).toEqual(['unit 1', 'pause', 'unit 2', 'pause', 'unit 3']);
  });

  it('never pauses for work that fits in one slice', async () => {
    const { work, options, log } = setup(1, 5);
    await runSliced(work(), options);
    expect(log).not.toContain('pause');
  });

  it('passes on an error thrown by the work', async () => {
    function* failing(): Steps<never> {
      yield;
      throw new Error('boom');
    }
    await expect(runSliced(failing(), { now: () => 0, pause: async () => undefined })).rejects.toThrow('boom');
  });
});
