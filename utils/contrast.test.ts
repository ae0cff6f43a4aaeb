import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, isDark, luminance, parseRgb } from './contrast';

const rgb = (r: number, g: number, b: number, a = 1) => ({ r, g, b, a });

describe('contrast', () => {
  it('parses the colours getComputedStyle gives, and nothing else', () => {
    expect(parseRgb('rgb(34, 34, 34)')).toEqual(rgb(34, 34, 34));
    expect(parseRgb('rgba(255, 214, 10, 0.38)')).toEqual(rgb(255, 214, 10, 0.38));
    expect(parseRgb('rgb(10 20 30 / 50%)')).toEqual(rgb(10, 20, 30, 0.5));
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual(rgb(0, 0, 0, 0));
    expect(parseRgb('oklch(0.5 0.1 200)')).toBeNull();
  });

  it('gives the WCAG figures: 21:1 for black on white, 4.54:1 for #767676 on white', () => {
    expect(luminance(rgb(255, 255, 255))).toBe(1);
    expect(luminance(rgb(0, 0, 0))).toBe(0);
    expect(contrastRatio(rgb(0, 0, 0), rgb(255, 255, 255))).toBeCloseTo(21, 5);
    expect(contrastRatio(rgb(255, 255, 255), rgb(118, 118, 118))).toBeCloseTo(4.54, 2);
  });

  it('paints a translucent colour over what is below it', () => {
    expect(composite(rgb(0, 0, 0, 0.5), rgb(255, 255, 255))).toEqual(rgb(127.5, 127.5, 127.5));
    expect(composite(rgb(10, 20, 30, 1), rgb(255, 255, 255))).toEqual(rgb(10, 20, 30));
  });

  it('calls a background dark when white text reads better on it than black', () => {
    expect(isDark(rgb(18, 18, 18))).toBe(true);
    expect(isDark(rgb(90, 90, 90))).toBe(true);
    expect(isDark(rgb(140, 140, 140))).toBe(false);
    expect(isDark(rgb(255, 253, 246))).toBe(false);
  });
});
