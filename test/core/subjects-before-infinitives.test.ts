// A verb or an adjective that takes the cue as its infinitive ("was quick to point out", "had to explain", "used to
// boast", "went on to"), or a linking verb before an adjective cue ("remain confident", "I am glad"), stands between
// the subject and the cue: the subject before it speaks. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('the subject before a verb that takes the cue as its infinitive', () => {
  it('reads "Sexton was quick to point out that …" as Sexton\'s', () => {
    const text = 'Sexton was quick to point out that not all Trump supporters espoused such views, and he doesn’t broad-stroke all of the candidate’s followers as hateful bigots, racists and misogynists.';
    expect(statementQuoting(text, 'not all Trump supporters').speaker).toBe('Sexton');
  });

  it('reads "Sullivan had to explain to Clinton that …" as Sullivan\'s', () => {
    const text = 'In an earlier, February 2010 email exchange, Sullivan had to explain to Clinton that he couldn’t send her a Mideast peace-related statement from former British Prime Minister Tony Blair because it was classified.';
    expect(statementQuoting(text, 'Mideast peace-related').speaker).toBe('Sullivan');
  });

  it('reads "… were more likely to say …" as the compared group\'s ("Democratic insiders in New Hampshire")', () => {
    const text = 'One notable trend: Democratic insiders in New Hampshire were more likely to say Clinton still has a shot to win New Hampshire, despite Sanders’ lead.';
    expect(statementQuoting(text, 'still has a shot').speaker).toBe('Democratic insiders in New Hampshire');
  });
});

describe('the subject before a linking verb and an adjective cue', () => {
  it('reads "… labor leaders remain confident that …" as theirs', () => {
    const text = "Ms. Henry and other labor leaders remain confident that they can keep their members in the fold.";
    expect(statementQuoting(text, 'keep their members').speaker).toBe('Ms. Henry and other labor leaders');
  });

  it('gives no statement to an impersonal "it" ("it became resoundingly clear that …")', () => {
    const text = 'Only after it became resoundingly clear that large majorities of Americans agreed with Trump did his critics try a new tack.';
    expect(() => statementQuoting(text, 'large majorities')).toThrow();
  });
});
