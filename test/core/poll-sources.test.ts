// A named poll is a source, with "in" as its cue, when its phrase opens the sentence before a comma or closes it
// (PolNeAR marks 17 of 21 such sentences on train). Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('a named poll as a source', () => {
  it('opens the sentence: "In a <poll> released Sunday, …"', () => {
    const text = 'In an ABC News/Washington Post Poll released Sunday, three of four Americans disapproved of the way Trump had handled the situation.';
    const s = statementQuoting(text, 'three of four Americans');
    expect(s.cue).toBe('In');
    expect(s.speaker).toBe('an ABC News/Washington Post Poll released Sunday');
    expect(s.quote).toBe('three of four Americans disapproved of the way Trump had handled the situation');
  });

  it('closes the sentence: "… in a new <poll>."', () => {
    const text = 'As a result, just 18 percent of registered Hispanic voters have a favorable view of Trump in a new Washington Post-ABC News poll.';
    const s = statementQuoting(text, 'registered Hispanic voters');
    expect(s.cue).toBe('in');
    expect(s.speaker).toBe('a new Washington Post-ABC News poll');
    expect(s.quote.endsWith('have a favorable view of Trump')).toBe(true);
  });

  it('opens the sentence with a definite poll: "In the new Post-ABC poll, …"', () => {
    const text = 'In the new Post-ABC poll, the real estate mogul wins about 1 in 3 GOP primary voters and has a double-digit edge on his next closest rival, Carson.';
    const s = statementQuoting(text, 'the real estate mogul');
    expect(s.speaker).toBe('the new Post-ABC poll');
    expect(s.quote.startsWith('the real estate mogul wins')).toBe(true);
  });

  it('is no source in "In the polls, anyway."', () => {
    expect(statements('In the polls, anyway. Advisers to a rival campaign even suggest a surging Christie.').some((s) => s.cue === 'In')).toBe(false);
  });

  it('is no source inside a subject that has its own verb of saying', () => {
    const text = "One thing working in Ayotte's favor is that 78 percent of voters in a recent CBS News poll said they want a senator who will work with the other party.";
    expect(statements(text).some((s) => s.cue === 'in')).toBe(false);
  });

  it('needs a name: "in a similar survey" is no source', () => {
    const text = 'Thirty-nine percent of all Americans viewed him favorably in the mid-January poll, compared to 50 percent in a similar survey.';
    expect(statements(text).some((s) => s.cue === 'in')).toBe(false);
  });
});
