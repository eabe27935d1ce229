// "reportedly" before a verb that says nothing itself is PolNeAR's cue, with no source and the whole clause as the
// content, like a verb of seeming (train 13 of 17 such uses). Before a verb of saying the verb stays the cue. Sentences
// from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"reportedly" as a cue of its own', () => {
  it('makes the clause a statement with no source', () => {
    const text = 'The FBI is reportedly making arrangements to interview Hillary Clinton as it nears the end of its investigation.';
    const s = statementQuoting(text, 'The FBI is reportedly making');
    expect(s.cue).toBe('reportedly');
    expect(s.speaker).toBeNull();
    expect(s.quote).toBe('The FBI is reportedly making arrangements to interview Hillary Clinton');
  });

  it('keeps a verb of saying as the cue ("Trump reportedly said, …")', () => {
    const text = 'Trump reportedly said, "You tell me," repeatedly, before he stopped responding to the reporter.';
    expect(statements(text).some((s) => s.cue === 'reportedly')).toBe(false);
  });

  it('is no cue before an auxiliary or after a comma', () => {
    expect(statements('In Cuba, Fidel Castro reportedly has lived like a king, even as his subjects went hungry.').some((s) => s.cue === 'reportedly')).toBe(false);
    const text = 'Cruz, an ultra-conservative senator from Texas, has been on a poaching mission, reportedly winning over enough Trump delegates to deny him the nomination.';
    expect(statements(text).some((s) => s.cue === 'reportedly')).toBe(false);
  });
});
