// A statement inside a relative clause whose content opens with its verb ("… that he said defied expectations"): the
// relative word before the speaker is the content's subject, and PolNeAR's content starts at it. Sentences from
// PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

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

  it('leaves "of what researchers say they need" after the cue: the content has a subject of its own', () => {
    const text = 'The plan would fall short of what researchers say they need every year.';
    expect(statementQuoting(text, 'they need').quote).toBe('they need every year');
  });
});
