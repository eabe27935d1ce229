// An indefinite article and one word training never saw in a speaker, right before a cue, is a thing or the cue
// noun's modifier ("a surefire forecast of", "a passionate defender of", "a vacancy arose"), not someone speaking.
// Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statements } from './engine-helpers';

describe('"a/an" + an unseen word before a cue', () => {
  it('makes "A passionate" no speaker of "defender of" (dev)', () => {
    const text = 'A passionate defender of RT America, Mr. Schultz likened RT to the BBC, which receives some government funding, in an interview with The Washington Post last week.';
    expect(statements(text).filter((s) => s.speaker === 'A passionate')).toEqual([]);
    expect(statements(text).map((s) => s.speaker)).toContain('Mr. Schultz');
  });

  it('makes no statement of "a surefire forecast of" (train)', () => {
    const text = 'Primary turnout levels don’t offer a surefire forecast of general election results.';
    expect(statements(text)).toEqual([]);
  });

  it('makes no statement of "a vacancy arose" (train)', () => {
    const text = 'In October, when a vacancy arose on the state Supreme Court, Walker again gave her a plum appointment.';
    expect(statements(text)).toEqual([]);
  });

  it('still lets a known speaker word speak after "a" ("a source said")', () => {
    const text = 'A source said that Tenney could end up winning by more than ten points once the absentee ballots are counted.';
    expect(statements(text).map((s) => s.speaker)).toEqual(['A source']);
  });
});
