import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks, rangeFor } from '@/dom';
import { analyze } from '@/engine';
import { describeQuote } from '@/storage/anchoring';
import type { Note } from '@/storage/types';
import { toWebAnnotationCollection } from '@/storage/web-annotation';
import { joinBlocks, toGlobal } from '@/utils/article-text';
import { documentQuote } from './document-quote';

const html = readFileSync(new URL('../../demo/sample-article.html', import.meta.url), 'utf8');
const codePoints = (s: string) => [...s];

/** linkedom has no Range to speak of: one that only records its ends, as documentQuote reads them. */
function withRecordingRanges(document: Document): Document {
  document.createRange = () => {
    const ends = { setStart(node: Node, offset: number) { Object.assign(ends, { startContainer: node, startOffset: offset }); }, setEnd(node: Node, offset: number) { Object.assign(ends, { endContainer: node, endOffset: offset }); } };
    return ends as unknown as Range;
  };
  return document;
}

/** Notes on every quote of the sample article, as the content script takes them. */
function notesOnSampleArticle(): Note[] {
  const document = withRecordingRanges(parseHTML(html).document);
  const blocks = extractBlocks(document);
  const article = joinBlocks(blocks);
  return analyze(blocks).quotes.map((quote, i) => {
    const range = rangeFor(blocks[quote.block], quote.start, quote.end, document)!;
    const { start, end } = toGlobal(article, quote);
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      pageUrl: 'https://news.example/sample',
      selector: { ...describeQuote(article.text, start, end), document: documentQuote(document, range) },
      speaker: quote.speaker,
      speakerKind: quote.speakerKind,
      role: quote.role,
      body: '',
      tags: [],
      createdAt: 0,
      updatedAt: 0,
    };
  });
}

describe('document-level selectors', () => {
  const notes = notesOnSampleArticle();

  it('anchor every exported annotation in a fresh copy of the page by its selectors alone', () => {
    expect(notes.length).toBeGreaterThan(3);
    const items = toWebAnnotationCollection({ notes, pages: [] }).first.items;
    // A fresh page, as another tool sees it: the body's text, counted in code points.
    const text = codePoints(parseHTML(html).document.body.textContent!);
    for (const item of items) {
      const [quote, position] = item.target.selector as [
        { exact: string; prefix: string; suffix: string },
        { type: string; start: number; end: number },
      ];
      expect(position.type).toBe('TextPositionSelector');
      expect(text.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(text.slice(position.start - codePoints(quote.prefix).length, position.start).join('')).toBe(quote.prefix);
      expect(text.slice(position.end, position.end + codePoints(quote.suffix).length).join('')).toBe(quote.suffix);
    }
  });

  it('count in the document, not in the extracted article text', () => {
    const offsets = notes.map((n) => n.selector.document!.start - n.selector.codePointStart);
    // The page's title, navigation and markup whitespace come before the article's first words.
    expect(Math.min(...offsets)).toBeGreaterThan(20);
  });

  it('are left out for a range outside the body', () => {
    const { document } = parseHTML('<html><head><title>Only a title</title></head><body><p>x</p></body></html>');
    const title = document.querySelector('title')!.firstChild!;
    expect(documentQuote(document, { startContainer: title, startOffset: 0, endContainer: title, endOffset: 4 })).toBeUndefined();
  });
});
