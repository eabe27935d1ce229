// A statement inside a relative clause whose content opens with its verb ("… that he said defied expectations"): the
// relative word before the speaker is the content's subject, and PolNeAR's content starts at it. Sentences from
// PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('contents that start at the relative word before the speaker', () => {
  it('starts at "that" when the content opens with a past-tense verb ("a finish that he said defied expectations")', () => {
    const text = 'Cruz says he is “effectively tied for second place” with Florida Sen. Marco Rubio, in a finish that he said defied expectations.';
    expect(statementQuoting(text, 'defied expectations').quote).toBe('that he said defied expectations');
  });

  it('starts at "that" when the content opens with an auxiliary ("a strike that company executives said could …")', () => {
    const text = 'Verizon reached a tentative agreement with its unions, taking a step toward ending a weeks-long strike that company executives said could ultimately affect second-quarter earnings.';
    expect(statementQuoting(text, 'second-quarter earnings').quote).toBe('that company executives said could ultimately affect second-quarter earnings');
  });

  it('starts at "what" after a preposition ("adapt to what she said is growing demand")', () => {
    const text = 'Tanzer has helped country clubs adapt to what she said is growing demand for fitness facilities.';
    expect(statementQuoting(text, 'growing demand').quote).toBe('what she said is growing demand for fitness facilities');
  });

  it('starts at the noun a relative clause with no relative word describes ("something Sanders aides argue is possible")', () => {
    const text = "Devine acknowledged that it will be very difficult to persuade superdelegates to switch allegiances unless Sanders finishes on a very strong winning streak - something Sanders aides argue is possible after Tuesday's victory in Indiana.";
    expect(statements(text).find((s) => s.speaker === 'Sanders aides')?.quote).toBe("something Sanders aides argue is possible after Tuesday's victory in Indiana");
  });

  it('starts at the bare noun after a dash ("-- meddling the California congressman said is designed …")', () => {
    const text = 'Adam Schiff called on President Obama to retaliate against Russia for interference in the presidential election -- meddling the California congressman said is designed to "sow discord" in American politics.';
    expect(statementQuoting(text, 'sow discord').quote.startsWith('meddling the California congressman said is designed')).toBe(true);
  });

  it('leaves "of what researchers say they need" after the cue: the content has a subject of its own', () => {
    const text = 'The plan would fall short of what researchers say they need every year.';
    expect(statementQuoting(text, 'they need').quote).toBe('they need every year');
  });
});
