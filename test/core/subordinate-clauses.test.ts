// A subordinate clause inside a "that" content, with a frame of its own ("… when the agency issued the rules"), does
// not end the content. Sentence from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a bare subordinator before a later frame', () => {
  it('keeps its clause in the content ("argue that the EPA overstepped … when the agency issued the rules")', () => {
    const text = 'They argue that the EPA overstepped its regulatory authority under the federal Clean Air Act when the agency issued the rules, which the U.S. Supreme Court has put on hold while the case is litigated.';
    expect(statementQuoting(text, 'overstepped').quote).toMatch(/^that the EPA overstepped its regulatory authority under the federal Clean Air Act when the agency issued the rules/);
  });

  it('while a clause after a colon still ends it ("… paying off: He said …")', () => {
    const text = 'Trump said the strategy was paying off: He said he would win in November.';
    expect(statementQuoting(text, 'strategy').quote).toBe('the strategy was paying off');
  });
});
