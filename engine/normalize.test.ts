import { describe, expect, it } from 'vitest';
import { cleanText, toOriginal, visibleSlice } from './normalize';

describe('cleanText', () => {
  it('drops soft hyphens and zero-width characters but keeps offsets into the original', () => {
    const original = 'Secretary of Defense Pete Heg\u00ADseth\u200B said there is\u00A0“no shortage”';
    const clean = cleanText(original);
    expect(clean.text).toBe('Secretary of Defense Pete Hegseth said there is “no shortage”');
    const at = clean.text.indexOf('Hegseth');
    const r = toOriginal(clean, at, at + 'Hegseth'.length);
    expect(original.slice(r.start, r.end)).toBe('Heg\u00ADseth');
    expect(visibleSlice(original, clean, at, at + 7)).toBe('Hegseth');
  });

  it('turns every run of spaces into one plain space', () => {
    expect(cleanText('a\u00A0b\u202Fc\td').text).toBe('a b c d');
    const original = 'press secretary\n                                Josh Earnest';
    const clean = cleanText(original);
    expect(clean.text).toBe('press secretary Josh Earnest');
    const at = clean.text.indexOf('Josh');
    expect(original.slice(toOriginal(clean, at, at + 4).start, toOriginal(clean, at, at + 4).end)).toBe('Josh');
  });

  it('handles the empty string', () => {
    const c = cleanText('');
    expect(c.text).toBe('');
    expect(toOriginal(c, 0, 0)).toEqual({ start: 0, end: 0 });
  });
});
