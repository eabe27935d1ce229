import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// An object content of a mild-cut cue ("announced") ends at ", where" and ", with": the narrator goes on.
describe('object content ends at a comma before where/with', () => {
  it('ends before ", where" (PolNeAR train, breitbart_2016-05-24_in-two-front-war-clinton-targets)', () => {
    const text = 'Sanders’ campaign launched a $1.5 million ad buy in California on Tuesday and announced it would seek a recanvass in last week’s Kentucky primary, where he trailed Clinton by less than 2,000 votes.';
    const quotes = analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));
    expect(quotes).toContain('it would seek a recanvass in last week’s Kentucky primary');
  });
});
