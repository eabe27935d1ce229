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
});
