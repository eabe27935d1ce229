// The speaker of a cue verb separated from its subject: a second verb phrase after "but"/"or"
// ("… but did note that …") and adverbs between subject and verb ("She further announced …",
// "Carter however said …"). Sentences from PolNeAR.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('subject–verb gaps', () => {
  it('gives a verb phrase coordinated with "but" the subject of the first ("He did not mention … but did note that …")', () => {
    const text = 'He did not mention his opponents by name but did note that he had won the most states and the most votes.';
    const s = statementQuoting(text, 'he had won the most states');
    expect(s.speaker).toBe('He');
    expect(s.quote).toBe('that he had won the most states and the most votes');
  });

  it('skips an adverb between subject and verb ("She further announced that …")', () => {
    const text = 'She further announced that the DOJ was retaining the right of curtailing federal funding to the North Carolina Department of Public Safety.';
    expect(statementQuoting(text, 'the DOJ was retaining').speaker).toBe('She');
  });

  it('skips "however" between subject and verb ("Carter however said …")', () => {
    const text = 'Carter however said he would welcome China’s participation in a “principled security network” for Asia.';
    const s = statementQuoting(text, 'he would welcome');
    expect(s.speaker).toBe('Carter');
    expect(s.cue).toBe('said');
  });
});

describe('an adverb before a time phrase', () => {
  it('gives "Wells Fargo just this month announced …" to Wells Fargo (PolNeAR dev)', () => {
    const text = 'Wells Fargo just this month announced it would get rid of these incentives, beginning in January 2017.';
    expect(statementQuoting(text, 'get rid of these incentives').speaker).toBe('Wells Fargo');
  });
});
