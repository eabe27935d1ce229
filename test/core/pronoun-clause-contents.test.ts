// A content opening with a subject pronoun ("said she asked …") is a clause like a "that" clause: a subordinator after a
// word ("because", "when", "after") is inside it, not the lead of a new statement (train: 5 more right, quote exact +7;
// dev unchanged). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a content that opens with a subject pronoun', () => {
  it('keeps "because she wanted …" in the content (train)', () => {
    const text = 'Kelly said she asked for the interview because she wanted to get her interactions with Trump on a professional footing.';
    const s = statementQuoting(text, 'she asked for the interview');
    expect(s.speaker).toBe('Kelly');
    expect(s.quote).toBe('she asked for the interview because she wanted to get her interactions with Trump on a professional footing');
  });
});
