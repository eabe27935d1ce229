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

describe('"made clear" without "it"', () => {
  it('gives "X has made clear that …" to X, with "made clear" in the cue (PolNeAR train)', () => {
    const text = 'Sanders has made clear that he expects the Clinton camp to unleash all its oppo research, advertising money and surrogate “attack dogs” on him.';
    const s = statementQuoting(text, 'he expects the Clinton camp');
    expect(s.speaker).toBe('Sanders');
    expect(s.cue).toBe('has made clear');
  });

  it('reads "makes clear" before a noun phrase as a cue too (PolNeAR train)', () => {
    const text = 'The poll makes clear the headwinds ahead for Trump and Clinton if they prevail in the primaries.';
    const s = statementQuoting(text, 'the headwinds ahead');
    expect(s.speaker).toBe('The poll');
  });

  it('leaves "to make clear" alone: its subject stands far away (PolNeAR dev)', () => {
    const text = 'Democrats also blasted Oversight for failing to make clear earlier Friday that Mills’ and Sameuelson’s immunity was only “partial,” meaning it only protected them from any criminal charges that might have arisen from scopes of their laptops — not their statements to the FBI.';
    expect(statements(text).some((s) => s.cue?.includes('make clear'))).toBe(false);
  });
});
