// Turns article root elements into engine blocks, keeping a map from block text back to DOM text nodes.
import { LINE_SEPARATOR } from '../engine/normalize';
import { finish, type Steps } from '../engine/steps';
import { isCapitalised, startsLowercase } from '../engine/tokens';
import type { Block, BlockKind } from '../engine/types';
import { isExcluded } from './exclude';
import { BLOCK_TAGS, HEADING_TAGS } from './tags';
import { walkSteps } from './walk';

/** `node.data.slice(offset)` appears in the block text at `start`. */
export interface Segment {
  node: Text;
  start: number;
  offset: number;
}

export interface ArticleBlock extends Block {
  /** In text order. A `<br>` is a '\n' in the text with no segment, a break between elements laid out apart a LINE_SEPARATOR. */
  segments: Segment[];
}

const CAPTION_WORDS = /caption|credit/i;
// Lists of links (related stories, tags) and link-only paragraphs are navigation, not text.
const MAX_LINK_DENSITY: Record<BlockKind, number> = { listItem: 0.5, paragraph: 0.8, heading: 0.9, caption: 1, blockquote: 0.8 };

function kindOf(el: Element, outer: BlockKind): BlockKind {
  const tag = el.localName;
  if (tag === 'figcaption' || tag === 'figure' || CAPTION_WORDS.test(el.getAttribute('class') ?? '')) return 'caption';
  if (outer === 'caption') return outer;
  if (HEADING_TAGS.has(tag)) return 'heading';
  if (tag === 'blockquote') return 'blockquote';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'listItem';
  return outer;
}

/**
 * Whether text that continues across an element boundary was laid out apart: "Noem" then "South
 * Dakota" from two adjacent links, "James" then "Staff Writer" from two spans. Inline markup inside
 * a word ("<b>T</b>he", "Trump<a>’s</a>") never puts a capital right after a lowercase letter or digit.
 */
const isLayoutBreak = (before: string, after: string) => isCapitalised(after) && (startsLowercase(before) || (before >= '0' && before <= '9'));

/** Accumulates the text of one block as inline content streams in. */
class BlockBuilder {
  private text = '';
  private segments: Segment[] = [];
  private linkChars = 0;
  /** An element started or ended since the last text node. */
  private crossedElement = false;
  /** The link that the last words of the block came from (0: not a link), and where its text ended. */
  private lastLink = 0;
  private lastLinkEnd = 0;

  constructor(private readonly out: ArticleBlock[]) {}

  /** `link` numbers the link the text is in (0 for none): two links side by side are two items, never one name. */
  addText(node: Text, link: number): void {
    let offset = 0;
    const words = node.data.trim() !== '';
    if (!this.segments.length) {
      // Leading page-source whitespace is not part of the block; the offset keeps the mapping exact.
      offset = node.data.length - node.data.trimStart().length;
      if (offset === node.data.length) return;
    } else if (
      (this.crossedElement && isLayoutBreak(this.text[this.text.length - 1], node.data[0])) ||
      (words && link !== 0 && this.lastLink !== 0 && link !== this.lastLink && this.text.slice(this.lastLinkEnd).trim() === '')
    ) {
      // a separator with no segment, like the '\n' of a <br>, so that the words stay apart
      this.text += LINE_SEPARATOR;
    }
    this.crossedElement = false;
    this.segments.push({ node, start: this.text.length, offset });
    this.text += offset ? node.data.slice(offset) : node.data;
    if (link !== 0) this.linkChars += node.data.length - offset;
    if (words) {
      this.lastLink = link;
      this.lastLinkEnd = this.text.length;
    }
  }

  crossElement(): void {
    this.crossedElement = true;
  }

  addLineBreak(): void {
    if (this.segments.length) this.text += '\n';
  }

  flush(kind: BlockKind): void {
    const text = this.text.trimEnd();
    if (text && this.linkChars / text.length <= MAX_LINK_DENSITY[kind]) this.out.push({ kind, text, segments: this.segments });
    this.text = '';
    this.segments = [];
    this.linkChars = 0;
    this.crossedElement = false;
    this.lastLink = 0;
  }
}

/** Blocks of the given roots in reading order, skipping `exclude`d subtrees.
 * Inline elements (a, em, span…) join their text into one block. */
export function collectBlocks(roots: Element[], exclude: (el: Element) => boolean = isExcluded): ArticleBlock[] {
  return finish(collectBlocksSteps(roots, exclude));
}

/** collectBlocks as a generator that yields every few hundred nodes. */
export function* collectBlocksSteps(roots: Element[], exclude: (el: Element) => boolean = isExcluded): Steps<ArticleBlock[]> {
  const out: ArticleBlock[] = [];
  const builder = new BlockBuilder(out);
  for (const root of roots) {
    const kinds: BlockKind[] = [kindOf(root, 'paragraph')];
    const pushed: boolean[] = [];
    /** The links open around the walk, innermost last, each numbered by when it was entered. */
    const links: number[] = [];
    let linksSeen = 0;
    // a link split in two ("President Emmanuel </a><a …>Macron") keeps its number: one target, one item
    let lastHref: string | null = null;
    yield* walkSteps(root, {
      enter(el) {
        builder.crossElement();
        if (exclude(el)) return false;
        const tag = el.localName;
        if (tag === 'br') builder.addLineBreak();
        if (tag === 'a') {
          const href = el.getAttribute('href');
          links.push(href !== null && href === lastHref ? linksSeen : ++linksSeen);
          lastHref = href;
        }
        const isBlock = BLOCK_TAGS.has(tag);
        if (isBlock) {
          builder.flush(kinds[kinds.length - 1]);
          kinds.push(kindOf(el, kinds[kinds.length - 1]));
        }
        pushed.push(isBlock);
        return true;
      },
      text(node) {
        builder.addText(node, links.at(-1) ?? 0);
      },
      leave(el) {
        builder.crossElement();
        if (el.localName === 'a') links.pop();
        if (pushed.pop()) builder.flush(kinds.pop()!);
      },
    });
    builder.flush(kinds[0]);
  }
  return out;
}

/** Where block position `pos` falls in the DOM. At a segment boundary, `atEnd` picks the earlier node. */
function locate(block: ArticleBlock, pos: number, atEnd: boolean): { node: Text; offset: number } | null {
  const segs = block.segments;
  let found = -1;
  for (let i = 0; i < segs.length; i++) {
    if (atEnd ? segs[i].start < pos : segs[i].start <= pos) found = i;
    else break;
  }
  if (found === -1) return segs.length ? { node: segs[0].node, offset: segs[0].offset } : null;
  const seg = segs[found];
  const offset = Math.min(seg.offset + pos - seg.start, seg.node.data.length);
  // A position past this node (a '\n' from <br>) when starting: move to the next node's start.
  if (!atEnd && offset === seg.node.data.length && segs[found + 1]) return { node: segs[found + 1].node, offset: segs[found + 1].offset };
  return { node: seg.node, offset };
}

/** A DOM Range for the characters [start, end) of a block's text, or null for an empty block. */
export function rangeFor(block: ArticleBlock, start: number, end: number, document: Document): Range | null {
  const from = locate(block, start, false);
  const to = locate(block, end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
