import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks, extractBlocksSteps } from './index';
import { walkSteps } from './walk';

const htmlDoc = (body: string) => parseHTML(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`).document;
const story = (n: number) => `<div id="story">${'<p>A paragraph of the story, long enough, with a comma or two, to count as prose.</p>'.repeat(n)}</div>`;

describe('extractBlocksSteps', () => {
  it('yields on a big page and ends with the same blocks as extractBlocks', () => {
    const doc = htmlDoc(story(2000));
    const steps = extractBlocksSteps(doc);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(yields).toBeGreaterThan(10);
    expect(r.value).toEqual(extractBlocks(doc));
  });
});

describe('walkSteps', () => {
  it('keeps enter and leave paired when the page moves nodes between steps', () => {
    const doc = htmlDoc(`<div id="a">${'<p><b>x</b> y</p>'.repeat(400)}</div><div id="b">${'<p>z</p>'.repeat(400)}</div>`);
    const depth: string[] = [];
    let unbalanced = false;
    const steps = walkSteps(doc.querySelector('body')!, {
      enter: (el) => (depth.push(el.localName), true),
      leave: (el) => (unbalanced ||= depth.pop() !== el.localName),
      text: () => undefined,
    });
    steps.next();
    doc.querySelector('#b')!.append(doc.querySelector('#a')!);
    while (!steps.next().done);
    expect(unbalanced).toBe(false);
    expect(depth).toEqual([]);
  });

  it('visits no more children of an element than it had when entered, however the page adds to it', () => {
    const doc = htmlDoc(`<div id="feed">${'<p>item</p>'.repeat(1200)}</div>`);
    const feed = doc.querySelector('#feed')!;
    let paragraphs = 0;
    const steps = walkSteps(doc.querySelector('body')!, {
      enter: (el) => (el.localName === 'p' && paragraphs++, true),
      leave: () => undefined,
      text: () => undefined,
    });
    let step = 0;
    while (!steps.next().done) {
      feed.append(doc.createElement('p')); // an infinite feed, growing at every step
      expect(++step).toBeLessThan(100);
    }
    expect(paragraphs).toBe(1200);
  });
});

describe('open shadow roots', () => {
  it('reads an article a web component shows from its open shadow root, slotted text in its place', () => {
    const doc = htmlDoc('<nav><a href="/">Home</a></nav><news-story><p>Slotted: “We will not wait,” said Ana Reyes, who chairs the committee.</p></news-story>');
    const root = doc.querySelector('news-story')!.attachShadow({ mode: 'open' });
    const paragraph = (n: number) => `<p>Paragraph ${n} of the story inside the component, long enough, with a comma or two, to count as prose for the scorer.</p>`;
    root.innerHTML = `<article><h1>Harbour wall</h1>${paragraph(1)}<slot></slot>${paragraph(2)}${paragraph(3)}</article>`;
    const texts = extractBlocks(doc).map((b) => b.text);
    expect(texts[0]).toBe('Harbour wall');
    expect(texts).toContain('Slotted: “We will not wait,” said Ana Reyes, who chairs the committee.');
    expect(texts.indexOf('Slotted: “We will not wait,” said Ana Reyes, who chairs the committee.')).toBe(2);
    expect(texts.filter((t) => t.startsWith('Paragraph'))).toHaveLength(3);
  });
});
