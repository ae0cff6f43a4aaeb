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
});
