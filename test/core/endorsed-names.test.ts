import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// "endorsed Cruz last week", "endorsed Trump here on Sunday": what is endorsed is the candidate; a phrase of time or place
// after the name or pronoun says when or where, and the content ends before it.
describe('the object of "endorse" ends after the name', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before "here on Sunday" (PolNeAR train, politico_2016-04-03_cruz-tops-trump-in-north-dakota-)', () => {
    const text = 'North Dakota Rep. Kevin Cramer, who formally endorsed Trump here on Sunday, had worked quietly behind the scenes to ensure Trump loyalists ended up on the delegate list.';
    expect(quotes(text)).toContain('Trump');
  });

  it('ends a pronoun before "early" (PolNeAR train, politico_2016-04-05_bill-clinton-hillary-thinks-feds)', () => {
    const text = 'The amount of time spent on testing in schools has been a priority issue for teachers unions and both the American Federation of Teachers and the National Education Association endorsed her early over Democratic rivals.';
    expect(quotes(text)).toContain('her');
  });

  it('keeps a comparison after the pronoun (PolNeAR train, huff-post_2016-02-01_here-s-why-winning-iowa-could-br)', () => {
    const text = 'More black Democratic state lawmakers have endorsed her than Sanders.';
    expect(quotes(text)).toContain('her than Sanders');
  });
});
