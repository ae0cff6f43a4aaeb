import { describe, expect, it } from 'vitest';
import { joinBlocks, toGlobal } from './article-text';

describe('article text', () => {
  const article = joinBlocks([
    { kind: 'heading', text: 'Title' },
    { kind: 'paragraph', text: '“We are waiting,” he said.' },
  ]);

  it('joins blocks with a blank line and remembers where each starts', () => {
    expect(article.text).toBe('Title\n\n“We are waiting,” he said.');
    expect(article.starts).toEqual([0, 7]);
  });

  it('maps a block span to the joined text', () => {
    const g = toGlobal(article, { block: 1, start: 1, end: 15 });
    expect(article.text.slice(g.start, g.end)).toBe('We are waiting');
  });
});
