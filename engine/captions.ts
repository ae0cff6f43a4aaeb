// Recognises photo/image credits ("BRENDAN SMIALOWSKI/AFP via Getty Images", "Photograph: X for Y",
// "CreditKirsten Luce for The New York Times") so that captions are kept apart and credited
// photographers are not taken for people.

const TAIL = 160; // credits sit at the end of a caption: only the tail is examined (bounded work)
const SLASH_CREDIT = /(?:^|[\s.(])((?:(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)\s){0,3}\p{Lu}[\p{L}'’-]*\s?\/\s?[\p{Lu}][\p{L}.&-]*(?:\s(?:via\s)?[\p{Lu}][\p{L}.&-]*){0,4})\)?\s*$/u;
const LABELLED_CREDIT = /(?:\b(?:Photograph|Photo|Photos|Picture|Image|Credit|Illustration|Video)s?\s?(?:by|:)|Credit(?=\p{Lu})|\((?:Photo|Image|Picture)s? by\b)/u;
const AGENCY_ONLY = /(?:^|[\s.(])((?:Getty Images|Reuters|AP Photo|AFP|EPA|Shutterstock|Alamy|PA)(?:\s?\/\s?[\p{L} ]+)?)\)?\s*$/u;

// Cheap tests for what each credit pattern needs: most blocks have none, and then the \p{…} patterns
// above, costly to compile on a page's first run, are never run.
const MAY_BE_LABELLED = /Photo|Picture|Image|Credit|Illustration|Video/;
const MAY_NAME_AGENCY = /Getty Images|Reuters|AP Photo|AFP|EPA|Shutterstock|Alamy|PA/;

/** Offset where an image credit starts in `text`, or -1. */
export function creditStart(text: string): number {
  const from = Math.max(0, text.length - TAIL);
  const tail = text.slice(from);
  const labelled = MAY_BE_LABELLED.test(tail) ? LABELLED_CREDIT.exec(tail) : null;
  if (labelled) return from + labelled.index;
  const m = (tail.includes('/') ? SLASH_CREDIT.exec(tail) : null) ?? (MAY_NAME_AGENCY.test(tail) ? AGENCY_ONLY.exec(tail) : null);
  return m ? from + m.index + m[0].indexOf(m[1]) : -1;
}
