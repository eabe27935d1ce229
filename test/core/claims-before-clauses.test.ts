// "claims" before a subject pronoun or a possessive determiner is read as "claims that": the clause it opens is what
// is claimed. Sentences from PolNeAR train and a saved page; "claims" as a noun before such a word makes no cue.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"claims" before a pronoun or a possessive', () => {
  it('reads "Trump claims he\'s worth $10 billion" (PolNeAR train)', () => {
    const s = statementQuoting("Trump claims he's worth $10 billion. Would a real billionaire behave this way?", 'worth $10 billion');
    expect(s.cue).toBe('claims');
    expect(s.speaker).toBe('Trump');
  });

  it('reads "And he claims his boss is OK with it" and "The candidate claims his net worth is …" (PolNeAR train)', () => {
    expect(statementQuoting('And he claims his boss is OK with it.', 'boss is OK').cue).toBe('claims');
    expect(statementQuoting('The candidate claims his net worth is in excess of $10 billion.', 'net worth').cue).toBe('claims');
  });

  it('makes no cue of the noun: "The claims he made about the deal were false."', () => {
    expect(statements('The claims he made about the deal were false.').filter((s) => s.cue === 'claims')).toEqual([]);
  });
});
