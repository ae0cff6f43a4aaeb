// Turns one page file (HTML or plain text) into engine blocks and a prediction for score.mjs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractBlocks } from '../dom/index';
import { analyze, blocksFromText } from '../engine/index';
import type { Analysis, Block } from '../engine/types';

export interface Prediction {
  file: string;
  quotes: { text: string; speaker: string | null; cue: string }[];
  people: { name: string; role: string | null; official: boolean }[];
}

export const isTextFile = (file: string) => /\.txt$/i.test(file);

/** Article blocks of a page's source: plain text split by the engine, HTML through the DOM layer. */
export function blocksFromSource(file: string, source: string): Block[] {
  if (isTextFile(file)) return blocksFromText(source);
  const { document } = parseHTML(source);
  return extractBlocks(document).map(({ kind, text }) => ({ kind, text }));
}

export function toPrediction(file: string, analysis: Analysis): Prediction {
  return {
    file: path.basename(file),
    quotes: analysis.quotes.map(({ text, speaker, cue }) => ({ text, speaker, cue })),
    people: analysis.people.map(({ name, role, official }) => ({ name, role, official })),
  };
}

/** The engine's whole output for one page file. */
export async function analyzeFile(file: string): Promise<Analysis> {
  return analyze(blocksFromSource(file, await readFile(file, 'utf8')));
}

export async function annotateFile(file: string): Promise<Prediction> {
  return toPrediction(file, await analyzeFile(file));
}
