// "X went on to say …": "went on to" belongs to the cue, and the subject before "went" speaks (src/core/cues.ts
// goesOnToBefore). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"went on to" before a verb of saying', () => {
  it('gives "D’Souza went on to explain that …" to D’Souza, with "went on to explain" for cue', () => {
    const text = 'D’Souza went on to explain that the Clintons’ and other liberals’ commitment to obtaining and retaining power is unrelenting.';
    const s = statementQuoting(text, 'commitment to obtaining');
    expect(s.speaker).toBe('D’Souza');
    expect(s.cue).toBe('went on to explain');
  });

  it('reads a quotation after it ("Pence went on to say he’s “confident” …")', () => {
    const text = 'Pence went on to say he’s “confident” that once the elections are over, “these two men are going to do great things, at home and abroad.”';
    expect(statementQuoting(text, 'these two men').speaker).toBe('Pence');
  });
});
