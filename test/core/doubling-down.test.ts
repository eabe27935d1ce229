// "doubled down on": insisting again on what one said, a cue through "on" whose object is the content (PolNeAR marks
// it so). Sentences from PolNeAR.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"double down on"', () => {
  it('gives the object of "is doubling down on" to the subject (dev)', () => {
    const s = statementQuoting('Donald Trump is doubling down on his attacks on a former Miss Universe.', 'his attacks');
    expect(s.speaker).toBe('Donald Trump');
    expect(s.cue).toBe('is doubling down on');
    expect(s.quote).toBe('his attacks on a former Miss Universe');
  });

  it('reads "doubles down on" in a headline too (train)', () => {
    const s = statementQuoting("Christie doubles down on Trump's outreach to blacks.", 'outreach to blacks');
    expect(s.speaker).toBe('Christie');
  });
});
