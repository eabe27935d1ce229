// "<noun of saying or attitude> from/among <source> that <clause>": the noun phrase after the preposition is the source,
// the "that" clause the content (train: 10 of 11 such statements right, in 10 documents). Sentences from PolNeAR train;
// the last is made up for the relative "that".
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('sources after "from"/"among" a noun of saying', () => {
  it('reads "criticism from rivals that …" as the rivals\' statement of the clause', () => {
    const text = 'Trump has faced criticism from rivals that the tenor of his campaign has created an unsafe environment at his rallies.';
    const s = statementQuoting(text, 'the tenor of his campaign');
    expect(s.speaker).toBe('rivals');
    expect(s.cue).toBe('criticism');
    expect(s.quote).toBe('that the tenor of his campaign has created an unsafe environment at his rallies');
  });

  it('reads "among" as "from": "the feeling among many Americans that …"', () => {
    const text = 'They were emblematic of the feeling among many Americans that the country is sliding away from traditional virtues and values.';
    const s = statementQuoting(text, 'sliding away');
    expect(s.speaker).toBe('many Americans');
    expect(s.quote).toBe('that the country is sliding away from traditional virtues and values');
  });

  it('keeps an appositive in the source and ends the content at a dash', () => {
    const text = 'The biggest bombshell was an allegation from his first wife, Ivana Trump, that Mr. Trump had raped her -- a claim that originated in a deposition she gave during their divorce proceedings.';
    const s = statementQuoting(text, 'had raped her');
    expect(s.speaker).toBe('his first wife, Ivana Trump');
    expect(s.quote).toBe('that Mr. Trump had raped her');
  });

  it('reads a "that" before a verb as a relative pronoun, with no statement', () => {
    expect(statements('The deal drew concerns from groups that oppose the pipeline.')).toEqual([]);
  });
});
