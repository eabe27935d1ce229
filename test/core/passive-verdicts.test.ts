// "X was declared the winner", "X was projected as the winner", "X were deemed ineligible": a verdict in the passive
// with no one named who gave it. PolNeAR marks these like the passive charges: no source and the whole clause as content
// (train: 12 of 14). Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('passive verdicts with no source', () => {
  it('reads "Sanders was declared the winner in Rhode Island" as a sourceless statement of the clause', () => {
    const text = 'But Sanders was declared the winner in Rhode Island, and it is clear that he has no plan to get out of the race.';
    const s = statementQuoting(text, 'the winner in Rhode Island');
    expect(s.speaker).toBeNull();
    expect(s.cue).toBe('was declared');
    expect(s.quote).toBe('Sanders was declared the winner in Rhode Island');
  });

  it('reads "was projected as the winner" and "were deemed ineligible" the same way', () => {
    const projected = statementQuoting("Bernie Sanders was projected as the winner of Wisconsin's Democratic primary Tuesday, with Fox News announcing the race.", 'winner of Wisconsin');
    expect(projected.speaker).toBeNull();
    expect(projected.quote).toBe("Bernie Sanders was projected as the winner of Wisconsin's Democratic primary Tuesday");
    const deemed = statementQuoting('The same criteria were used to search them, and no documents were deemed relevant.', 'deemed relevant');
    expect(deemed.speaker).toBeNull();
    expect(deemed.quote).toBe('no documents were deemed relevant');
  });

  it('leaves a verdict after a relative pronoun alone', () => {
    const text = 'The former secretary of state, who was declared the winner of the Iowa caucuses last week by the narrowest of margins, is now struggling.';
    expect(statements(text).filter((s) => s.cue?.includes('declared'))).toEqual([]);
  });
});
