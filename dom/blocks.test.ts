import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectBlocks, extractBlocks, rangeFor, type ArticleBlock } from './index';

const fixture = (name: string) => parseHTML(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')).document;
const htmlDoc = (body: string) => parseHTML(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`).document;
const blocksOf = (body: string) => collectBlocks([htmlDoc(body).querySelector('body')!]);

/** The block text rebuilt from its segments and the separators between them (a <br>'s '\n', a LINE_SEPARATOR). */
function textFromSegments(block: ArticleBlock): string {
  let text = '';
  for (const seg of block.segments) {
    if (seg.start > text.length) {
      const separator = block.text.slice(text.length, seg.start);
      expect(separator).toMatch(/^(?:\n|\u2028)$/);
      text += separator;
    }
    text += seg.node.data.slice(seg.offset);
  }
  return text.trimEnd();
}

describe('extractBlocks on a news page', () => {
  const blocks = extractBlocks(fixture('news-page.html'));
  const texts = blocks.map((b) => b.text);
  const all = texts.join('\n');

  it('keeps the article paragraphs in reading order', () => {
    expect(texts[0]).toMatch(/^Minister defends plan/);
    expect(all.indexOf('The finance minister')).toBeLessThan(all.indexOf('We have made the hard choices'));
    expect(texts.at(-1)).toBe('The vote is expected next week.');
    expect(all).toContain('Economists were divided');
  });

  it('leaves out navigation, cookie banner, related list, aside, comments, forms, footer and scripts', () => {
    for (const junk of ['Home', 'cookies', 'Related stories', 'what it means for you', 'Most read', 'Great article', 'newsletter', 'All rights reserved', 'not article text']) {
      expect(all).not.toContain(junk);
    }
  });

  it('leaves out elements hidden by attribute', () => {
    expect(all).not.toContain('Hidden text');
    expect(all).not.toContain('Another hidden paragraph');
  });

  it('marks kinds: heading, caption, blockquote', () => {
    expect(blocks[0].kind).toBe('heading');
    const caption = blocks.find((b) => b.text.includes('we will deliver'));
    expect(caption?.kind).toBe('caption');
    expect(caption?.text).toContain('JOHN SMITH/AFP');
    expect(blocks.find((b) => b.text.includes('betrayal'))?.kind).toBe('blockquote');
  });

  it('joins quotes split across inline elements and decodes entities', () => {
    expect(texts).toContain(
      'The finance minister, Jane Doe, on Tuesday defended the budget plan, saying it would “restore confidence in the economy,” despite growing criticism from the opposition.',
    );
    expect(all).toContain('“We have made the hard choices,” Doe said');
    expect(all).toContain('working people & their families');
    expect(texts[0]).toContain('“reckless”');
  });

  it('turns <br> into a newline inside one block', () => {
    expect(texts).toContain('The opposition leader, Tom Roe, said the plan was reckless.\n“It will hurt families,” he said.');
  });

  it('maps every block back to its text nodes exactly', () => {
    for (const block of blocks) expect(textFromSegments(block)).toBe(block.text);
  });
});

describe('collectBlocks', () => {
  it('keeps characters as the page has them (nbsp, soft hyphen)', () => {
    expect(blocksOf('<p>Prime&nbsp;Minister said “re&shy;form”</p>')[0].text).toBe('Prime\u00a0Minister said “re\u00adform”');
  });

  it('trims page-source whitespace around a block but keeps the mapping exact', () => {
    const [block] = blocksOf('<p>\n     Hello <b>there</b>\n   </p>');
    expect(block.text).toBe('Hello there');
    expect(textFromSegments(block)).toBe('Hello there');
  });

  it('splits text runs around nested blocks and marks list items', () => {
    const blocks = blocksOf('<div>Lead text of the story<p>Inner paragraph</p>tail text</div><ul><li>One point made</li></ul>');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Lead text of the story'],
      ['paragraph', 'Inner paragraph'],
      ['paragraph', 'tail text'],
      ['listItem', 'One point made'],
    ]);
  });

  it('treats elements with a caption class as captions', () => {
    expect(blocksOf('<div class="image-caption">“Quote,” she said. Photo: Reuters</div>')[0].kind).toBe('caption');
  });

  it('drops link-only list items (related links) but keeps linked words inside prose', () => {
    const texts = blocksOf('<ul><li><a href="/x">Another story entirely</a></li></ul><p>He told <a href="/r">Reuters</a> it was fine.</p>').map((b) => b.text);
    expect(texts).toEqual(['He told Reuters it was fine.']);
  });

  it('keeps apart words of adjacent elements laid out on separate lines, mapping offsets 1:1', () => {
    const [card] = blocksOf('<p>Harbour Gov. <a href="/p/tb">Tom Berger</a><span class="card"><img src="t.jpg"><a href="/p/tb">Thomas Berger</a><a href="/s/1">Ferry service resumes</a></span> said the pier reopens.</p>');
    expect(card.text).toBe('Harbour Gov. Tom Berger\u2028Thomas Berger\u2028Ferry service resumes said the pier reopens.');
    expect(textFromSegments(card)).toBe(card.text);
    const [byline] = blocksOf('<div class="byline"><span>Ana Ruiz</span><span>Staff Writer</span></div>');
    expect(byline.text).toBe('Ana Ruiz\u2028Staff Writer');
  });

  it('leaves words split by inline markup joined', () => {
    const texts = blocksOf('<p><span class="dropcap">T</span>he mayor, <b>Ana</b> Ruiz, said <a href="/x">Ruiz</a>’s plan was <em>un</em>finished.</p>').map((b) => b.text);
    expect(texts).toEqual(['The mayor, Ana Ruiz, said Ruiz’s plan was unfinished.']);
  });

  it('handles deep nesting without recursion', () => {
    const depth = 20000;
    const blocks = blocksOf(`${'<span>'.repeat(depth)}deep text${'</span>'.repeat(depth)}`);
    expect(blocks.map((b) => b.text)).toEqual(['deep text']);
  });
});

describe('rangeFor', () => {
  /** linkedom's Range lacks setStart/setEnd, so record the calls. */
  const recordingDocument = () =>
    ({
      createRange: () => {
        const r = { start: null as unknown, end: null as unknown, setStart: (n: Text, o: number) => (r.start = [n.data, o]), setEnd: (n: Text, o: number) => (r.end = [n.data, o]) };
        return r;
      },
    }) as unknown as Document;

  it('maps a quote split across inline elements and trimmed whitespace to text-node offsets', () => {
    const [block] = blocksOf('<p>  He said “restore <em>confidence</em> now” today.</p>');
    const start = block.text.indexOf('restore');
    const end = block.text.indexOf('” today');
    const range = rangeFor(block, start, end, recordingDocument()) as unknown as { start: unknown; end: unknown };
    expect(range.start).toEqual(['  He said “restore ', 11]);
    expect(range.end).toEqual([' now” today.', 4]);
  });

  it('starts after a <br> on the next text node', () => {
    const [block] = blocksOf('<p>First line<br>“Second”</p>');
    const range = rangeFor(block, block.text.indexOf('\n'), block.text.length, recordingDocument()) as unknown as { start: unknown };
    expect(range.start).toEqual(['“Second”', 0]);
  });
});

describe('names from outside the running text', () => {
  it('leaves out a hover card inside a paragraph but keeps the name it pops up from', () => {
    const [b] = blocksOf(
      '<p>South Dakota Gov. <span class="people"><a href="/p/noem">Kristi Noem</a><span class="card"><span><img src="n.jpg" alt=""><a class="name" href="/p/noem">Kristi Lynn Noem</a><a href="/s/1">Governor doubles down</a></span></span></span> (R) is defending the campaign.</p>',
    );
    expect(b.text).toBe('South Dakota Gov. Kristi Noem (R) is defending the campaign.');
  });

  it('reads a link split in two with one target as one item ("President Emmanuel </a><a>Macron")', () => {
    const [b] = blocksOf('<p>Western interests such as <a href="/o/macron">President Emmanuel </a><a href="/o/macron">Macron</a> and the NBA would object.</p>');
    expect(b.text).toBe('Western interests such as President Emmanuel Macron and the NBA would object.');
    expect(textFromSegments(b)).toBe(b.text);
  });

  it('keeps two links side by side apart', () => {
    const [b] = blocksOf('<p>Read more about <a href="/t/1">Kristi Noem</a> <a href="/t/2">South Dakota</a> and the campaign here today.</p>');
    expect(b.text).toBe('Read more about Kristi Noem \u2028South Dakota and the campaign here today.');
    expect(textFromSegments(b)).toBe(b.text);
  });
});
