// A volition cue with its infinitive after "and" ("… and pledged to impose further sanctions") shares the subject the
// sentence opens with when no frame comes before it. Sentences from PolNeAR (dev, train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('volition cues coordinated after a verb that is no cue', () => {
  it('gives "pledged to impose" to the sentence\'s subject', () => {
    const text = "The United Nations Security Council on Friday made a strong condemnation of North Korea's latest nuclear test and pledged to impose further sanctions as a deterrence.";
    const s = statementQuoting(text, 'impose further sanctions');
    expect(s.speaker).toBe('The United Nations Security Council');
    expect(s.cue).toBe('pledged');
    expect(s.quote).toBe('to impose further sanctions as a deterrence');
  });

  it('takes no opening preposition for the subject', () => {
    const text = 'Over the years the firm grew quickly and decided to found Centerview.';
    expect(statements(text).some((s) => s.speaker === 'Over')).toBe(false);
  });
});

describe('a run-on sentence of coordinated volition cues', () => {
  it('is read in linear time: the sentence subject is looked for near the sentence start only', () => {
    const one = 'the group met and pledged to act ';
    const t0 = performance.now();
    statements(one.repeat(2000));
    const t1 = performance.now();
    statements(one.repeat(8000));
    const t2 = performance.now();
    expect(t2 - t1).toBeLessThan(10 * (t1 - t0) + 200);
  });
});
