// "X is seen as Y", "X is not known as Y": how something is seen, with no one named who sees it. PolNeAR marks these
// with no source and the whole clause as content, like "is expected to" (train: 12 of 17 such statements right).
// Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"is seen as" views with no source', () => {
  it('reads "Mr. Sanders is seen as empowering …" as a sourceless statement of the whole clause', () => {
    const text = 'But Mr. Sanders is seen as empowering regular voters against the will of party apparatchiks.';
    const s = statementQuoting(text, 'empowering regular voters');
    expect(s.speaker).toBeNull();
    expect(s.cue).toBe('is seen as');
    expect(s.quote).toBe('Mr. Sanders is seen as empowering regular voters against the will of party apparatchiks');
  });

  it('reads "Manafort is not known as a debate prep expert" the same way', () => {
    const text = 'Manafort is not known as a debate prep expert, either, which is why Roger Ailes will continue to advise Trump.';
    const s = statementQuoting(text, 'debate prep expert');
    expect(s.speaker).toBeNull();
    expect(s.quote).toBe('Manafort is not known as a debate prep expert');
  });

  it('leaves "was loath to be seen as …", an aim, alone', () => {
    const text = 'Obama, whose approval ratings have risen above 50 percent, was loath to be seen as taking a victory lap.';
    expect(statements(text).filter((s) => s.cue?.includes('seen'))).toEqual([]);
  });
});
