// After a possessive, a volition word with its infinitive is a noun: "Obama's plan to admit Syrian refugees" is an
// intention someone has, not a statement they make. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('volition nouns after a possessive', () => {
  it('makes no statement of "Obama\'s plan to …"', () => {
    const text = "For most GOP candidates, the primary focus has not even been ISIL, but on slowing or stopping Obama's plan to admit Syrian refugees.";
    expect(statements(text).some((s) => s.quote.includes('admit Syrian refugees'))).toBe(false);
  });

  it('makes no statement of "Mr. Hannity\'s plans to …"', () => {
    const text = "It's why, for instance, he abruptly canceled Mr. Hannity's plans to attend a major Tea Party rally in Ohio in 2010 after it came to light that the organizers were using his appearance to raise money.";
    expect(statements(text).some((s) => s.speaker === "Mr. Hannity's")).toBe(false);
  });

  it('still gives the verb "plans to" to its subject', () => {
    const text = 'The Super PAC also plans to target Indiana voters via mail, phone calls and digital ads.';
    const s = statementQuoting(text, 'target Indiana voters');
    expect(s.speaker).toBe('The Super PAC');
    expect(s.cue).toBe('plans');
  });
});
