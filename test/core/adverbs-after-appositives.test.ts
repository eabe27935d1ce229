// An adverb after an appositive's closing comma opens the predicate: "Dean, a medical doctor, then appeared …" is
// spoken by "Dean, a medical doctor" ("then" was part of the speaker). A sentence from PolNeAR dev (train holds no
// such sentence the engine read wrongly).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('adverbs after an appositive', () => {
  it('leaves "then" out of the subject (Dean, a medical doctor, then appeared … saying)', () => {
    const text = 'Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would “never” diagnose someone through television.';
    expect(statementQuoting(text, 'diagnose someone').speaker).toBe('Dean, a medical doctor');
  });
});
