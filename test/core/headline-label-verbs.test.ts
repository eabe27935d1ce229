// A headline's label before its colon holds the headline's verb, capitalized like the name ("Carly Fiorina Endorses Ted
// Cruz: I Am …"): the speaker ends before it, as a headline's subject does (train: speaker exact +3; dev scores
// unchanged). Headlines from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a headline label before a colon', () => {
  it('ends the speaker before "Endorses" (train)', () => {
    const text = 'Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump.\n\nCarly Fiorina threw her support behind Sen. Ted Cruz (R-Texas) Wednesday.';
    expect(statementQuoting(text, 'Horrified').speaker).toBe('Carly Fiorina');
  });

  it('ends the speaker before "Addresses" (train)', () => {
    const text = 'Trump Addresses Munich Attack: ‘This Cannot Continue.’\n\nOn Friday, at least nine people were killed.';
    expect(statementQuoting(text, 'Cannot Continue').speaker).toBe('Trump');
  });
});
