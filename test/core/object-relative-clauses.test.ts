import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// A relative clause set off by a pair of commas inside an object content, after which the object goes on in lower
// case, belongs to the content: PolNeAR train keeps it 9 times out of 11.
describe('object content runs over a relative clause between commas', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('keeps ", which …," before an infinitive (PolNeAR dev, breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-)', () => {
    const text = 'He also vowed to form a joint federal task force, which would include the military, to crack down on hackers.';
    expect(quotes(text)).toContain('to form a joint federal task force, which would include the military, to crack down on hackers');
  });

  it('keeps ", which …," before a phrase (PolNeAR train, nyt_2016-07-21_amid-discord-trump-claims-nomina)', () => {
    const text = "Reflecting his father's brashness, he pledged to put New York, which has not voted Republican in a presidential election in 32 years, in play.";
    expect(quotes(text)).toContain('to put New York, which has not voted Republican in a presidential election in 32 years, in play');
  });

  it('still ends before ", which" when no comma closes the clause', () => {
    const text = 'He also vowed to form a joint federal task force, which would include the military.';
    expect(quotes(text)).toContain('to form a joint federal task force');
  });
});
