// "She also compared Trump to Hillary Clinton": comparing something to something states a view, though "compared"
// alone is rarely a cue ("compared to last year", "was compared with"). Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"compared X to Y" cues', () => {
  it('reads "Henry compared Trump to …" as a statement of Henry', () => {
    const text = 'Henry compared Trump to former California Gov. Pete Wilson who supported Proposition 226, a measure strongly opposed by unions.';
    const s = statementQuoting(text, 'Pete Wilson');
    expect(s.speaker).toBe('Henry');
    expect(s.cue).toBe('compared');
    expect(s.quote).toBe('Trump to former California Gov. Pete Wilson who supported Proposition 226');
  });

  it('reads a participle after "with" and its subject', () => {
    const text = 'Sanders supporters were furious at the national party, with DNC Chairwoman Debbie Wasserman Schultz comparing the worst scenes there to the violence at Trump rallies.';
    const s = statementQuoting(text, 'the violence at Trump rallies');
    expect(s.speaker).toBe('DNC Chairwoman Debbie Wasserman Schultz');
    expect(s.cue).toBe('comparing');
  });

  it('leaves the passive and "compared to" without an object alone', () => {
    const text = 'Sales rose 5 percent compared to last year. The plan was compared with the Glass-Steagall Act.';
    expect(statements(text).filter((s) => s.cue?.includes('compar'))).toEqual([]);
  });
});
