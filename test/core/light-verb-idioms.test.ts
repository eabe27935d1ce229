// "made the case", "took issue with", "made no secret of", "made the point": a light verb and its noun say what a verb
// of saying would, and the subject stands before the verb. Sentences from PolNeAR.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('light-verb idioms of saying', () => {
  it('gives the "that" clause after "have made the case" to the subject (train)', () => {
    const s = statementQuoting('They have made the case that she is too close to Wall Street banks.', 'too close to Wall Street');
    expect(s.speaker).toBe('They');
    expect(s.cue).toBe('have made the case');
  });

  it('takes the object of "made the case for" as the content (dev)', () => {
    const text = 'Mr. Obama has previously made the case for Mrs. Clinton during campaign stops and in his speech at the Democratic National Convention.';
    const s = statementQuoting(text, 'Mrs. Clinton');
    expect(s.speaker).toBe('Mr. Obama');
    expect(s.cue).toBe('has previously made the case for');
  });

  it('takes the object of "takes issue with" as the content (train)', () => {
    const text = 'In particular, Sanders takes issue with a new oversight board created under the legislation to oversee Puerto Rico’s finances because the majority of the seven-member panel would be controlled by Republicans with little input from Puerto Rico citizens.';
    const s = statementQuoting(text, 'a new oversight board');
    expect(s.speaker).toBe('Sanders');
    expect(s.cue).toBe('takes issue with');
  });

  it('finds nothing said in "making her case on television" (train)', () => {
    const text = 'Clinton had few surrogates making her case on television, although longtime friend Lanny Davis appeared on “Fox & Friends” to defend her.';
    expect(statements(text).some((s) => s.cue?.includes('case'))).toBe(false);
  });
});
