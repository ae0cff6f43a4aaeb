import { describe, expect, it } from 'vitest';
import { analyze, blocksFromText } from './index';

describe('analyze', () => {
  it('finds a quote attributed with "X said"', () => {
    const a = analyze(blocksFromText('“We are waiting for them,” Hegseth said.'));
    expect(a.quotes[0].text).toBe('We are waiting for them,');
    expect(a.quotes[0].speaker).toBe('Hegseth');
  });
});
