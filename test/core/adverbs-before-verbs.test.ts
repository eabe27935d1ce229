// An adverb in -ly between a subject and its verb belongs to neither: "who recently co-authored a paper outlining …" is
// said by "who", and "As Steven M. Rosenthal, …, recently put it" by Rosenthal ("recently" was the speaker). Sentences
// from PolNeAR train and dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('adverbs between a subject and its verb', () => {
  it('reads past "recently" to the relative pronoun (who recently co-authored a paper outlining …) (train)', () => {
    const text = '"I don\'t think we should underplay how much [U.S. military action overseas] drives people to attack or attempt to attack," added Clarke, who recently co-authored a paper outlining how the military success against the group in Iraq and Syria could drive more attacks elsewhere.';
    expect(statementQuoting(text, 'how the military success').speaker).toBe('who');
  });

  it('reads past "recently" to the subject with its appositive (As Steven M. Rosenthal, …, recently put it) (dev)', () => {
    const text = 'As Steven M. Rosenthal, a tax lawyer and senior fellow at the Urban-Brookings Tax Policy Center, recently put it, \'\'Did Trump lower his taxes through legal tax avoidance or illegal tax evasion?\'\'';
    expect(statementQuoting(text, 'Did Trump lower').speaker).toBe('Steven M. Rosenthal, a tax lawyer and senior fellow at the Urban-Brookings Tax Policy Center');
  });

  it('keeps a noun in -ly as a head (the family said)', () => {
    const text = 'The family said the video did not show what happened.';
    expect(statementQuoting(text, 'the video did not show').speaker).toBe('The family');
  });
});
