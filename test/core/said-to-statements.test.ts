// "X was said to be …" reports what is said of X with no one named to say it: PolNeAR gives it no source and the
// whole clause, subject included, as content, like "X is expected to …" (4 of 4 on train). Sentence from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"be said to"', () => {
  it('reads "Priebus was said to be “furious” …" as a statement with no speaker, its subject inside the content', () => {
    const text = 'The interview set off a panic within GOP circles this week, and Republican National Committee Chairman Reince Priebus was said to be “furious” with Trump for further dividing the already fractured GOP.';
    const s = statementQuoting(text, 'furious');
    expect(s.speaker).toBeNull();
    expect(s.quote).toBe('Republican National Committee Chairman Reince Priebus was said to be “furious” with Trump for further dividing the already fractured GOP');
  });
});
