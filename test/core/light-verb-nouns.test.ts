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

  it('is the light verb\'s subject\'s when the modifiers are not read as a subject ("made an unprompted call for")', () => {
    const call = statementQuoting('During Tuesday night\'s debate, Cruz made an unprompted call for an end to sugar subsidies, calling them "corporate welfare."', 'an end to sugar subsidies');
    expect(call.speaker).toBe('Cruz');
    expect(call.cue).toContain('call for');
    expect(statementQuoting('Donald Trump has delivered an impassioned defense of “New York values,” saying the city embodied the “bravery, heart and soul of America.”', 'New York values').speaker).toBe('Donald Trump');
    expect(statementQuoting('Following disappointing performances in both Iowa and New Hampshire, Bush pinned his hopes on South Carolina, a state where the Bush name has maintained some clout.', 'South Carolina').speaker).toBe('Bush');
    expect(statementQuoting("Cruz has made veiled references to Rubio's spotty Senate voting record and his support for the immigration bill.", 'spotty Senate').speaker).toBe('Cruz');
  });
});
