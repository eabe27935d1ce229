// A cue word after a possessive determiner takes its infinitive as the content, the determiner as the source ("her
// reluctance to debate", "Her vow to go after …"), as it takes a "that" clause ("his claim that …"). Sentences from
// PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a possessive determiner before a cue word and its infinitive', () => {
  it('reads "dropped her reluctance to debate" as hers', () => {
    const text = 'But even after Clinton, responding to a surging Sanders, dropped her reluctance to debate and agreed to participate in a total of 10, Sanders continued to portray her as hiding.';
    const s = statementQuoting(text, 'to debate');
    expect(s.speaker).toBe('her');
    expect(s.quote).toBe('to debate');
  });

  it('reads "Her vow to go after companies …" as hers', () => {
    const text = 'Her vow to go after companies that ship jobs overseas while claiming U.S. tax breaks.';
    const s = statementQuoting(text, 'go after companies');
    expect(s.speaker).toBe('Her');
    expect(s.quote.startsWith('to go after companies that ship jobs overseas')).toBe(true);
  });
});
