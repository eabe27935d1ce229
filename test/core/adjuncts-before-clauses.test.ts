// A phrase of place or time between the cue and a clause without "that" ("said after the convention he would …",
// "has questioned in recent days whether …") is the writer's, and the content starts at the clause. Sentences from
// PolNeAR (dev, train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('adjuncts before a clause with no "that"', () => {
  it('starts at the subject pronoun after "said after the convention"', () => {
    const text = "Trump said after the convention he would not accept Cruz's endorsement if it were offered.";
    expect(statementQuoting(text, 'endorsement').quote).toBe("he would not accept Cruz's endorsement if it were offered");
  });

  it('starts at "whether" after "has questioned in recent days"', () => {
    const text = 'Cruz has questioned in recent days whether Trump has the necessary temperament to be president, but declined to follow suit on the debate stage.';
    expect(statementQuoting(text, 'temperament').quote.startsWith('whether Trump has the necessary temperament')).toBe(true);
  });

  it('starts at "how" after "shows in detail"', () => {
    const text = 'An exhaustive study being released on Tuesday by a group of researchers shows in detail how Fortune 500 companies have managed to shelter trillions of dollars in profits offshore from being taxed.';
    expect(statementQuoting(text, 'Fortune 500').quote.startsWith('how Fortune 500 companies')).toBe(true);
  });

  it('does not cut "in Paris would, even if …": words with a verb are no adjunct', () => {
    const text = 'The plans that countries offered in Paris would, even if faithfully carried out, fall far short of cutting emissions enough to meet the goal.';
    expect(statements(text).some((s) => s.quote.startsWith('if faithfully carried out'))).toBe(false);
  });
});
