// "went/goes on to <verb>": the verb after "went on to" is a cue with its subject before "went", as PolNeAR marks it,
// even when the verb alone is a cue too seldom ("endorse", "slam"). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"went on to" before a verb of judging', () => {
  it('gives the object of "went on to endorse" to the subject', () => {
    const text = 'He went on to endorse Ayotte, calling her “a rising star.”';
    const s = statementQuoting(text, 'Ayotte');
    expect(s.speaker).toBe('He');
    expect(s.cue).toBe('went on to endorse');
  });

  it('reads "goes on to slam" after a document subject', () => {
    const text = 'The piece goes on to slam Sanders’ “political revolution” for implying “a national consensus favoring his agenda when there is none.”';
    const s = statementQuoting(text, 'political revolution');
    expect(s.speaker).toBe('The piece');
    expect(s.cue).toBe('goes on to slam');
  });

  it('makes no statement of "went on to win"', () => {
    const text = 'Boston went on to win Game 7 and then the World Series.';
    expect(statements(text)).toEqual([]);
  });
});
