// A subject right after "that" opens a complement or relative clause ("clear that large majorities of Americans
// agreed with Trump", "The plans that countries offered in Paris"); with a cue of share below 0.8 the clause is
// seldom a statement of its own (train 17 of 85 such frames right). "now that" and "is that" open a statement as
// often as not and are left alone. Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statements } from './engine-helpers';

describe('subjects after "that" with a weaker cue', () => {
  it('makes no statement of "that rival Hillary Clinton had shown bad judgment" (dev)', () => {
    const text = 'Trump unleashed a series of tweets early Friday saying that rival Hillary Clinton had shown bad judgment in using Alicia Machado “as a paragon of virtue.”';
    expect(statements(text).filter((s) => s.speaker === 'rival Hillary Clinton')).toEqual([]);
  });

  it('makes no statement of "The plans that countries offered in Paris" (train)', () => {
    const text = 'The plans that countries offered in Paris would, even if faithfully carried out, fall far short of cutting emissions enough to meet the goal.';
    expect(statements(text)).toEqual([]);
  });

  it('keeps "said" after "that" ("a finish that he said defied expectations")', () => {
    const text = 'Cruz finished third, behind Trump and Rubio, in a finish that he said defied expectations.';
    expect(statements(text).map((s) => s.speaker)).toContain('he');
  });

  it('keeps "now that Cruz has endorsed Trump" (dev)', () => {
    const text = 'Over the past few weeks, there was chatter about a Cruz nomination in the primary - chatter that may simmer down now that Cruz has endorsed Trump.';
    expect(statements(text).map((s) => s.speaker)).toContain('Cruz');
  });

  it('makes no statement of a volition verb after "that" ("It is apparent that Clinton wanted to shield …", dev)', () => {
    const text = 'It is apparent that Clinton wanted to shield her shady dealings and favors to foreign governments from the U.S. public by having a private server.';
    expect(statements(text)).toEqual([]);
  });
});
