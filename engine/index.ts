// Minimal first version of the engine: quotes with a basic "X said" attribution.
import type { Analysis, Block, Quote } from './types';

export type * from './types';

const CAPTION_CREDIT = /[A-Za-z .'-]+\/(?:[A-Z][\w.]*(?: via [\w ]+)?|Getty Images|Reuters|AP|AFP)\s*$/;

export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) continue;
    blocks.push({ kind: CAPTION_CREDIT.test(t) ? 'caption' : 'paragraph', text: t });
  }
  return blocks;
}

const SAID_AFTER = /^[,\s]*((?:[A-Z][\w’'-]+\s?){1,3})\s+(?:said|says|told)\b/;

export function analyze(blocks: Block[]): Analysis {
  const quotes: Quote[] = [];
  blocks.forEach((b, block) => {
    const re = /“([^”]{1,2000})”/g;
    for (let m = re.exec(b.text); m; m = re.exec(b.text)) {
      const start = m.index + 1;
      const end = start + m[1].length;
      const after = SAID_AFTER.exec(b.text.slice(end + 1, end + 80));
      quotes.push({ block, start, end, text: m[1], speaker: after ? after[1].trim() : null,
        speakerKind: after ? 'person' : 'unknown', role: null, cue: after ? 'said-after' : 'none' });
    }
  });
  return { quotes, people: [] };
}
