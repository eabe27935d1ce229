// Statements inside statements: PolNeAR marks the outer statement only (127 of 19,832 train statements have
// their cue inside another's content), so a paraphrase inside a reported statement is not a second one —
// but a claim that the outer statement denies stays, and so do quoted words.
import { describe, expect, it } from 'vitest';
import { statements } from './engine-helpers';

describe('statements inside statements', () => {
  it('keeps the spokesman\'s statement and not the paraphrase inside it ("said … that Obama has long called for …")', () => {
    const text = 'White House spokesman Josh Earnest said Monday that President Barack Obama has long called for tax fairness, the closure of loopholes that benefit only the wealthy and for relief for middle class families.';
    const found = statements(text);
    expect(found.map((s) => s.speaker)).toContain('White House spokesman Josh Earnest');
    expect(found.find((s) => s.cue?.includes('called for'))).toBeUndefined();
  });

  it('keeps a claim that the outer statement denies ("Russia says reclaimed Kursk region, Kyiv denies")', () => {
    const text = 'Russia says reclaimed Kursk region, Kyiv denies.';
    const found = statements(text);
    expect(found.find((s) => s.speaker === 'Kyiv')?.stance).toBe('deny');
    expect(found.find((s) => s.speaker === 'Russia')?.quote).toBe('reclaimed Kursk region');
  });
});
