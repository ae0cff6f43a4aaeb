import { describe, expect, it } from 'vitest';
import { scanQuotes } from './quoteMarks';

const inner = (text: string) => scanQuotes(text).map((q) => text.slice(q.start, q.end));

describe('scanQuotes', () => {
  it('reads curly, straight, guillemet and low-9 marks', () => {
    expect(inner('“We are waiting for them,” Iranian Foreign Minister Abbas Araghchi told NBC News.')).toEqual(['We are waiting for them,']);
    expect(inner('"It resonates because it\'s scary," says Stephen Calderwood.')).toEqual(["It resonates because it's scary,"]);
    expect(inner('Il a dit « nous sommes prêts » hier.')).toEqual([' nous sommes prêts ']);
    expect(inner('Er sagte „wir sind bereit“ gestern.')).toEqual(['wir sind bereit']);
    expect(inner('She said ‹ maybe › once.')).toEqual([' maybe ']);
  });

  it('closes a curly opening mark with a straight one', () => {
    expect(inner('killed in “Operation Epic Fury" were released.')).toEqual(['Operation Epic Fury']);
  });

  it('tells apostrophes, elisions and inch marks from quotation marks', () => {
    expect(inner("I don't think the students' union liked rock 'n' roll in the '90s.")).toEqual([]);
    expect(inner('He is 6\'2" tall and said "hello" to us.')).toEqual(['hello']);
    expect(inner('a 12" pizza')).toEqual([]);
  });

  it('takes top-level single quotes but ignores single quotes nested in double ones', () => {
    expect(inner('more open to putting U.S. ‘boots on the ground’ than he has publicly acknowledged.')).toEqual(['boots on the ground']);
    expect(inner('“I say ‘probably don’t need them,’ [or] ‘if they were necessary.’”')).toEqual(['I say ‘probably don’t need them,’ [or] ‘if they were necessary.’']);
    expect(inner('“I’m not,” Mr. Dejesus said. “It’s ‘Showtime at the Apollo.’”')).toEqual(['I’m not,', 'It’s ‘Showtime at the Apollo.’']);
  });

  it('runs an unclosed quote to the end of its paragraph (multi-paragraph quotes)', () => {
    const spans = scanQuotes('“As Eloise deteriorated, the staff in A&E did all they could.  ');
    expect(spans).toHaveLength(1);
    expect(spans[0].closed).toBe(false);
  });

  it('restarts at a second opening mark when the first one is never closed', () => {
    expect(inner('He said “stray and then “the real quote,” he said.')).toEqual(['the real quote,']);
  });

  it('ignores stray closing marks', () => {
    expect(inner('nothing here” at all')).toEqual([]);
  });
});

describe('marks printed the typewriter way', () => {
  it('reads two single marks as a double one', () => {
    expect(inner("“It was an attempt to mislead voters,’’ Will Moy told the BBC.")).toEqual(['It was an attempt to mislead voters,']);
    expect(inner("He called it ''a farce'' and left.")).toEqual(['a farce']);
  });

  it('reads a closing mark before a word as an opening one', () => {
    expect(inner('the odds were ”dwindling.” He left.')).toEqual(['dwindling.']);
  });

  it('keeps apostrophes and closing marks after words as they were', () => {
    expect(inner('“The players’ union agreed,” she said.')).toEqual(['The players’ union agreed,']);
  });
});
