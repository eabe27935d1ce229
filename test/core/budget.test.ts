import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/core/index';

const seed = readFileSync(resolve(import.meta.dirname, '../../../shared/seed/kursk-article.txt'), 'utf8');
const quoteOf = (text: string, a: { quote: { start: number; end: number } }) => text.slice(a.quote.start, a.quote.end);

describe('time budget', () => {
  test('a budget spent on a huge page still returns the statements at its top, and says it stopped early', () => {
    // 5,000 copies of the seed: ~11 MB, far more than any budget covers.
    const huge = Array(5000).fill(seed).join('\n\n');
    const whole = analyse(seed).attributions;
    const budgeted = analyse(huge, { budgetMs: 40 });
    expect(budgeted.truncated).toBe(true);
    expect(budgeted.attributions.length).toBeGreaterThan(0);
    // What it kept is what the top of the page says: Putin's quote among the first copy's statements.
    const firstCopy = budgeted.attributions.filter((a) => a.quote.end <= seed.length).map((a) => quoteOf(huge, a));
    expect(firstCopy).toContain(whole.map((a) => quoteOf(seed, a)).find((q) => q.startsWith('The complete defeat')));
  });

  test('an article that fits its budget is analysed whole and not marked truncated', () => {
    const result = analyse(seed, { budgetMs: 10_000 });
    expect(result.truncated).toBe(false);
    expect(result.attributions.length).toBe(analyse(seed).attributions.length);
  });
});
