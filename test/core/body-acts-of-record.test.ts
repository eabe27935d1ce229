// A body's act of record is its statement when a common noun for the body is the verb's subject ("the legislature
// passed …", "The agency released …", "His team had filed …"; noun-subject-cues.ts): real sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statements, statementQuoting } from './engine-helpers';

describe('a verb of record after a common noun for a body', () => {
  it('makes the body the speaker of what it passed, released or filed', () => {
    const law = statementQuoting('They pointed to the example of Indiana, which took a hit to its reputation and commerce last year after the legislature passed its own religious-freedom law.', 'religious-freedom law');
    expect(law.speaker).toBe('the legislature');
    expect(law.cue).toBe('passed');
    expect(law.quote).toBe('its own religious-freedom law');
    const pages = statementQuoting('The agency released roughly 5,500 more pages of emails from the private email account that Clinton exclusively used during her four years at Foggy Bottom.', '5,500 more pages');
    expect(pages.speaker).toBe('The agency');
    expect(pages.cue).toBe('released');
  });

  it('reads the verb after its auxiliary', () => {
    const suit = statementQuoting('His team had filed a lawsuit aimed at changing the existing law barring 17-year-olds from voting in the primary, even if they would be eligible to vote on election day.', 'a lawsuit');
    expect(suit.speaker).toBe('His team');
    expect(suit.cue).toBe('had filed');
  });

  it('is no cue after a noun that names no body', () => {
    expect(statements('The initiative passed with 52.9 percent of the vote and a voter turnout of 53 percent.')).toEqual([]);
    expect(statements('The storm passed quickly over the city.')).toEqual([]);
  });
});
