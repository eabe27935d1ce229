// "X made it clear that …" is X's statement; in "It's clear that …" nobody speaks. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"made it clear"', () => {
  it('gives "Davis made it clear that …" to Davis', () => {
    const s = statementQuoting('Davis made it clear that she did not view the comment in isolation.', 'that she did not view');
    expect(s.speaker).toBe('Davis');
  });

  it('finds no statement in "It\'s clear that …"', () => {
    const text = "It's clear that the Republican insiders do not understand what is happening in America with the unprecedented success of Trump.";
    expect(statements(text)).toEqual([]);
  });
});

describe('"made it clear" without "that"', () => {
  it('gives the clause after "made it clear" to the subject (PolNeAR dev)', () => {
    const text = 'In an interview with Trending Today USA with Rusty Humphries, Ham made it clear he had major misgivings about the armed forces under President Barack Obama at the time of his retirement two years ago.';
    const s = statementQuoting(text, 'major misgivings');
    expect(s.speaker).toBe('Ham');
    expect(s.quote.startsWith('he had major misgivings')).toBe(true);
  });
});
