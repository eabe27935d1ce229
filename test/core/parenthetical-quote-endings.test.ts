// A parenthetical tail (", he said,") whose sentence ends in a quotation keeps the whole sentence as its content, not
// only the last quotation. Sentences from PolNeAR (dev, train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a parenthetical frame whose sentence ends in a quotation', () => {
  it('keeps the words before the quotations', () => {
    const text = "He praised Muhammad Ali. African-Americans, he said, can ''rock like Jimi'' and ''stir the pot like Richard Pryor.''";
    const s = statementQuoting(text, 'Richard Pryor');
    expect(s.speaker).toBe('he');
    expect(s.quote.startsWith('African-Americans, he said, can')).toBe(true);
  });

  it('keeps the whole sentence around "Rubio said,"', () => {
    const text = 'Vice President Joe Biden, Rubio said, had been in the Senate for "a thousand years" and passed "hundreds of bills."';
    expect(statementQuoting(text, 'hundreds of bills').quote.startsWith('Vice President Joe Biden, Rubio said')).toBe(true);
  });
});
