import { describe, expect, it } from 'vitest';
import { creditStart } from './captions';

describe('creditStart', () => {
  it('finds agency credits with a slash', () => {
    const t = 'President Donald Trump has reportedly expressed interest in sending U.S. troops into Iran. BRENDAN SMIALOWSKI/AFP via Getty Images';
    expect(t.slice(creditStart(t))).toBe('BRENDAN SMIALOWSKI/AFP via Getty Images');
    const u = 'Pete Hegseth took shots at the press. Elizabeth Frantz/Reuters';
    expect(u.slice(creditStart(u))).toBe('Elizabeth Frantz/Reuters');
  });

  it('finds labelled credits', () => {
    const t = 'Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian';
    expect(t.slice(creditStart(t))).toBe('Photograph: Adrian Malloch for the Guardian');
    const u = 'A water main break in Manhattan.CreditChang W. Lee/The New York Times';
    expect(u.slice(creditStart(u))).toBe('CreditChang W. Lee/The New York Times');
  });

  it('finds a bare agency credit and a parenthesised one', () => {
    const t = 'Ferry passengers wait on the new pier in Kaitaia. Getty Images';
    expect(t.slice(creditStart(t))).toBe('Getty Images');
    const u = 'Harbour Master Tom Berger on the pier (Photo by Ana Ruiz)';
    expect(u.slice(creditStart(u))).toBe('(Photo by Ana Ruiz)');
  });

  it('leaves ordinary sentences alone', () => {
    expect(creditStart('Either possibility would go against Trump’s repeated promises to keep the United States out of any new foreign wars.')).toBe(-1);
    expect(creditStart('The ratio is 3/4 of the total.')).toBe(-1);
  });
});

describe('credits named by their shape, not by agency', () => {
  it('finds a caption that ends in a few capitalised words, or is only those', () => {
    const t = 'Fans wait outside the stadium in Porto. Ventura Picture Desk';
    expect(t.slice(creditStart(t))).toBe('Ventura Picture Desk');
    expect(creditStart('Harbour Photo Agency', true)).toBe(0);
    expect(creditStart('Harbour Photo Agency')).toBe(-1);
    const u = 'Natalie Naccache | Bloomberg | Getty Images';
    expect(u.slice(creditStart(u))).toBe(u);
  });

  it('finds "Image copyright" credits', () => {
    const t = 'Image copyright Harbour Photo Agency';
    expect(t.slice(creditStart(t))).toBe(t);
  });

  it('leaves a long paragraph that ends in a name alone', () => {
    const t = `${'The ferry service resumed on Monday after a week of storms, the council said. '.repeat(4)}Tom Berger`;
    expect(creditStart(t)).toBe(-1);
  });
});
