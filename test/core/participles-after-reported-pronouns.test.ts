// A participle after "X said he …": the pronoun's clause is what X said, so the participle is X's, not the pronoun's.
// Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a participle after a reported clause opened by a pronoun', () => {
  it('is the reporting speaker\'s (Sen. David Perdue (R-Ga.) said he didn\'t believe …, arguing that …)', () => {
    const text = 'Sen. David Perdue (R-Ga.) said he didn’t believe those characterizations did Romney in in 2012, arguing that it was divisions in the Republican Party that were a bigger hurdle.';
    expect(statementQuoting(text, 'divisions in the Republican Party').speaker).toBe('Sen. David Perdue (R-Ga.)');
  });

  it('is the reporting speaker\'s after "said he plans" (Carson said he plans to preview …, insisting that …)', () => {
    const text = 'Carson said he plans to preview a strategy for Libya after Christmas, insisting that U.S. leaders and even his GOP rivals are too concerned about the Islamic State’s actions in Iraq and Syria.';
    expect(statementQuoting(text, 'too concerned').speaker).toBe('Carson');
  });
});
