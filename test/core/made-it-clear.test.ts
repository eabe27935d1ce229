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
