import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// PolNeAR keeps "Instead," and "Now," in the content they open, and a "however" with no comma after it opens a
// concessive clause that belongs to the content; "However," with its comma is a connective and stays out.
describe('sentence adverbs a content keeps', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('keeps a concessive "However laudable the goal," (PolNeAR dev, nyt_2016-09-16_clinton-plan-for-taxes-is-expans)', () => {
    const text = "However laudable the goal, using the capital gains tax ''is a misguided approach,'' said Mr. Burman (a view echoed by everyone I interviewed).";
    expect(quotes(text).some((q) => q.startsWith('However laudable the goal, using the capital gains tax'))).toBe(true);
  });

  it('keeps "Now," before a mid-sentence tail (PolNeAR train, wash-post_2016-06-14_we-are-in-shock-horrified-a-mosq)', () => {
    const text = "Now, she said, the Christians and Muslims don't mix much.";
    expect(quotes(text)).toContain("Now, she said, the Christians and Muslims don't mix much");
  });
});
