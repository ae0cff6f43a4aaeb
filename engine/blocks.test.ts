import { describe, expect, it } from 'vitest';
import { blocksFromText } from './blocks';

describe('blocksFromText', () => {
  it('splits on line breaks and blank lines, dropping empty lines', () => {
    expect(blocksFromText('First paragraph.\n\nSecond one.\r\nThird.\n\n\n')).toEqual([
      { kind: 'paragraph', text: 'First paragraph.' },
      { kind: 'paragraph', text: 'Second one.' },
      { kind: 'paragraph', text: 'Third.' },
    ]);
  });

  it('marks paragraphs ending in an image credit as captions', () => {
    const blocks = blocksFromText([
      'President Donald Trump has reportedly expressed interest in sending U.S. troops into Iran. BRENDAN SMIALOWSKI/AFP via Getty Images',
      'Either possibility would go against Trump’s repeated promises.',
      'Pete Hegseth took shots at the press. Elizabeth Frantz/Reuters',
    ].join('\n\n'));
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'paragraph', 'caption']);
  });
});
