// "Sanders takes issue with a new oversight board …": a form of "take" with "issue with" or "credit for" is PolNeAR's
// cue, all three words, its subject the speaker. Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"take issue with" and "take credit for" cues', () => {
  it('reads "Sanders takes issue with …" as a statement of Sanders', () => {
    const text = "In particular, Sanders takes issue with a new oversight board created under the legislation to oversee the island's finances.";
    const s = statementQuoting(text, 'oversight board');
    expect(s.speaker).toBe('Sanders');
    expect(s.cue).toBe('takes issue with');
    expect(s.quote).toBe("a new oversight board created under the legislation to oversee the island's finances");
  });

  it('keeps an auxiliary and an adverb in the cue and reads "took credit for" the same way', () => {
    const s = statementQuoting('Some Democrats probably would take issue with the suggestion that the divisions are less clear.', 'the suggestion');
    expect(s.speaker).toBe('Some Democrats');
    expect(s.cue).toBe('probably would take issue with');
    const credit = statementQuoting('The White House took credit for achieving its goal of taking in 10,000 refugees from Syria.', 'achieving its goal');
    expect(credit.speaker).toBe('The White House');
    expect(credit.cue).toBe('took credit for');
  });
});
