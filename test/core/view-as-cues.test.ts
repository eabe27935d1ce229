// "X see Y as Z" is a view X holds and "X cast/framed Y as Z" one X puts forward; PolNeAR marks the verb as the cue
// (train: 19 of 25 and 12 of 15 such uses outside quotations). Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"see … as" and "cast … as" views', () => {
  it('gives "developers see golf courses as wasted space" to the developers', () => {
    const text = 'In South Florida, where buildable land is fast disappearing, developers see golf courses as wasted space.';
    const s = statementQuoting(text, 'wasted space');
    expect(s.speaker).toBe('developers');
    expect(s.cue).toBe('see');
    expect(s.quote).toBe('golf courses as wasted space');
  });

  it('gives "Democrats see Sanders as an agent …" to the Democrats', () => {
    const text = "Democrats see Sanders as an agent in Clinton's decline, arguing that in recent weeks his attacks have been aimed less at policy differences.";
    const s = statementQuoting(text, 'an agent');
    expect(s.speaker).toBe('Democrats');
    expect(s.cue).toBe('see');
  });

  it('makes no view of "see" after "can’t help but"', () => {
    const text = 'You can\'t help but see it as a sure sign that Mr. Ailes had learned his lesson.';
    expect(statements(text).filter((s) => s.cue === 'see')).toEqual([]);
  });

  it('gives "Sanders has cast the Clintons as part of …" to Sanders', () => {
    const text = 'Sanders has cast the Clintons as part of the Democratic establishment during the primaries and holds a solid lead against the former secretary of state.';
    const s = statementQuoting(text, 'Democratic establishment');
    expect(s.speaker).toBe('Sanders');
    expect(s.cue).toBe('has cast');
  });

  it('gives "the president framed the shooting as a moment …" to the president', () => {
    const text = 'Speaking in the briefing room Sunday, the president framed the shooting as a moment when the nation needed to come together.';
    const s = statementQuoting(text, 'a moment when');
    expect(s.speaker).toBe('the president');
    expect(s.cue).toBe('framed');
  });
});
