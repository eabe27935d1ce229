import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// "at a victory rally", "at a surprise news conference": after an object, an occasion phrase with an indefinite article
// says where the act took place, not what was said, and the object's content ends before it.
describe('an occasion phrase after an object stays out of the content', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before "at a victory rally" (PolNeAR train, breitbart_2016-03-01_the-latest-sanders-wins-minnesot)', () => {
    const text = 'Bernie Sanders is thanking supporters at a victory rally in his home state of Vermont.';
    expect(quotes(text)).toEqual(['supporters']);
  });

  it('ends before "at a surprise news conference" (PolNeAR train, politico_2016-06-14_sanders-scripts-his-primary-seas)', () => {
    const text = 'But Sanders also laid out a political reform agenda at a surprise news conference Tuesday outside his Capitol Hill campaign office.';
    expect(quotes(text)).toContain('a political reform agenda');
  });

  it('ends before "at a news conference" after a name (PolNeAR train, nyt_2016-03-12_republicans-lower-volume-in-deba)', () => {
    const text = "On Friday, Mr. Carson endorsed Mr. Trump at a news conference at Mar-a-Lago, Mr. Trump's private club, calling him ''actually a very intelligent man who cares deeply about America.''";
    expect(quotes(text)).toContain('Mr. Trump');
  });

  it('ends before an occasion with three words before its noun (PolNeAR train, wash-post_2016-05-29_internal-trump-university-record)', () => {
    const text = "Curiel's order came the same day that Trump railed against the judge at a boisterous San Diego rally for his handling of the case, in which students have alleged they were misled and defrauded.";
    expect(quotes(text)).toContain('the judge');
  });
});
