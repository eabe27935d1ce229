import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// After an object of one or two words, a subordinator ("since", "when", "after" …) dates the act: the content ends
// before it (PolNeAR train: 12 such contents end there vs 8 that run on).
describe('short object content ends before a time clause', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before "since" (PolNeAR dev, breitbart_2016-09-30_the-latest-trump-urges-supporter)', () => {
    const text = 'Clinton has not mentioned Machado since the Monday night debate.';
    expect(quotes(text)).toContain('Machado');
  });

  it('ends before "when" (PolNeAR train, politico_2016-08-23_top-senate-candidates-pointing-f)', () => {
    const text = 'Murphy’s campaign is tying the House bill to Rubio, who supported the bill when it came to the Senate for a vote.';
    expect(quotes(text)).toContain('the bill');
  });

  it('keeps "after" that follows an infinitive (PolNeAR train, politico_2016-07-11_gay-republicans-push-for-pro-lgb)', () => {
    const text = 'And Florida’s Republican attorney general, Pam Bondi, vowed to go after “anyone who attacks our LGBT community.”';
    expect(quotes(text).some((q) => q.startsWith('to go after'))).toBe(true);
  });
});
