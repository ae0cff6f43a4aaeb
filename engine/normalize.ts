// Text cleanup that never loses track of where a character came from.
// Invisible characters (soft hyphen, zero-width marks) are dropped and every kind of
// run of spaces becomes one plain space; `origin[i]` is the offset in the original text of
// clean character i (origin[clean.length] is the original length).

/**
 * U+2028: where the page lays text out on separate lines that markup alone would run together (the DOM
 * layer writes it between adjacent elements laid out apart). Kept by cleaning; it ends a name.
 */
export const LINE_SEPARATOR = '\u2028';

export interface CleanText {
  text: string;
  /** Null when nothing changed (clean offsets are original offsets). */
  origin: number[] | null;
}

const isInvisible = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
const isSpace = (c: number) =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;

const NEEDS_CLEANING = /[\u00AD\u200B-\u200D\u2060\uFEFF\u00A0\u2000-\u200A\u202F\u205F\u3000\t\r\n\f\v]| {2}/;

export function cleanText(original: string): CleanText {
  if (!NEEDS_CLEANING.test(original)) return { text: original, origin: null };
  const origin: number[] = new Array(original.length + 1);
  let out = '';
  let chunkStart = 0; // start of the pending run of unchanged characters
  let n = 0;
  let lastSpace = false;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const space = isSpace(c);
    if (isInvisible(c) || (space && (lastSpace || c !== 0x20))) {
      out += original.slice(chunkStart, i);
      chunkStart = i + 1;
      if (space && !lastSpace) { origin[n++] = i; out += ' '; lastSpace = true; }
      continue;
    }
    lastSpace = space;
    origin[n++] = i;
  }
  out += original.slice(chunkStart);
  origin[n] = original.length;
  origin.length = n + 1;
  return { text: out, origin };
}

/** Maps a clean [start, end) range back to the original text. */
export function toOriginal(clean: CleanText, start: number, end: number): { start: number; end: number } {
  const o = clean.origin;
  if (!o) return { start, end };
  if (end <= start) return { start: o[start], end: o[start] };
  return { start: o[start], end: o[end - 1] + 1 };
}

/** The original text of a clean range, without its invisible characters. */
export function visibleSlice(original: string, clean: CleanText, start: number, end: number): string {
  const r = toOriginal(clean, start, end);
  return original.slice(r.start, r.end).replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
}
