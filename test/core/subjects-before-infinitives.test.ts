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

  it('reads verbs of trying, failing and pausing as takers of the infinitive ("struggled to demonstrate", "failed to mention")', () => {
    const struggled = statementQuoting('This came to the fore in Michigan, a trade-sensitive state, where she struggled to demonstrate that she is as resistant to trade agreements as her opponent.', 'as resistant');
    expect(struggled.speaker).toBe('she');
    expect(struggled.cue).toContain('demonstrate');
    expect(statementQuoting("Trump's campaign was late to recognize the importance of the state conventions, much less the local contests that determined who could vote at those state conventions.", 'importance of the state').speaker).toBe("Trump's campaign");
    expect(statementQuoting('LGBT Pride events here and in several other cities took a more somber tone Sunday as parades in those cities paused to remember the victims of the June 12 Orlando nightclub attack.', 'the victims').speaker).toContain('those cities');
  });

  it('reads "trying to" after its "be" ("Cruz is now trying to cast himself as …"), not a participle clause\'s', () => {
    const text = 'But that hasn\'t happened, and Cruz is now trying to cast himself as a candidate with superior judgment and values.';
    expect(statementQuoting(text, 'superior judgment').speaker).toBe('Cruz');
    const clause = 'Democrats spent the entire week at their convention in Philadelphia trying to underscore that contrast.';
    expect(statementQuoting(clause, 'that contrast').speaker).toBe('Democrats');
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
