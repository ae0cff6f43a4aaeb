// A quote as other annotation tools find it: W3C selectors on the whole document's text, that is
// document.body's text nodes in document order (its textContent), which is what the Hypothesis
// client counts in. The extracted article text skips navigation, captions and the like, so its
// positions are tens of characters off in the document.
import { describeQuote } from '@/storage/anchoring';
import type { DocumentQuote } from '@/storage/types';

const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT, spelled out so this runs under linkedom too

type Ends = Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

/** The selectors of `range` (whose ends are in text nodes) on `doc`'s body text, or undefined when it is not in the body. */
export function documentQuote(doc: Document, range: Ends): DocumentQuote | undefined {
  const body = doc.body;
  if (!body) return undefined;
  let text = '';
  let start = -1;
  let end = -1;
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === range.startContainer) start = text.length + range.startOffset;
    if (node === range.endContainer) end = text.length + range.endOffset;
    text += (node as Text).data;
  }
  if (start < 0 || end <= start) return undefined;
  const { exact, prefix, suffix, codePointStart, codePointEnd } = describeQuote(text, start, end);
  return { exact, prefix, suffix, start: codePointStart, end: codePointEnd };
}
