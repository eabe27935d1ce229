// "said as much", "acknowledged as much": the words "as much" stand for what was said, and PolNeAR marks them as the
// content; a comparison ("as much stimulus as …") is no content. Sentences from PolNeAR (dev, train).
import { describe, expect, it } from 'vitest';
import { statements, statementQuoting } from './engine-helpers';

describe('"as much" after a cue', () => {
  it('is the content of "said as much in an interview"', () => {
    const text = 'Hillary Clinton’s campaign manager Robby Mook said as much in an interview earlier Thursday morning, arguing that Trump “lashed out at our military.”';
    const s = statementQuoting(text, 'as much');
    expect(s.quote).toBe('as much');
    expect(s.speaker).toBe('Hillary Clinton’s campaign manager Robby Mook');
  });

  it('is the content of "acknowledged as much" before an adjunct', () => {
    const text = 'Top Sanders strategists acknowledged as much in a New York Times article Monday by Patrick Healy and Yamiche Alcindor.';
    expect(statementQuoting(text, 'as much').speaker).toBe('Top Sanders strategists');
  });

  it('is not a comparison ("said as much stimulus as …")', () => {
    const text = 'The bank said as much stimulus as many had hoped would come.';
    expect(statements(text).map((s) => s.quote)).not.toContain('as much');
  });
});
