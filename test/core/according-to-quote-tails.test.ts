// `“Q,” X said [adjunct], according to Y`: PolNeAR marks one statement, Y's, whose content runs through "X said"
// (14 of the 15 train sentences of this shape); the quotation's tail gives X no statement of its own. Sentence from
// PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statements } from './engine-helpers';

describe('a quotation tail closed by "according to"', () => {
  const text = '“Delegates are and should be able to vote the way they see fit,” Walker said, according to an Associated Press account.';

  it('gives the quoted speaker no statement ("Walker said, according to …")', () => {
    expect(statements(text).map((s) => s.speaker)).not.toContain('Walker');
  });

  it('keeps the source\'s statement, whose content runs through "Walker said"', () => {
    const s = statements(text).find((x) => x.speaker === 'an Associated Press account');
    expect(s?.quote.endsWith('Walker said')).toBe(true);
  });
});
