// Test helpers shared by the engine's test files.
import { analyze, blocksFromText } from './index';

/** Analyse plain text (one paragraph per line) and return quote text → speaker. */
export function speakersOf(text: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const q of analyze(blocksFromText(text)).quotes) out[q.text] = q.speaker;
  return out;
}

/** The array behind a proxy that counts every element read: the work a scan does, measured without a clock. */
export function countingReads<T>(items: T[]): { items: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(items, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
      return Reflect.get(target, prop, receiver);
    },
  });
  return { items: proxy, reads: () => reads };
}
