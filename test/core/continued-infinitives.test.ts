// After "continue", the infinitive is the verb of the statement: PolNeAR's cue takes it in ("continued to plot
// against"), and the content starts after it. Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"continued to" + verb', () => {
  it('starts the content after the verb and its preposition ("our enemies continued to plot against us")', () => {
    const text = 'Attacks on the American homeland stepped up when Obama and Clinton took office and began a strict timetable for withdrawing our military while our enemies continued to plot against us.';
    const s = statements(text).find((x) => x.cue?.startsWith('continued'));
    expect(s?.quote).toBe('us');
  });

  it('starts it after the verb alone ("Trump continued to portray “illegal” immigrants as violent criminals")', () => {
    const text = 'On the same day of the SCOTUS deadlock, Trump continued to portray “illegal” immigrants as violent criminals.';
    // The scorer trims the opening mark, as the engine does.
    expect(statementQuoting(text, 'violent criminals').quote.replace(/^“/, '')).toBe('illegal” immigrants as violent criminals');
  });
});
