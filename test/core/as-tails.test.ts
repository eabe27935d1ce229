// "…, as police have said." closing a sentence attributes the clause before it; only verbs of saying do ("…, as the
// crowd applauded" is a time). Sentence from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"…, as X said." tails', () => {
  it('reads the clause before "as police have said" as their statement', () => {
    const s = statementQuoting('It also does not answer whether Scott had a gun, as police have said.', 'whether Scott had a gun');
    expect(s.speaker).toBe('police');
    expect(s.quote).toBe('It also does not answer whether Scott had a gun');
  });
});
