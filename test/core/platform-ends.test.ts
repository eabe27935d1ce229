import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// An object content that closes with a platform phrase ("on Twitter", "on its website") ends before it: the phrase says
// where the act was posted, not what was said (PolNeAR train: 6 such contents end before it, none keeps it).
describe('object content ends before a closing platform phrase', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before "on Twitter" (PolNeAR dev, breitbart_2016-09-26_green-party-candidate-jill-stein)', () => {
    const text = 'A reporter for USA Today spotted Stein and her press secretary and reported her presence on Twitter.';
    expect(quotes(text)).toContain('her presence');
  });

  it('ends before "on its website" (PolNeAR dev, breitbart_2016-10-04_bill-clinton-calls-obamacare-cra)', () => {
    const text = 'The Republican National Committee noted Bill Clinton’s comments and video of them on its website.';
    expect(quotes(text)).toContain('Bill Clinton’s comments and video of them');
  });

  it('keeps a platform phrase inside the object (PolNeAR dev, wash-post_2016-09-26_ah-friends-once-more-ted-cruz-en)', () => {
    const text = 'Cruz thanked Trump on Twitter for backing his top legislative priority.';
    expect(quotes(text).some((q) => q.includes('on Twitter for backing'))).toBe(true);
  });
});
