// A letter whose UTF-8 bytes were read as Latin-1 ("FranÃ§ois", "PeÃ±a") is one word with the letters around it, so a
// name holding one stays whole. Sentence from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/tokens';
import { statementQuoting } from './engine-helpers';

describe('mis-decoded letters inside words', () => {
  it('keeps "FranÃ§ois" one word', () => {
    const text = 'President Fran\u00c3\u00a7ois Hollande';
    const t = tokenize(text);
    expect(t.n).toBe(3);
    expect(text.slice(t.start[1]!, t.end[1]!)).toBe('Fran\u00c3\u00a7ois');
  });

  it('keeps the whole name as the speaker ("President FranÃ§ois Hollande condemned")', () => {
    const text = 'In an address early Friday morning, President Fran\u00c3\u00a7ois Hollande condemned the "attack whose terrorist nature cannot be denied." He announced that France would ramp up its military.';
    const s = statementQuoting(text, 'terrorist nature');
    expect(s.speaker).toBe('President Fran\u00c3\u00a7ois Hollande');
  });

  it('still ends a word at a guillemet or a no-break space', () => {
    const text = 'dit\u00abnon\u00bb et\u00a0oui';
    const t = tokenize(text);
    expect(Array.from({ length: t.n }, (_, k) => text.slice(t.start[k]!, t.end[k]!))).toEqual(['dit', '\u00ab', 'non', '\u00bb', 'et', 'oui']);
  });
});
