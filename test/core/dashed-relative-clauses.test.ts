import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// A relative clause opened by a dash ("the study -- which notes that … --") closes at the next dash: the words after
// it go on with the sentence the clause interrupts, not with what the relative's speaker said.
describe('a relative clause set off by dashes ends at its closing dash', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends "which notes that …" before "-- should be" (PolNeAR dev, nyt_2016-10-04_in-avoiding-tax-trump-is-merely-)', () => {
    const text = "Instead, the study -- which notes that 58 Fortune 500 companies would owe $212 billion in additional federal taxes, ''equal to the entire state budgets of California, Virginia and Indiana combined,'' if they were taxed properly -- should be a five-alarm call to voters and lawmakers to finally fix the tax system.";
    expect(quotes(text)).toContain("that 58 Fortune 500 companies would owe $212 billion in additional federal taxes, ''equal to the entire state budgets of California, Virginia and Indiana combined,'' if they were taxed properly");
  });
});
