import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks, findArticleBody } from './index';

const page = (body: string) => parseHTML(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`).document;
const para = (words: string) => `<p>${`${words}, with enough words and commas, to count as prose. `.repeat(3)}</p>`;
const texts = (body: string) => extractBlocks(page(body)).map((b) => b.text);

describe('findArticleBody', () => {
  it('picks the container with the article paragraphs, not the teaser sidebar', () => {
    const doc = page(`<div id="teasers"><div><a href="/a">Other story</a></div><div><a href="/b">Another story</a></div></div>
      <div id="story">${para('First').repeat(1)}${para('Second')}${para('Third')}</div>`);
    expect(findArticleBody(doc).roots.map((r) => r.id)).toEqual(['story']);
  });

  it('joins sibling sections of a body split by figures', () => {
    const doc = page(`<div id="post"><div class="section">${para('One')}${para('Two')}</div>
      <figure><img src="x.jpg"><figcaption>A caption</figcaption></figure>
      <div class="section">${para('Three')}${para('Four')}</div></div>`);
    const all = extractBlocks(doc).map((b) => b.text).join('\n');
    expect(all).toContain('One,');
    expect(all).toContain('Four,');
  });

  it('widens to the enclosing <article> for its headline and lead caption', () => {
    const blocks = extractBlocks(page(`<article><h1>Headline “quoted”</h1><figure><figcaption>Lead photo</figcaption></figure>
      <div class="body">${para('One')}${para('Two')}${para('Three')}</div></article><div class="other">${para('Elsewhere')}</div>`));
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: 'Headline “quoted”' });
    expect(blocks[1]).toMatchObject({ kind: 'caption', text: 'Lead photo' });
    expect(blocks.map((b) => b.text).join('\n')).not.toContain('Elsewhere');
  });

  it('scores loose text beside block children as a paragraph', () => {
    const loose = 'The council said on Monday, after a long debate, that the road would close. '.repeat(4);
    expect(texts(`<div class="nav-list"><p>Short link list</p></div><div id="main-col"><p class="title">Title</p>${loose}<div class="row">Share</div></div>`)).toContain(
      loose.trim(),
    );
  });

  it('does not let a misleading wrapper class hide the whole article', () => {
    const all = texts(`<div class="wrapper header-style-2">${para('Body one')}${para('Body two')}${para('Body three')}</div>`).join('\n');
    expect(all).toContain('Body one');
  });

  it('keeps a comments section out even when it outweighs the article', () => {
    const all = texts(`<div class="wrapper header-style-2"><div class="story">${para('Story')}</div></div><section id="comments">${para('Comment').repeat(6)}</section>`).join('\n');
    expect(all).toContain('Story');
    expect(all).not.toContain('Comment');
  });
});

describe('a 5 MB page', () => {
  it('goes through in linear time', () => {
    const story = para('A long story').repeat(8);
    const html = `<div id="story">${story.repeat(Math.ceil(5e6 / story.length))}</div>`;
    const doc = page(html);
    const start = performance.now();
    const blocks = extractBlocks(doc);
    expect(blocks.length).toBeGreaterThan(10000);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
