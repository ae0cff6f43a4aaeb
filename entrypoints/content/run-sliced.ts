// Drives a generator of small work units in time slices: units run back to back until the slice's
// budget is spent, then the page gets the main thread back before the next slice.
import type { Steps } from '@/engine/steps';

/** Well under the 50 ms long-task threshold, leaving room for the unit that overruns the budget. */
export const SLICE_BUDGET_MS = 8;

export interface SliceOptions {
  budgetMs?: number;
  now?: () => number;
  /** Resolves when the page has had its turn. */
  pause?: () => Promise<void>;
}

/** Runs `steps` to completion without holding the main thread for much more than `budgetMs` at a time. */
export async function runSliced<T>(steps: Steps<T>, { budgetMs = SLICE_BUDGET_MS, now = () => performance.now(), pause = yieldToPage }: SliceOptions = {}): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = now();
    }
  }
}

/** Gives the page the main thread: scheduler.yield() where available (keeps our priority), else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
