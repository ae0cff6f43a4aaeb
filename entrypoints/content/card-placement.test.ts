import { describe, expect, test } from 'vitest';
import { CARD_WIDTH, placeCard } from './card-placement';

const WINDOW = { width: 1200, height: 900 };
const line = (top: number) => ({ top, bottom: top + 20, left: 100 });

describe('placeCard', () => {
  test('below the quote when the card fits there', () => {
    expect(placeCard(line(100), 140, 300, WINDOW)).toEqual({ top: 130, left: 100, width: CARD_WIDTH, height: 300 });
  });

  test('flips above the quote near the bottom of the window', () => {
    const p = placeCard(line(700), 140, 300, WINDOW);
    expect(p.top + p.height).toBe(690);
    expect(p.height).toBe(300);
  });

  test('moves with the quote, even past the edge of the window', () => {
    const before = placeCard(line(100), 140, 300, WINDOW);
    const after = placeCard(line(-150), 140, 300, WINDOW);
    expect(after.top).toBe(before.top - 250);
  });

  test('on the roomier side at its height when it fits on neither: it scrolls inside', () => {
    const p = placeCard(line(150), 140, 500, { width: 1200, height: 500 });
    expect(p).toMatchObject({ top: 180, height: 500 - 170 - 10 - 8 });
  });

  test('inside a window too short for either side, over the quote', () => {
    const p = placeCard(line(110), 140, 300, { width: 1200, height: 240 });
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + p.height).toBeLessThanOrEqual(232);
    expect(p.height).toBe(224);
  });

  test('stays inside a narrow window', () => {
    const p = placeCard(line(100), 300, 200, { width: 320, height: 600 });
    expect(p.left).toBe(8);
    expect(p.width).toBe(304);
  });
});
