// A plural noun for people that training seldom saw in a speaker ("environmentalists", "journalists") is the subject of
// any cue verb that agrees with it, not only of a verb of saying. Sentences from PolNeAR (dev).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('plural nouns for people as subjects of cue verbs', () => {
  it('takes "environmentalists" as the subject of "worry that"', () => {
    const text = 'But environmentalists worry that the cost of reclaiming the mines could fall to West Virginia taxpayers.';
    const s = statementQuoting(text, 'the cost of reclaiming');
    expect(s.speaker).toBe('environmentalists');
    expect(s.cue).toBe('worry');
  });

  it('takes "Several former RT journalists" as the subject of "have complained"', () => {
    const text = "Several former RT journalists have complained they weren't given such a free hand. That was what Liz Wahl said when she resigned.";
    const s = statementQuoting(text, 'free hand');
    expect(s.speaker).toBe('Several former RT journalists');
    expect(s.quote).toBe("they weren't given such a free hand");
  });
});
