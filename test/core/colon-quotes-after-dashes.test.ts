// A colon before a quotation that ends the sentence gives the quotation to the clause before the colon; that clause
// starts after a comma or after a spaced dash, so the subject is not the sentence's first word when a dash sets the
// clause off. Sentences from PolNeAR (train, dev).
import { describe, expect, it } from 'vitest';
import { statements, statementQuoting } from './engine-helpers';

describe('a colon quotation after a dash', () => {
  it('takes its speaker after the dash ("… - More from Jones: “…”")', () => {
    const text = 'What that means for this year’s presidential election - More from Jones: “The partisanship of the state population is a starting point in determining a state’s likely vote.”';
    expect(statementQuoting(text, 'The partisanship').speaker).toBe('More from Jones');
  });

  it('gives no quotation to the word opening a clause before the dashed aside', () => {
    const text = "If we lived in normal times -- with perspective and some minimal grounding in history -- a reader would now ask: ''WHAT? Larry King and Ed Schultz are on a Russian state-financed television outlet?''";
    expect(statements(text).map((s) => s.speaker)).not.toContain('If');
  });
});
