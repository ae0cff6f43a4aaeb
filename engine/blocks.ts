// Plain text → blocks: one block per non-empty line; lines ending in an image credit are captions.
import { creditStart } from './captions';
import type { Block } from './types';

export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  if (typeof text !== 'string') return blocks;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).replace(/^[\s\u00A0]+|[\s\u00A0]+$/g, '');
    if (line) blocks.push({ kind: creditStart(line) >= 0 ? 'caption' : 'paragraph', text: line });
    from = to + 1;
  }
  return blocks;
}
