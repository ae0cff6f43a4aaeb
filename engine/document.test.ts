import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksBack, MAX_SKIPPED_BLOCKS, prepareSteps } from './document';
import { finish } from './steps';
import type { Block } from './types';
import { countingReads } from './testing';

const infos = (blocks: Block[]) => finish(prepareSteps(blocks));
const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const caption = (text: string): Block => ({ kind: 'caption', text });

describe('blocksBack', () => {
  it('visits the block, then earlier paragraphs nearest first, stepping over captions', () => {
    const blocks = infos([
      paragraph('The ferry service resumed on Monday.'),
      paragraph('Tom Berger waited on the pier.'),
      caption('Passengers board the first ferry. Jane Doe/Harbour Times'),
      paragraph('“It was worth the wait,” he said.'),
    ]);
    expect([...blocksBack(blocks, 3, 1)].map((b) => b.index)).toEqual([3, 1]);
    expect([...blocksBack(blocks, 3, 6)].map((b) => b.index)).toEqual([3, 1, 0]);
  });

  it('reads a bounded number of blocks however long the photo gallery before it', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 8 }), (captions, count) => {
      const gallery = Array.from({ length: captions }, (_, i) => caption(`A crowd gathers at the harbour, photo ${i}.`));
      const all = infos([paragraph('Tom Berger spoke first.'), ...gallery, paragraph('“We waited,” he said.')]);
      const walk = countingReads(all);
      const visited = [...blocksBack(walk.items, all.length - 1, count)];
      // each block read at most twice, whatever the length of the gallery
      expect(walk.reads()).toBeLessThanOrEqual(2 * (1 + MAX_SKIPPED_BLOCKS + 1 + count));
      // the paragraph before the gallery is reached only when the gallery is short enough
      expect(visited.some((b) => b.index === 0)).toBe(count > 0 && captions <= MAX_SKIPPED_BLOCKS);
    }), { numRuns: 40 });
  });
});
