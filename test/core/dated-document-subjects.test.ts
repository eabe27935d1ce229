// "A CNN/ORC poll in January shows …": "in" and a month or a year after a poll, a survey or an ad dates it, and
// PolNeAR's mention keeps the date; before, the time phrase was cut from the subject as when the speaker spoke.
// Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a dated document as a subject', () => {
  it('keeps "in 2008" in "A memorable Hillary Clinton ad in 2008 questioned"', () => {
    const text = 'A memorable Hillary Clinton ad in 2008 questioned whether then-rival Barack Obama was prepared to face emergencies.';
    expect(statementQuoting(text, 'prepared to face').speaker).toBe('A memorable Hillary Clinton ad in 2008');
  });

  it('keeps "in January" in "A CNN/ORC poll in January shows"', () => {
    const text = 'A CNN/ORC poll in January shows 68% of Democratic voters say gun policy will be very important in determining their vote.';
    expect(statementQuoting(text, 'Democratic voters').speaker).toBe('A CNN/ORC poll in January');
  });

  it('still leaves a date out after a person ("Mr. Obama in 2012 said")', () => {
    const text = 'Mr. Obama in 2012 said the economy was recovering.';
    expect(statementQuoting(text, 'economy was recovering').speaker).toBe('Mr. Obama');
  });
});

describe('a document "released on/in" a time as a subject', () => {
  it('ends the mention before "released on Tuesday" (PolNeAR train)', () => {
    const text = 'A CNN/ORC poll of South Carolina released on Tuesday showed Mr. Trump with a 16-point lead over his closest rival, Mr. Cruz.';
    expect(statementQuoting(text, '16-point lead').speaker).toBe('A CNN/ORC poll of South Carolina');
  });

  it('keeps "released Monday" with no preposition ("an NBC News/Wall Street Journal poll released Monday found")', () => {
    const text = 'An NBC News/Wall Street Journal poll released Monday found Mr. Trump with a 16-point lead.';
    expect(statementQuoting(text, '16-point lead').speaker).toBe('An NBC News/Wall Street Journal poll released Monday');
  });
});

describe('a document dated "last week" / "this month" as a subject', () => {
  it('keeps "last week" in "a WBUR poll last week showed" (PolNeAR train)', () => {
    const text = 'For instance, a WBUR poll last week showed Rubio in third at 11 percent, followed closely by Kasich at 10 percent, Christie at 8 percent and Bush at 7 percent.';
    expect(statementQuoting(text, 'Rubio in third').speaker).toBe('a WBUR poll last week');
  });

  it('keeps "this month" in "A Quinnipiac University poll this month found" (PolNeAR train)', () => {
    const text = 'A Quinnipiac University poll this month found Mr. Trump about even with Mrs. Clinton statewide.';
    expect(statementQuoting(text, 'about even').speaker).toBe('A Quinnipiac University poll this month');
  });

  it('still leaves "last week" out after a person ("Mr. Obama last week said")', () => {
    const text = 'Mr. Obama last week said the economy was recovering.';
    expect(statementQuoting(text, 'economy was recovering').speaker).toBe('Mr. Obama');
  });
});
