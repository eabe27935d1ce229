// Words of saying that also have a sense that says nothing: "boast" with a noun phrase for object means "has".
// Sentences from PolNeAR train and a saved page.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('senses of cue words that are not speech', () => {
  it('finds no statement in "boasts a reputation as …" (saved page)', () => {
    const text = 'The private equity firm Alden Capital, which owns the Orange County Register, Denver Post, San Jose Mercury News and more than 90 other publications and boasts a reputation as a pitiless parer of payroll, has attracted much of the publicly expressed ire.';
    expect(statements(text)).toEqual([]);
  });

  it('finds no statement of hers in "She boasts a roughly 45-point lead nationally"', () => {
    const text = 'She boasts a roughly 45-point lead nationally, which her campaign refers to as a firewall.';
    expect(statements(text).filter((s) => s.cue?.includes('boasts'))).toEqual([]);
  });

  it('keeps "boasted that …" and "boasted about …" as statements', () => {
    const text = 'Trump boasted that he had won the debate. He also boasted about a plan to spend “a million dollars a day.”';
    expect(statementQuoting(text, 'won the debate').speaker).toBe('Trump');
    expect(statementQuoting(text, 'a plan to spend').cue).toContain('boasted');
  });
});
