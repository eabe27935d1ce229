// "Let me just say …": the speaker is the pronoun alone, as PolNeAR marks it ("let" was read into the mention; train:
// speaker exact +2, dev has no such statement). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"Let me" before a cue', () => {
  it('takes "me" as the speaker of "Let me just say that …" (train)', () => {
    const text = 'Let me just say that it was not overpopulated with dentists, entrepre- neurs, and CEOs.';
    expect(statementQuoting(text, 'overpopulated').speaker).toBe('me');
  });

  it('takes "me" as the speaker of "Let me first express …" (train)', () => {
    const text = 'Let me first express my gratitude to those of you who have taken on the challenge of running for office.';
    expect(statementQuoting(text, 'my gratitude').speaker).toBe('me');
  });
});
