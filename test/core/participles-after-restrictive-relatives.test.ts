// A participle after a comma that follows a restrictive relative clause ("an architect who said …, saying") is not the
// relative pronoun's: the clause describes an object, and the participle goes back to the sentence's subject.
// Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a participle after a restrictive relative clause', () => {
  it('is the sentence subject\'s (Trump was similarly defensive when forced to defend not paying an architect who said …, saying …)', () => {
    const text = 'Trump was similarly defensive when forced to defend not paying an architect who said he was stiffed after he designed a clubhouse at one of Trump’s golf courses, saying, “Maybe he didn’t do a good job, and I wasn’t satisfied with his work.”';
    expect(statementQuoting(text, 'satisfied with his work').speaker).toBe('Trump');
  });

  it('stays the relative\'s after a lead word (The Republican leaders who implicitly rebuked Trump by publicly expressing …)', () => {
    const text = "The Republican leaders who implicitly rebuked Trump by publicly expressing sympathy and respect included Trump's running mate, Indiana Gov. Mike Pence.";
    expect(statementQuoting(text, 'sympathy and respect').speaker).toBe('who');
  });
});
