// A title-case headline's subject ends before the headline's verb, auxiliary or preposition, which are capitalized
// like the name (session 12). Headlines from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a subject read back from a capitalized cue', () => {
  it('ends before a verb training saw as a cue (31 Latinos Share Their Most Honest Thoughts On …)', () => {
    const text = '31 Latinos Share Their Most Honest Thoughts On Donald Trump\n\nThe people we spoke to are voters.';
    expect(statementQuoting(text, 'Donald Trump').speaker).toBe('31 Latinos');
  });

  it('ends before "Opened" (Dascha Polanco Opened Up About …)', () => {
    const text = 'Dascha Polanco Opened Up About Not Being A Size Zero In Hollywood\n\nThe actress spoke on Monday.';
    expect(statementQuoting(text, 'Size Zero').speaker).toBe('Dascha Polanco');
  });

  it('ends before an auxiliary (Democrats Should Be Very Nervous About …)', () => {
    const text = 'Democrats Should Be Very Nervous About Their Terrible Turnout Numbers\n\nTurnout fell again on Tuesday.';
    expect(statementQuoting(text, 'Turnout Numbers').speaker).toBe('Democrats');
  });

  it('keeps "In" and the place in the name (Exit Polls In West Virginia Spell …)', () => {
    const text = 'Exit Polls In West Virginia Spell Bad News For Hillary Clinton\n\nVoters went to the polls on Tuesday.';
    expect(statementQuoting(text, 'Bad News').speaker).toBe('Exit Polls In West Virginia');
  });
});
