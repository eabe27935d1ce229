// A verb that is no cue itself, right after a named or pronoun subject, whose object is a noun of saying or attitude
// with its preposition ("raised questions about", "stepped up his attacks on"): verb, noun and preposition are one
// cue, the preposition's object the content, as PolNeAR marks them. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('a verb with a noun + preposition object ("raised questions about")', () => {
  it('gives the object of "questions about" to the subject of "raised"', () => {
    const text = 'Trump has raised questions about Obama’s birthplace and religion, falsely suggesting that Obama was born outside the United States and is a Muslim.';
    const s = statementQuoting(text, 'Obama’s birthplace and religion');
    expect(s.speaker).toBe('Trump');
    expect(s.cue).toBe('has raised questions about');
    expect(s.quote).toBe('Obama’s birthplace and religion');
  });

  it('reads a possessive determiner between verb and noun ("stepped up his attacks on")', () => {
    const text = 'He has stepped up his attacks on Clinton\'s positions, but his parries, particularly compared with those in the Republican race, are gentle.';
    const s = statementQuoting(text, 'Clinton\'s positions');
    expect(s.speaker).toBe('He');
    expect(s.cue).toBe('has stepped up his attacks on');
  });

  it('makes no statement of the subject of a verb that receives the noun ("faced criticism for")', () => {
    const text = 'Entering the seven-man, prime-time debate, Cruz faced criticism for unreported loans to his 2012 Senate campaign in Texas.';
    expect(statements(text).filter((s) => s.speaker === 'Cruz')).toEqual([]);
  });

  it('takes no capitalized modifier of a noun for a subject ("New Hampshire voters pose questions about")', () => {
    const text = 'The town hall was designed to let New Hampshire voters pose questions about their top concerns to the two candidates.';
    expect(statements(text).filter((s) => s.speaker === 'New Hampshire')).toEqual([]);
  });

  it('starts a noun + preposition cue found on its own at the verb before its noun phrase ("delivered an impassioned defense of")', () => {
    const text = 'Donald Trump has delivered an impassioned defense of “New York values,” saying the city embodied the “bravery, heart and soul of America.”';
    const s = statementQuoting(text, 'New York values');
    expect(s.speaker).toBe('Donald Trump');
    expect(s.cue).toBe('has delivered an impassioned defense of');
  });

  it('takes "made an unprompted call for" whole, with its subject', () => {
    const text = 'During Tuesday night\'s debate, Cruz made an unprompted call for an end to sugar subsidies, calling them "corporate welfare."';
    const s = statementQuoting(text, 'an end to sugar subsidies');
    expect(s.speaker).toBe('Cruz');
    expect(s.cue).toBe('made an unprompted call for');
  });

  it('takes no day for a subject ("on Tuesday released a parody website asking for")', () => {
    const text = 'The Not1More campaign on Tuesday released a parody website asking for proposals for a "Deporter-in-Chief" wing of the Obama presidential library.';
    const s = statementQuoting(text, 'proposals for');
    expect(s.speaker).toBe('The Not1More campaign');
    expect(s.cue).toBe('asking for');
  });
});
