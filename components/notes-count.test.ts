import { describe, expect, it } from 'vitest';
import { listStatus } from './notes-count';

describe('the notes page’s count', () => {
  it('says it is loading until the notes came, never "0 of 0 notes"', () => {
    expect(listStatus(null, 0)).toBe('Loading notes…');
    expect(listStatus(0, 0)).toBe('No notes yet. Click a highlighted quote on a page to write one.');
  });

  it('counts in correct plurals', () => {
    expect(listStatus(1, 1)).toBe('1 of 1 note');
    expect(listStatus(1, 0)).toBe('0 of 1 note');
    expect(listStatus(2, 1)).toBe('1 of 2 notes');
  });
});
