// "…, known as X" names a thing; it is not a statement of the words before it. Sentence from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"known as"', () => {
  const text = 'Meanwhile, in the United States, both presidential candidates have opposed an expansive new trade deal with countries bordering the Pacific Rim, known as the Trans- Pacific Partnership.';

  it('finds no statement on "known as"', () => {
    expect(statements(text).filter((s) => s.cue === 'known')).toEqual([]);
  });

  it('keeps the statement it sat in', () => {
    expect(statementQuoting(text, 'an expansive new trade deal').speaker).toBe('both presidential candidates');
  });
});
