// A noun of saying after a light verb ("took multiple swipes at", "made other public promises") is the verb's
// subject's statement; the modifiers before the noun are no speaker. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a noun cue after a light verb and its modifiers', () => {
  it('is the light verb\'s subject\'s (Trump has repeatedly made other public promises to give …)', () => {
    const text = 'Trump has repeatedly made other public promises to give the proceeds of business ventures to charity.';
    expect(statementQuoting(text, 'proceeds of business ventures').speaker).toBe('Trump');
  });

  it('is the light verb\'s subject\'s after an adverb (He even gave a few hints of his closely guarded family life)', () => {
    const text = "He even gave a few hints of his closely guarded family life, talking proudly of his two adult daughters.";
    expect(statementQuoting(text, 'closely guarded family life').speaker).toBe('He');
  });
});
