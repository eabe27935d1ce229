// A restrictive relative clause opened by "that" belongs to the subject, as one opened by "who" does: "The little
// polling that was done in the state before Tuesday's primary showed …" is spoken by the polling, not by the primary.
// A sentence from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('subjects with a "that" relative clause', () => {
  it('keeps "that was done …" in the subject (The little polling that was done … showed)', () => {
    const text = 'The little polling that was done in the state before Tuesday’s primary showed a virtual dead heat between Clinton and Sanders, with the former secretary of state leading handily among Democrats and Sanders ahead among independents.';
    expect(statementQuoting(text, 'a virtual dead heat').speaker).toBe('The little polling that was done in the state before Tuesday’s primary');
  });

  it('does not read a complement clause as a relative one (would rule that defunct mines posed …)', () => {
    const text = 'But it was unclear whether the judges in the coal bankruptcy cases would rule that defunct mines posed the same pressing health threat.';
    expect(statementQuoting(text, 'health threat').speaker).not.toContain('rule that');
  });
});
