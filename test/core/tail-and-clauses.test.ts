// A tail ("…, the agency said in a June report") or an according-to source followed by ", and" and a second clause
// makes the whole sentence the content, as PolNeAR marks it. Sentences from PolNeAR (dev).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a clause joined by ", and" after a tail', () => {
  it('keeps the second clause in the content of "…, the agency said in a June report, and …"', () => {
    const text = 'The middle one-fifth paid 8.9 percent, the agency said in a June report, and those in the bottom fifth of incomes paid 0.8 percent.';
    const s = statementQuoting(text, 'The middle one-fifth');
    expect(s.speaker).toBe('the agency');
    expect(s.quote.includes('paid 0.8 percent')).toBe(true);
  });

  it('keeps it after an according-to source', () => {
    const text = 'The top 1 percent paid 25.4 percent of all federal taxes in 2013, according to the nonpartisan Congressional Budget Office, and the top 10 percent paid 69 percent of all taxes.';
    const s = statementQuoting(text, 'The top 1 percent');
    expect(s.speaker).toBe('the nonpartisan Congressional Budget Office');
    expect(s.quote.includes('paid 69 percent of all taxes')).toBe(true);
  });
});
