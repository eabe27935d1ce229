// "As reported by X, …": the source named after "as reported by" vouches for the sentence, as one after "according
// to" does. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"as reported by" sources', () => {
  it('gives the clause after "As reported by X," to X', () => {
    const text = 'As reported by Western Journalism, investigators found over 2,200 emails from Clinton’s server containing classified information.';
    const s = statementQuoting(text, 'investigators found over 2,200 emails');
    expect(s.speaker).toBe('Western Journalism');
    expect(s.cue).toBe('As reported by');
  });

  it('reads the source before a clause that has a cue of its own', () => {
    const text = 'As reported by Western Journalism, former CIA operative and Marine John “Tig” Tiegen found both issues to be disqualifying.';
    const s = statementQuoting(text, 'Tiegen found both issues');
    expect(s.speaker).toBe('Western Journalism');
  });

  it('reads "as first reported by X" closing the sentence as a source of what comes before', () => {
    const text = 'Pieces of the Clinton machinery have more actively shifted into their general election gear: the main pro-Clinton super PAC, Priorities USA Action, started reserving ad time in swing states this week, for example, as first reported by the New York Times on Tuesday.';
    const s = statementQuoting(text, 'started reserving ad time');
    expect(s.speaker).toContain('the New York Times');
    expect(s.cue).toBe('as first reported by');
  });
});
