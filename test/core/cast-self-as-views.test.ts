// "cast himself as …": casting oneself as something is a view one puts forward of oneself, a cue after a comma or a
// relative clause too, where "cast … as" with another object is not read. Sentence from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"cast himself as" views', () => {
  it('reads "cast himself as" after a relative clause set off by commas', () => {
    const text = 'Canova, who cited trade and campaign finance reform as his major issues, cast himself as a Sanders- and Elizabeth Warren-style progressive.';
    const s = statementQuoting(text, 'himself as a Sanders');
    expect(s.speaker).toBe('Canova');
    expect(s.cue).toBe('cast');
  });

  it('ends the relative clause\'s own statement before the cast', () => {
    const text = 'Canova, who cited trade and campaign finance reform as his major issues, cast himself as a Sanders- and Elizabeth Warren-style progressive.';
    expect(statementQuoting(text, 'trade and campaign').quote).toBe('trade and campaign finance reform as his major issues');
  });
});
