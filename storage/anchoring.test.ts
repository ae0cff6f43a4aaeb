import { describe, expect, it } from 'vitest';
import { anchorQuote, codePointOffset, describeQuote } from './anchoring';

const ARTICLE =
  'The council met on Tuesday to discuss the new housing plan. ' +
  'Speaking after the meeting, the mayor said "we will build ten thousand homes by 2030" and ' +
  'promised that rents would fall. Critics were unconvinced. "This plan has no funding," said ' +
  'an opposition councillor, who asked not to be named.';

function select(text: string, quote: string) {
  const start = text.indexOf(quote);
  return describeQuote(text, start, start + quote.length);
}

describe('describeQuote', () => {
  it('records the quote, 32 characters of context each side and the position', () => {
    const s = select(ARTICLE, 'we will build ten thousand homes by 2030');
    expect(s.exact).toBe('we will build ten thousand homes by 2030');
    expect(s.prefix).toBe('after the meeting, the mayor said "'.slice(-32));
    expect(s.suffix).toBe('" and promised that rents would ');
    expect(s.prefix).toHaveLength(32);
    expect(ARTICLE.slice(s.start, s.end)).toBe(s.exact);
  });

  it('counts W3C positions in code points, not UTF-16 units', () => {
    const text = '😀😀 said "hi 😀 there" today';
    const s = select(text, 'hi 😀 there');
    expect(s.start).toBe(11);
    expect(s.codePointStart).toBe(9);
    expect(s.codePointEnd - s.codePointStart).toBe([...'hi 😀 there'].length);
    expect(codePointOffset(text, text.length)).toBe([...text].length);
  });

  it('never starts the context with half a surrogate pair', () => {
    const text = '😀'.repeat(20) + 'xquote';
    const s = describeQuote(text, 41, 46);
    expect(s.prefix).toBe('😀'.repeat(15) + 'x');
  });

  it('rejects an empty or out-of-range selection', () => {
    expect(() => describeQuote('abc', 2, 2)).toThrow(RangeError);
    expect(() => describeQuote('abc', 1, 9)).toThrow(RangeError);
  });
});

describe('anchorQuote', () => {
  it('finds an unchanged quote exactly', () => {
    const s = select(ARTICLE, 'This plan has no funding,');
    expect(anchorQuote(ARTICLE, s)).toEqual({ start: s.start, end: s.end, exact: true });
  });

  it('follows text that moved (stale position hint)', () => {
    const s = select(ARTICLE, 'we will build ten thousand homes by 2030');
    const moved = 'UPDATE: this story has been revised with reaction from residents and business groups.\n' + ARTICLE;
    const anchor = anchorQuote(moved, s);
    expect(anchor?.exact).toBe(true);
    expect(moved.slice(anchor!.start, anchor!.end)).toBe(s.exact);
    expect(anchor!.start).not.toBe(s.start);
  });

  it('re-attaches an edited quote (a few characters changed) as a non-exact match', () => {
    const s = select(ARTICLE, 'we will build ten thousand homes by 2030');
    const edited = ARTICLE.replace('ten thousand homes by 2030', '10,000 homes by 2030');
    const anchor = anchorQuote(edited, s);
    expect(anchor).not.toBeNull();
    expect(anchor!.exact).toBe(false);
    expect(edited.slice(anchor!.start, anchor!.end)).toMatch(/build 10,000 homes by 2030/);
  });

  it('tolerates typo fixes inside the quote', () => {
    const s = select(ARTICLE, 'we will build ten thousand homes by 2030');
    const fixed = ARTICLE.replace('ten thousand homes', 'ten thosand homes');
    const anchor = anchorQuote(fixed, s);
    expect(anchor && fixed.slice(anchor.start, anchor.end)).toBe('we will build ten thosand homes by 2030');
  });

  it('picks the right one of two identical quotes by their context', () => {
    const text =
      'On Monday the minister said "the economy is strong" to reporters in London. ' +
      'On Friday, facing new figures, the opposition leader mocked the line "the economy is strong" in Parliament.';
    const second = text.lastIndexOf('the economy is strong');
    const s = describeQuote(text, second, second + 'the economy is strong'.length);
    // Even with a hint pointing at the first occurrence, context decides.
    const anchor = anchorQuote(text, { ...s, start: text.indexOf('the economy is strong') });
    expect(anchor).toEqual({ start: second, end: s.end, exact: true });
    // And the first one's selector still finds the first.
    const first = select(text, 'the economy is strong');
    expect(anchorQuote(text, first)?.start).toBe(first.start);
  });

  it('prefers the occurrence nearest the hint when contexts are equal', () => {
    const text = 'yes. '.repeat(40);
    const s = describeQuote(text, 100, 104);
    expect(anchorQuote(text, s)?.start).toBe(100);
  });

  it('detaches (null) when the quote is gone', () => {
    const s = select(ARTICLE, 'we will build ten thousand homes by 2030');
    const gone = ARTICLE.replace(/the mayor said "[^"]*" and promised/, 'the mayor promised');
    expect(anchorQuote(gone, s)).toBeNull();
    expect(anchorQuote('Completely different article about football results and transfers.', s)).toBeNull();
    expect(anchorQuote('', s)).toBeNull();
  });

  it('does not latch onto a merely similar passage elsewhere', () => {
    const s = select(ARTICLE, 'we will build ten thousand homes by 2030');
    const rewritten =
      'The transport chief, visiting the depot on Friday, said "we will sell ten old buses by 2031" to staff.';
    expect(anchorQuote(rewritten, s)).toBeNull();
  });
});
