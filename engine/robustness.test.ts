import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, blocksFromText } from './index';
import type { Analysis, Block } from './types';

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Every offset lies inside its block and every quote's text is its span minus invisible characters. */
function expectConsistent(blocks: Block[], a: Analysis) {
  for (const q of a.quotes) {
    const text = blocks[q.block].text;
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.start).toBeLessThanOrEqual(q.end);
    expect(text.slice(q.start, q.end).replace(INVISIBLE, '')).toBe(q.text);
  }
  for (const p of a.people) for (const m of p.mentions) expect(m.end).toBeLessThanOrEqual(blocks[m.block].text.length);
}

const newsy = fc.constantFrom('“', '”', '"', "'", '‘', '’', '«', '»', '„', ' ', '\u00A0', '\u00AD', '\u200B', '\n', '.', ',', ':', 'said', 'Hegseth', 'Pete', 'Secretary of Defense', 'he', 'the president', 'Mr.', 'told', 'a', 'quote', 'according to');
const newsyText = fc.array(newsy, { maxLength: 200 }).map((parts) => parts.join(' '));

describe('robustness', () => {
  it('never throws and keeps offsets consistent on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const blocks = blocksFromText(text);
      expectConsistent(blocks, analyze(blocks));
    }), { numRuns: 200 });
  }, 30_000);

  it('keeps offsets consistent on news-like token soup', () => {
    fc.assert(fc.property(fc.array(newsyText, { maxLength: 6 }), (paragraphs) => {
      const blocks: Block[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
      expectConsistent(blocks, analyze(blocks));
    }), { numRuns: 300 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(newsyText, (text) => {
      const blocks = blocksFromText(text);
      expect(analyze(blocks)).toEqual(analyze(blocks));
    }), { numRuns: 100 });
  });

  it('handles empty and malformed input', () => {
    expect(analyze([])).toEqual({ quotes: [], people: [] });
    expect(blocksFromText('')).toEqual([]);
    expect(analyze([{ kind: 'paragraph', text: '' }])).toEqual({ quotes: [], people: [] });
    expect(() => analyze([{ kind: 'paragraph', text: undefined as unknown as string }])).not.toThrow();
    expect(() => analyze(null as unknown as Block[])).not.toThrow();
  });

  it('survives 10,000 unmatched quotation marks, a 1 MB paragraph and 5 MB of text', () => {
    for (const mark of ['“', '"', '‘', "'", '”', '’']) {
      const blocks = [{ kind: 'paragraph' as const, text: `${mark}word `.repeat(10_000) }];
      expectConsistent(blocks, analyze(blocks));
    }
    const sentence = 'Hegseth said “no shortage of American will” to reporters. ';
    const big = [{ kind: 'paragraph' as const, text: sentence.repeat(Math.ceil(1_000_000 / sentence.length)) }];
    expectConsistent(big, analyze(big));
    const paragraph = '“We are waiting for them,” Iranian Foreign Minister Abbas Araghchi told NBC News, and he said so twice. '.repeat(20);
    const article = blocksFromText(`${paragraph}\n\n`.repeat(Math.ceil(5_000_000 / paragraph.length)));
    expect(analyze(article).quotes.length).toBe(article.length * 20);
  }, 60_000);

  it('stays linear on an article of many photo captions (look-backs stop after a bounded walk)', () => {
    // each caption quotes "he" (a pronoun look-back) and opens with a quote (a colon lead-in look-back)
    const gallery: Block[] = Array.from({ length: 40_000 }, (_, i) => ({ kind: 'caption', text: `“We waited a long time,” he said at pier ${i}.` }));
    const blocks: Block[] = [{ kind: 'paragraph', text: 'Tom Berger told the Harbour Times:' }, ...gallery, { kind: 'paragraph', text: '“It was worth it,” he said.' }];
    const a = analyze(blocks);
    expect(a.quotes.length).toBe(gallery.length + 1);
    expect(a.quotes[0].speaker).toBe('Tom Berger');
    expect(a.quotes[a.quotes.length - 1].speaker).toBeNull();
  }, 60_000); // the walks' bound itself is counted, not timed, in document.test.ts
});
