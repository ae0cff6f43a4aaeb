// Recognises photo/image credits ("BRENDAN SMIALOWSKI/AFP via Getty Images", "Photograph: X for Y",
// "CreditKirsten Luce for The New York Times") so that captions are kept apart and credited
// photographers are not taken for people.

const TAIL = 160; // credits sit at the end of a caption: only the tail is examined (bounded work)
const SLASH_CREDIT = /(?:^|[\s.(])((?:(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)\s){0,3}\p{Lu}[\p{L}'’-]*\s?\/\s?[\p{Lu}][\p{L}.&-]*(?:\s(?:via\s)?[\p{Lu}][\p{L}.&-]*){0,4})\)?\s*$/u;
const LABELLED_CREDIT = /(?:\b(?:Photograph|Photo|Photos|Picture|Image|Credit|Illustration|Video)s?\s?(?:by|:|copyright\b|©)|Credit(?=\p{Lu})|\((?:Photo|Image|Picture)s? by\b)/u;
// "… on the new pier in Kaitaia. Getty Images": a caption that ends in a few capitalised words after its last sentence
// ("Natalie Naccache | Bloomberg | Getty Images"; in a caption, "Getty Images" alone)
const BARE_CREDIT = /[.!?]\s+((?:\p{Lu}[\p{L}&.'’-]*\s?){1,4})$/u;
const PIPED_CREDIT = /^((?:\p{Lu}[\p{L}&.'’-]*\s?){1,4}(?:\|\s?(?:\p{Lu}[\p{L}&.'’-]*\s?){1,4})+)$/u;
const WHOLE_CREDIT = /^((?:\p{Lu}[\p{L}&.'’-]*\s?){1,4})$/u;
/** Longest block in which a bare trailing credit is looked for: captions are short. */
const MAX_BARE_CREDIT_BLOCK = 300;

// Cheap tests for what each credit pattern needs: most blocks have none, and then the \p{…} patterns
// above, costly to compile on a page's first run, are never run.
const MAY_BE_LABELLED = /Photo|Picture|Image|Credit|Illustration|Video/;
const MAY_END_IN_CREDIT = /[.!?]\s+[A-Z][^.!?]*$/;

/** Offset where an image credit starts in `text` (a caption's when `caption`), or -1. */
export function creditStart(text: string, caption = false): number {
  const from = Math.max(0, text.length - TAIL);
  const tail = text.slice(from);
  const labelled = MAY_BE_LABELLED.test(tail) ? LABELLED_CREDIT.exec(tail) : null;
  if (labelled) return from + labelled.index;
  const bare = text.length <= MAX_BARE_CREDIT_BLOCK && MAY_END_IN_CREDIT.test(tail);
  const short = text.trim();
  const whole = short.length <= MAX_BARE_CREDIT_BLOCK ? ((short.includes('|') ? PIPED_CREDIT.exec(short) : null) ?? (caption ? WHOLE_CREDIT.exec(short) : null)) : null;
  if (whole) return text.indexOf(short);
  const m = (tail.includes('/') ? SLASH_CREDIT.exec(tail) : null) ?? (bare ? BARE_CREDIT.exec(tail.trimEnd()) : null);
  return m ? from + m.index + m[0].indexOf(m[1]) : -1;
}
