// A participle after a lead word ("by saying", "by declaring") inside a relative clause set off by a comma is the
// relative pronoun's, not the sentence subject's: "… Likud party, which tried to rally right-wing support by saying
// that …". Sentences from PolNeAR train and a saved Washington Post page.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('participles inside relative clauses', () => {
  it('gives "by saying" to the relative "which", not the sentence\'s opening words (saved Washington Post page)', () => {
    const text = 'The Obama administration’s first comments on the Israeli election came with a tough warning about some of the pre-election rhetoric from Netanyahu’s Likud party, which tried to rally right-wing support by saying that Arab Israeli voters were “coming out in droves.”';
    expect(statementQuoting(text, 'Arab Israeli voters').speaker).toBe('which');
  });

  it('gives "by declaring" to "who" after the object it describes (train)', () => {
    const text = 'For an hour, the Republican Party’s presumptive nominee sat face to face with House Speaker Paul Ryan, who just a week ago surprised Trump by declaring he couldn’t yet support his candidacy.';
    expect(statementQuoting(text, 'support his candidacy').speaker).toBe('who');
  });

  it('gives "by questioning" to "who" (train)', () => {
    const text = 'He will need their support with recent polls showing a tightening of the race with Donald J. Trump, who last week injected a volatile new element into the race by questioning Mr. Cruz\'s eligibility to be president because of his Canadian birth.';
    expect(statementQuoting(text, 'eligibility to be president').speaker).toBe('who');
  });
});
