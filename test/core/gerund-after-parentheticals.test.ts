// After a sentence-opening subordinate clause, ", he said," is a parenthetical even before a gerund subject: the whole
// sentence is the content. Elsewhere ", <verb>ing" after a tail is the speaker's participle. Sentences from PolNeAR (dev, train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('parenthetical tails before a gerund', () => {
  it('keeps "replacing Clinton would be …" in the content', () => {
    const text = 'Though that transition was relatively seamless, he said, replacing Clinton would be much more acrimonious and could lead to intense lobbying by loyalists to Joe Biden and Bernie Sanders.';
    const s = statementQuoting(text, 'relatively seamless');
    expect(s.speaker).toBe('he');
    expect(s.quote.includes('replacing Clinton would be much more acrimonious')).toBe(true);
  });

  it('keeps a participle after a plain tail out of the content', () => {
    const text = 'Sales were great, he said, wiping sweat off his face.';
    const s = statementQuoting(text, 'Sales were great');
    expect(s.quote.includes('wiping')).toBe(false);
  });
});
