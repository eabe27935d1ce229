// After "that", an opening subordinate clause or phrase ("that if the state held up the deal,", "that at one of his
// first-ever DNC meetings, in 1972,") is followed by the content's own main clause: the comma where that main clause's
// subject starts does not end the content (train: 15 such contents cut there, 9 of them wrong). Sentences from PolNeAR.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('an opening clause after "that"', () => {
  it('keeps the main clause after "that if …," in the content (dev)', () => {
    const text = 'Regulators and environmental groups worried that if the state held up the deal, Patriot could threaten to liquidate its properties, leaving no money for reclamation.';
    const s = statementQuoting(text, 'if the state held up the deal');
    expect(s.speaker).toBe('Regulators and environmental groups');
    expect(s.quote).toContain('Patriot could threaten to liquidate its properties');
    expect(statements(text).filter((x) => x.speaker === 'Patriot')).toEqual([]);
  });

  it('keeps the main clause after "that at …, in 1972," in the content (dev)', () => {
    const text = 'Fowler noted that at one of his first-ever DNC meetings, in 1972, he supported a decision to nominate Sargent Shriver.';
    expect(statementQuoting(text, 'first-ever DNC meetings').quote).toContain('he supported a decision');
  });

  it('keeps the main clause after "that although …," in the content (train)', () => {
    const text = 'Prosecutors argued that although Lazar confessed, he showed no remorse and probably will return to hacking.';
    expect(statementQuoting(text, 'Lazar confessed').quote).toContain('he showed no remorse');
  });
});
