import { describe, expect, it } from 'vitest';
import { codePointOffset, describeQuote, placeNotes, type QuoteSpot } from './anchoring';

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

/** A text with quotes in “…”, each followed by "said NAME" or by nothing (unattributed); blocks apart by a blank line. */
function page(text: string): { text: string; quotes: QuoteSpot[] } {
  const quotes: QuoteSpot[] = [];
  for (const m of text.matchAll(/“([^”]+)”(?:,? said (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?))?/gu)) {
    const start = m.index + 1;
    quotes.push({ start, end: start + m[1].length, speaker: m[2] ?? null });
  }
  return { text, quotes };
}

/** The note a reader took on the quote that is the `n`th in `before`. */
function noteOn(before: ReturnType<typeof page>, n: number) {
  const q = before.quotes[n];
  return { selector: describeQuote(before.text, q.start, q.end), speaker: q.speaker };
}

/** Where each note lands on `after`, as the quote's own words (null: detached). */
function placed(after: ReturnType<typeof page>, notes: ReturnType<typeof noteOn>[]): (string | null)[] {
  return placeNotes(after.text, after.quotes, notes).map((i) => (i === null ? null : after.text.slice(after.quotes[i].start, after.quotes[i].end)));
}

const BEFORE = page(
  'The council met on Tuesday.\n\n' +
    'Asked about housing, “we will build ten thousand homes by 2030,” said Ana Reyes after the meeting.\n\n' +
    'Her deputy was more careful. “We will build ten thousand homes by 2035,” said Tom Berger.\n\n' +
    'Critics were unconvinced. “This plan has no funding,” said Mia Lindqvist.',
);

describe('placeNotes', () => {
  it('finds unchanged quotes where they were', () => {
    expect(placed(BEFORE, [0, 1, 2].map((n) => noteOn(BEFORE, n)))).toEqual([
      'we will build ten thousand homes by 2030,',
      'We will build ten thousand homes by 2035,',
      'This plan has no funding,',
    ]);
  });

  it('follows quotes past an inserted paragraph, a removed one and a new order (stale position hints)', () => {
    const notes = [0, 1, 2].map((n) => noteOn(BEFORE, n));
    const inserted = page('UPDATE: “We have more figures,” said Ola Hansen.\n\n' + BEFORE.text);
    expect(placed(inserted, notes)).toEqual(placed(BEFORE, notes));
    const [title, reyes, berger, lindqvist] = BEFORE.text.split('\n\n');
    expect(placed(page([title, lindqvist, reyes, berger].join('\n\n')), notes)).toEqual(placed(BEFORE, notes));
    expect(placed(page([reyes, berger, lindqvist].join('\n\n')), notes)).toEqual(placed(BEFORE, notes));
  });

  it('follows a quote whose words were edited a little, and one whose sentence changed a word', () => {
    const notes = [noteOn(BEFORE, 0), noteOn(BEFORE, 2)];
    const edited = page(BEFORE.text.replace('ten thousand homes by 2030', '10,000 homes by 2030').replace('Critics were', 'Critics remained'));
    expect(placed(edited, notes)).toEqual(['we will build 10,000 homes by 2030,', 'This plan has no funding,']);
  });

  it('never moves a note to a near-identical quote by another speaker: it is detached instead', () => {
    const gone = page(BEFORE.text.replace(/Asked about housing, .*after the meeting\./, 'Ana Reyes left before the vote.'));
    expect(placed(gone, [noteOn(BEFORE, 0), noteOn(BEFORE, 1)])).toEqual([null, 'We will build ten thousand homes by 2035,']);
  });

  it('never moves a note to the same words by the same speaker in another sentence', () => {
    const before = page('On Monday Reyes said: “the economy is strong,” said Ana Reyes.\n\nOn Friday, facing new figures, she repeated “the economy is strong,” said Ana Reyes.');
    const [first, second] = [noteOn(before, 0), noteOn(before, 1)];
    expect(placed(before, [second, first])).toEqual(['the economy is strong,', 'the economy is strong,']);
    expect(placeNotes(before.text, before.quotes, [second, first])).toEqual([1, 0]);
    // Either occurrence removed: its note is detached, the other keeps its own.
    const [monday, friday] = before.text.split('\n\n');
    expect(placeNotes(friday, page(friday).quotes, [first, second])).toEqual([null, 0]);
    expect(placeNotes(monday, page(monday).quotes, [first, second])).toEqual([0, null]);
  });

  it('keeps identical passages apart by position when nothing else tells them apart', () => {
    const text = Array.from({ length: 6 }, () => '“Yes, we will,” said Ana Reyes.').join('\n\n');
    const p = page(text);
    expect(placeNotes(p.text, p.quotes, [noteOn(p, 4), noteOn(p, 1)])).toEqual([4, 1]);
  });

  it('gives one quote at most one note', () => {
    const note = noteOn(BEFORE, 2);
    expect(placeNotes(BEFORE.text, BEFORE.quotes, [note, { ...note }])).toEqual([2, null]);
  });

  it('accepts "Reyes" for "Ana Reyes", and a lost attribution only when quote and sentence are unchanged', () => {
    const note = noteOn(BEFORE, 0);
    const surname = page(BEFORE.text.replace('said Ana Reyes', 'said Reyes'));
    expect(placed(surname, [note])).toEqual(['we will build ten thousand homes by 2030,']);
    const unattributed = { ...BEFORE, quotes: BEFORE.quotes.map((q) => ({ ...q, speaker: null })) };
    expect(placed(unattributed, [note])).toEqual(['we will build ten thousand homes by 2030,']);
    const reworded = page(BEFORE.text.replace('said Ana Reyes after', 'she added after'));
    expect(placed({ ...reworded, quotes: reworded.quotes.map((q) => ({ ...q, speaker: null })) }, [note])).toEqual([null]);
  });

  it('detaches notes whose quote is gone or was rewritten into another', () => {
    const note = noteOn(BEFORE, 0);
    expect(placed(page('Completely different: “football results,” said Ana Reyes.'), [note])).toEqual([null]);
    expect(placed(page(''), [note])).toEqual([null]);
    const rewritten = page(BEFORE.text.replace('we will build ten thousand homes by 2030', 'we will review the plan next year'));
    expect(placed(rewritten, [note])).toEqual([null]);
    const elsewhere = page('Visiting the depot on Friday, “we will build ten thousand homes by 2031,” said Ana Reyes to the staff.');
    expect(placed(elsewhere, [note])).toEqual([null]);
  });
});
