// "X is known for Y", "X is best known for Y": what someone is known for, with no one named who knows it. PolNeAR
// marks these like "is seen as": no source and the whole clause as content (train: 13 of 16 such be-passives).
// Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"is known for" views with no source', () => {
  it('reads "Ginsburg is known for her liberal bent" as a sourceless statement of the whole clause', () => {
    const text = 'Ginsburg is known for her liberal bent, but the comments created a firestorm because justices rarely weigh in.';
    const s = statementQuoting(text, 'her liberal bent');
    expect(s.speaker).toBeNull();
    expect(s.cue).toBe('is known for');
    expect(s.quote).toBe('Ginsburg is known for her liberal bent');
  });

  it('lets "best" and "well" stand inside the verb group', () => {
    const text = 'Allergan is best known for making the wrinkle-smoothing treatment Botox, while Pfizer is well known for making a wide variety of iconic drugs.';
    const botox = statementQuoting(text, 'wrinkle-smoothing');
    expect(botox.speaker).toBeNull();
    expect(botox.cue).toBe('is best known for');
    expect(botox.quote).toBe('Allergan is best known for making the wrinkle-smoothing treatment Botox');
    const drugs = statementQuoting(text, 'iconic drugs');
    expect(drugs.speaker).toBeNull();
    expect(drugs.quote).toBe('Pfizer is well known for making a wide variety of iconic drugs');
  });
});
