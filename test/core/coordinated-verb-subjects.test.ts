// "… converted to the Islamic faith and refused …": before a coordinated cue, the words before "and" are the first
// verb's object unless that word is a past-tense verb whose subject stands right before it ("Ms. Sherry smiled and
// said"). Before, the object cut from its noun ("the Islamic", "the US") was the speaker. Sentences from PolNeAR train
// and a saved page.
import { describe, expect, it } from 'vitest';
import { frameWithCue, statementQuoting } from './engine-helpers';

describe('the subject of a verb coordinated after an object', () => {
  it('is the sentence subject, not the object cut from its noun ("The Arizona Republican survived … prison and says", train)', () => {
    const text = 'The Arizona Republican survived 5 ½ years in a Vietnamese prison and says such techniques are inhumane and compromise the nation’s values.';
    expect(frameWithCue(text, 'says').speaker).toBe('The Arizona Republican');
  });

  it('is the relative pronoun, not the first verb’s object ("which considers the US biased and has rejected"; saved page aeb/albawaba-833caf3bdb)', () => {
    const text = 'The Palestinian Authority - which considers the US biased and has rejected the Trump administration as a mediator if peace talks are ever revived - called for an emergency meeting of the body.';
    expect(frameWithCue(text, 'has rejected').speaker).not.toBe('the US');
  });

  it('keeps the subject of a past-tense first verb ("Ms. Sherry smiled and said", train)', () => {
    const text = "When asked whom she supported, Ms. Sherry smiled and said, ''I'm waiting for Michael Bloomberg to get in the race.''";
    expect(statementQuoting(text, 'waiting for Michael Bloomberg').speaker).toBe('Ms. Sherry');
  });

  it('keeps a subject whose auxiliary follows it ("Clinton has opened an Anchorage headquarters and recently unveiled", train)', () => {
    const text = 'In Alaska, for example — a state Sanders is likely to win — Clinton has opened an Anchorage headquarters and recently unveiled a slate of high-profile endorsements.';
    expect(frameWithCue(text, 'recently unveiled').speaker).toBe('Clinton');
  });
});
