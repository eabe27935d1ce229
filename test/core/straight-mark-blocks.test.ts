// "X continued:" before paragraphs that open with a straight mark never closed in the paragraph (Breitbart's block
// quotations): the paragraphs so marked are X's words. Paragraphs from PolNeAR (dev, train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements as statementsOf } from './engine-helpers';

describe('block quotations marked by an opening straight mark', () => {
  it('gives "Caddell continued:" the marked paragraph', () => {
    const text = 'Morning Consult and Rasmussen had very similar numbers.\n\nCaddell continued:\n\n"The health issue overall is very much a partisan issue, but that doesn’t account for almost the same numbers here.\n\nThe poll was conducted last week.';
    const s = statementQuoting(text, 'The health issue');
    expect(s.speaker).toBe('Caddell');
    expect(s.quote).toBe('The health issue overall is very much a partisan issue, but that doesn’t account for almost the same numbers here');
  });

  it('runs over the following marked paragraphs ("Dr. Ward stated:")', () => {
    const text = 'Dr. Ward stated:\n\n"The U.S. Department of Justice isn’t about “Equal Justice Under Law” anymore.\n\n"The latest example of this extreme overreach is Loretta Lynch suing North Carolina.\n\n"I’ll stop DC at the bathroom door."\n\nNorth Carolina’s HB2 took effect on March 23 of this year.';
    const s = statementQuoting(text, 'Equal Justice');
    expect(s.speaker).toBe('Dr. Ward');
    expect(s.quote.endsWith('I’ll stop DC at the bathroom door')).toBe(true);
  });
});

describe('a long run of marked paragraphs', () => {
  it('stays linear: each "X said:" paragraph reads a bounded block', () => {
    const one = '"Smith said:\n\n';
    const t0 = performance.now();
    statementsOf(one.repeat(2000));
    const t1 = performance.now();
    statementsOf(one.repeat(8000));
    const t2 = performance.now();
    // 4x the text should take far less than 16x the time (quadratic); allow noise.
    expect(t2 - t1).toBeLessThan(10 * (t1 - t0) + 200);
  });
});
