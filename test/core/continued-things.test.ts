// "continued his push", "continued their search": continuing a thing is doing it, not saying something (train: 0 of the
// 11 statements the engine made of "continue" + an article or a possessive were right). The cue makes no frame but a
// participle after it still takes its subject. Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"continue" + a thing', () => {
  it('makes no statement of "continued their search for those devices"', () => {
    const text = "Over the weekend, a team of divers from the F.B.I. and the San Bernardino County Sheriff's Department continued their search for those devices in Seccombe Lake in a park about two miles from the site of the Dec. 2 attack.";
    expect(statements(text).filter((s) => s.cue === 'continued')).toEqual([]);
  });

  it('makes no statement of "Trump continued his push on Twitter and Instagram"', () => {
    const text = 'Trump continued his push on Twitter and Instagram, referencing a confirmed Breitbart News report that eight Syrian refugees were detained attempting to enter Texas from Mexico on Monday.';
    expect(statements(text).filter((s) => s.cue === 'continued')).toEqual([]);
  });

  it('still gives the participles after "he continued his assault on Mr. Bush" to "he"', () => {
    const text = "The former president spoke hours after Mr. Trump, who has been leading in polls here, held a news conference nearby in which he continued his assault on Mr. Bush, mocking his famous ''Mission Accomplished'' appearance during the Iraq war and pointedly saying the country was not ''safe'' during the president's tenure.";
    expect(statements(text).filter((s) => s.cue === 'continued')).toEqual([]);
    expect(statementQuoting(text, 'the country was not').speaker).toBe('he');
  });

  it('keeps "continued to push for" a statement', () => {
    const text = 'Sanders has continued to push for a single-payer health care system — a dream for many Democrats — while Clinton has slammed his proposal as too vague and politically unrealistic.';
    expect(statementQuoting(text, 'single-payer').speaker).toBe('Sanders');
  });
});
