import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// A bracketed clause in lower case that closes a content is the narrator's comment on what was said, not part of it
// (PolNeAR train: 7 contents end before it vs 2 that keep it); a short label in brackets ("(R-FL)") stays.
describe('content ends before a closing bracketed aside', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before "(which lets the rest of the GOP off the hook)" (PolNeAR dev, huff-post_2016-09-27_hillary-clinton-goes-after-donal)', () => {
    const text = 'The change in approach from Clinton is likely to placate nervous Democrats on Capitol Hill, who have argued that it helps down-ballot when Trump is painted as a greedy Republican and not as someone who is completely outside the norms of the Republican Party (which lets the rest of the GOP off the hook).';
    expect(quotes(text)).toContain('that it helps down-ballot when Trump is painted as a greedy Republican and not as someone who is completely outside the norms of the Republican Party');
  });

  it('keeps a short label in brackets (PolNeAR train, breitbart_2016-01-23_poll-donald-trump-ties-hillary-c)', () => {
    const text = 'GOP frontrunner Donald Trump does better in a match up against Hillary Clinton or Michael Bloomberg than fellow GOP presidential candidates Sen. Ted Cruz (R-TX) and Sen. Marco Rubio (R-FL), according to a new poll.';
    expect(quotes(text).some((q) => q.endsWith('Sen. Marco Rubio (R-FL'))).toBe(true);
  });
});
