import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// "talks about what can be achieved when partisans cross the aisle": an object that opens with a wh-word is a clause,
// and a subordinator inside it ("when", "while", "after") goes on with it rather than ending the object.
describe('a wh-clause object runs on past its subordinator', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('keeps "when partisans cross the aisle" (PolNeAR train, wash-post_2016-08-28_in-crazy-election-gary-johnson-s)', () => {
    const text = 'On the stump, Weld describes the Libertarian Party as "a six-lane highway going right up the middle between the two parties," and Johnson talks about what can be achieved when partisans cross the aisle.';
    expect(quotes(text)).toContain('what can be achieved when partisans cross the aisle');
  });

  it('still ends a noun object at "after" (PolNeAR train, huff-post_2016-08-03_francois-hollande-says-donald-tr)', () => {
    const text = 'Trump lashed out at Khan after he delivered a moving speech at the Democratic National Convention alongside his wife about losing their son during the Iraq War.';
    expect(quotes(text)).toContain('Khan');
  });
});
