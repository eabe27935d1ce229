// A negated auxiliary written as a contraction belongs to the cue, as "has not" does ("hasn't said" is PolNeAR's cue),
// so the subject before it is the speaker and not "Sanders hasn't". A sentence from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('negated cues', () => {
  it('takes "hasn\'t" into the cue and leaves it out of the speaker (Sanders hasn\'t said whether …)', () => {
    const text = "Sanders hasn't said whether he has a strategy for changing the focus of his campaign, and he insisted at an Indiana rally Wednesday that he's still in the race against Hillary Clinton to win the nomination.";
    const s = statementQuoting(text, 'whether he has a strategy');
    expect(s.speaker).toBe('Sanders');
    expect(s.cue).toBe("hasn't said");
  });
});
