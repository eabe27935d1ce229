// "Others call it the nerd prom": "call" before an object pronoun names what something is, as "called" and "calls" do;
// alone "call" is rarely a cue ("call for", "a phone call"). Sentences from PolNeAR (train, dev).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"call" before an object pronoun', () => {
  it('reads "Others call it the nerd prom" as a statement of "Others"', () => {
    const s = statementQuoting('Obama has described the dinner as Washington celebrating itself. Others call it the nerd prom.', 'nerd prom');
    expect(s.speaker).toBe('Others');
    expect(s.cue).toBe('call');
    expect(s.quote).toBe('it the nerd prom');
  });

  it('reads "Obama and Clinton call them “lone wolves”" with both as the speaker', () => {
    const s = statementQuoting('Obama and Clinton call them "lone wolves" and describe their actions as crimes rather than acts of war.', 'lone wolves');
    expect(s.speaker).toBe('Obama and Clinton');
    expect(s.cue).toBe('call');
  });

  it('leaves "to call it" and "call for" alone', () => {
    const text = 'Feel free to vote your conscience or whatever you want to call it. Democrats call for an end to the filibuster.';
    expect(statements(text).filter((s) => s.cue === 'call')).toEqual([]);
  });
});
