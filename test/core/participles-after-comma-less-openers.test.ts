// "Then she shattered party norms, pledging …": a sentence opener with no comma of its own ("Then", "By Sunday
// afternoon") is skipped word by word, not up to the participle's comma, so the participle takes the pronoun after it;
// before, it got no statement. After a preposition only a pronoun is taken. Sentences from PolNeAR train and dev.
import { describe, expect, it } from 'vitest';
import { statements, statementQuoting } from './engine-helpers';

describe('a participle after a sentence opener with no comma', () => {
  it('takes the pronoun after "Then"', () => {
    const text = 'Then she shattered party norms, pledging that her father would revolutionize support for working mothers.';
    const s = statementQuoting(text, 'that her father would revolutionize support for working mothers');
    expect(s.speaker).toBe('she');
    expect(s.cue).toBe('pledging');
  });

  it('takes the pronoun after "Then" for each participle', () => {
    const text = 'Then he cut into Bush, calling him a "stiff" and accusing him of acting like a "spoiled child."';
    expect(statementQuoting(text, 'him of acting like').speaker).toBe('he');
    expect(statementQuoting(text, 'him a').cue).toBe('calling');
  });

  it('takes the pronoun after a preposition\'s phrase', () => {
    const text = 'By Sunday afternoon she had canceled a much-heralded joint rally with Obama slated for Wednesday in Green Bay, Wis., citing the attack.';
    const s = statementQuoting(text, 'the attack');
    expect(s.speaker).toBe('she');
    expect(s.cue).toBe('citing');
  });

  it('takes no noun phrase after a preposition\'s phrase', () => {
    const text = 'In the next eight weeks the Clinton campaign would do well to target ethnic voters in battleground states, emphasizing the fundamental threat to the countries of their ancestors that a Trump presidency would constitute.';
    expect(statements(text).filter((s) => s.cue === 'emphasizing')).toEqual([]);
  });
});
