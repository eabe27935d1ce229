import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// "The policy changes, which officials said will go into effect in the next few months, will not apply …": a relative
// clause whose content starts at its gap word ("which", "what") ends at the first comma after its cue, where the
// sentence around it goes on.
describe('a gap relative content ends at the comma after its cue', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before ", will not apply" (PolNeAR train, huff-post_2016-07-26_obama-administration-to-expand-p)', () => {
    const text = 'The policy changes, which officials said will go into effect in the next few months, will not apply to all Central Americans seeking entry into the U.S.';
    expect(quotes(text)).toContain('which officials said will go into effect in the next few months');
  });

  it('ends before ", was a major factor" (PolNeAR train, nyt_2015-11-18_paris-attacks-test-clinton-s-str)', () => {
    const text = "Clinton's Iraq war vote, which she has repeatedly said was a mistake, was a major factor in her defeat in the 2008 primary, and it remains a vulnerability.";
    expect(quotes(text)).toContain('which she has repeatedly said was a mistake');
  });

  it('ends a "what" clause at its comma (PolNeAR dev, politico_2016-10-04_trump-not-walking-the-walk-on-hi)', () => {
    const text = 'The gap between what Trump says his tax plan would do, and what it would actually do, began more than a year ago, when he first released his plan.';
    expect(quotes(text)).toContain('what Trump says his tax plan would do');
  });
});
