import { describe, expect, it } from 'vitest';
import { isWebPageUrl, normalizePageUrl, siteOf } from './url';

describe('normalizePageUrl', () => {
  it.each([
    ['https://Example.COM/news/story?utm_source=x&utm_medium=email', 'https://example.com/news/story'],
    ['https://example.com/news/story?fbclid=abc&gclid=1&mc_cid=2&mc_eid=3', 'https://example.com/news/story'],
    ['https://example.com/news/story#comments', 'https://example.com/news/story'],
    ['https://example.com/news/story/', 'https://example.com/news/story'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/amp/news/story', 'https://example.com/news/story'],
    ['https://example.com/news/story/amp/', 'https://example.com/news/story'],
    ['https://example.com/news/story?amp', 'https://example.com/news/story'],
    ['https://example.com/news/story?amp=1&outputType=amp', 'https://example.com/news/story'],
    ['https://amp.example.com/news/story', 'https://example.com/news/story'],
    ['https://example.com/news/story.amp.html', 'https://example.com/news/story.html'],
    ['https://example.com/news/story.amp', 'https://example.com/news/story'],
    ['https://example.com/search?q=tax&page=2&utm_campaign=x', 'https://example.com/search?page=2&q=tax'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePageUrl(input)).toBe(expected);
  });

  it('keeps path case and meaningful parameters', () => {
    expect(normalizePageUrl('https://example.com/News/Story?id=42')).toBe('https://example.com/News/Story?id=42');
  });

  it('maps every variant of one article to the same key', () => {
    const variants = [
      'https://www.example.com/world/2024/jan/01/story',
      'https://www.example.com/world/2024/jan/01/story/',
      'https://www.EXAMPLE.com/world/2024/jan/01/story?utm_source=twitter#top',
      'https://www.example.com/amp/world/2024/jan/01/story?fbclid=x',
    ];
    expect(new Set(variants.map(normalizePageUrl)).size).toBe(1);
  });

  it('leaves non-URLs and non-web URLs alone (minus fragment)', () => {
    expect(normalizePageUrl('  not a url ')).toBe('not a url');
    expect(normalizePageUrl('file:///tmp/a.html#x')).toBe('file:///tmp/a.html');
  });
});

describe('siteOf', () => {
  it('gives the bare lower-case host', () => {
    expect(siteOf('https://www.BBC.co.uk/news/1')).toBe('bbc.co.uk');
    expect(siteOf('https://amp.theguardian.com/x')).toBe('theguardian.com');
    expect(siteOf('nonsense')).toBe('');
  });
});

describe('isWebPageUrl', () => {
  it.each(['https://www.example.com/news', 'http://127.0.0.1:8080/a?b=c'])('opens %s', (url) => {
    expect(isWebPageUrl(url)).toBe(true);
  });
  it.each([
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'chrome://settings',
    'about:config',
    'moz-extension://5e1f0c2a-7d3b-4c8e-9a61-50dce11a9e01/notes.html',
    'not a url',
    '',
  ])('never opens %s', (url) => {
    expect(isWebPageUrl(url)).toBe(false);
  });
});
