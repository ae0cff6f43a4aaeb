import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks, isArticlePage } from './index';

const fixture = (name: string) => parseHTML(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')).document;
const page = (head: string, body: string) => parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document;
const prose = '<p>' + 'A sentence of plain article prose that goes on for a while. '.repeat(8) + '</p>';

describe('isArticlePage', () => {
  it('accepts og:type article', () => expect(isArticlePage(fixture('news-page.html'))).toBe(true));

  it('accepts schema.org NewsArticle JSON-LD, also inside @graph arrays', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"headline":"x"}]}</script>';
    expect(isArticlePage(page(ld, '<p>Short.</p>'))).toBe(true);
  });

  it('accepts a page with several paragraphs of prose and no metadata', () => {
    expect(isArticlePage(page('', prose.repeat(4)))).toBe(true);
  });

  it('rejects a home page of teaser links', () => expect(isArticlePage(fixture('homepage.html'))).toBe(false));
});

describe('extractBlocks without an article', () => {
  it('falls back to the body text, without navigation and footer', () => {
    expect(extractBlocks(fixture('homepage.html')).map((b) => b.text)).toEqual([]);
  });

  it('finds nothing in an empty document', () => {
    expect(extractBlocks(parseHTML('').document)).toEqual([]);
  });
});
