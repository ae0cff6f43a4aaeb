// Test helpers shared by the engine's test files.
import { analyze, blocksFromText } from './index';

/** Analyse plain text (one paragraph per line) and return quote text → speaker. */
export function speakersOf(text: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const q of analyze(blocksFromText(text)).quotes) out[q.text] = q.speaker;
  return out;
}
