import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// An object content with no verb of its own ends before ", <participle> <its object>": the narrator's account of the
// subject's next act (PolNeAR train: 7 such contents end there vs 3 that run on).
describe('object content ends before a participle with its own object', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before ", encouraging his supporters" (PolNeAR dev, breitbart_2016-09-30_the-latest-trump-urges-supporter)', () => {
    const text = 'Donald Trump is once again questioning the integrity of the U.S. voting system, encouraging his supporters to visit polling locations on Election Day.';
    expect(quotes(text)).toContain('the integrity of the U.S. voting system');
  });

  it('ends before ", putting him" (PolNeAR train, wash-post_2015-12-20_marco-rubio-s-strategic-stances)', () => {
    const text = 'But he has supported legislation with and without rape and incest exceptions, putting him on both sides of a heated sub-debate.';
    expect(quotes(text)).toContain('legislation with and without rape and incest exceptions');
  });

  it('runs on through a list of gerunds (PolNeAR train, politico_2016-07-02_sanders-california-supporters-ca)', () => {
    const text = 'The resolution supported eliminating caucuses, limiting the number of unpledged delegates and binding delegates to the popular vote.';
    expect(quotes(text)).toContain('eliminating caucuses, limiting the number of unpledged delegates and binding delegates to the popular vote');
  });
});
