import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// In a poll's report, ", compared with 11 percent of …" sets another group against the respondents: what they said ends
// before it, unless the content holds a figure of its own that the comparison goes on.
describe('a compared figure after what poll respondents said stays out of it', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before ", compared with 11 percent" (PolNeAR train, nyt_2015-11-13_clinton-stays-well-ahead-of-sand)', () => {
    const text = '26 percent of Democrats say they have not been paying much attention, compared with 11 percent of Republican primary voters.';
    expect(quotes(text)).toContain('they have not been paying much attention');
  });

  it('ends before ", compared with four in 10" (PolNeAR train, wash-post_2016-02-02_no-clear-favorites-going-into-ne)', () => {
    const text = 'Almost half said they wanted a nominee from outside the political establishment, compared with four in 10 who said they preferred someone with political experience.';
    expect(quotes(text)).toContain('they wanted a nominee from outside the political establishment');
  });

  it('ends before ", while 95 members …" (PolNeAR train, politico_2016-04-06_hillary-clinton-s-union-problem)', () => {
    const text = 'But last July, the group polled members online ahead of the AFT’s endorsement: 1,409 teachers said they wanted to endorse Sanders, while 95 members favored Clinton.';
    expect(quotes(text)).toContain('they wanted to endorse Sanders');
  });

  it('ends before "and 160 have …" (PolNeAR train, wash-post_2016-05-05_sanders-faces-tough-sell-in-gett)', () => {
    const text = 'Already, 520 superdelegates have publicly said they support Clinton, 39 have said they support Sanders and 160 have not publicly announced their choice.';
    expect(quotes(text)).toContain('they support Sanders');
  });

  it('keeps the comparison when the content holds a figure (PolNeAR train, wash-post_2016-04-28_with-woman-s-card-trump-escalate)', () => {
    const text = 'A USA Today/Suffolk University poll released this week found 66 percent of likely women voters nationwide have an unfavorable view of Trump, compared with 48 percent who have a negative opinion of Clinton.';
    expect(quotes(text)).toContain('66 percent of likely women voters nationwide have an unfavorable view of Trump, compared with 48 percent who have a negative opinion of Clinton');
  });
});
