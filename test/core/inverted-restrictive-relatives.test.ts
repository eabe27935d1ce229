// `“…,” said a Mexican official who was not authorized to speak publicly on this issue.`: after an inverted cue, a
// relative clause with no comma before its "who" identifies the speaker, and PolNeAR's mention runs to the clause's
// end; before, the mention stopped at "who". A clause about anonymity stays out, as gold leaves it out.
// Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('an inverted speaker with a restrictive relative clause', () => {
  it('keeps the clause after "said a Mexican official"', () => {
    const text = '"In recent months, we have seen a growing anti-immigrant discourse in general, anti-Mexican in particular, and not exclusively from Donald Trump," said a Mexican official who was not authorized to speak publicly on this issue. "This set off our fear that it would damage the image of Mexico in the United States."';
    expect(statementQuoting(text, 'growing anti-immigrant').speaker).toBe('a Mexican official who was not authorized to speak publicly on this issue');
  });

  it('keeps the clause after "said the man"', () => {
    const text = 'The people of Scranton and towns like it “deserve someone who’s with them and they deserve someone who’s made of the same stuff. That’s Hillary Clinton,” said the man who built his political career on his blue collar credentials.';
    expect(statementQuoting(text, 'same stuff').speaker).toBe('the man who built his political career on his blue collar credentials');
  });

  it('keeps a clause with a possessive name', () => {
    const text = "“It’s going to be challenging to do it in a quick turnaround,” said a longtime GOP data expert who has worked for one of Trump's 2016 rivals.";
    const s = statementQuoting(text, 'quick turnaround');
    expect(s.speaker).toBe("a longtime GOP data expert who has worked for one of Trump's 2016 rivals");
    expect(s.cue).toBe('said');
  });

  it('leaves a clause about anonymity out', () => {
    const text = '"Given how badly Democrats have been burned in recent elections by low turnout from episodic voters like Latinos and millennials, you would have thought the Clinton campaign would have spent more [on ads] than Obama, rather than less," said a Democratic strategist who spoke on the condition of anonymity to speak candidly about the state of the race.';
    expect(statementQuoting(text, 'burned in recent elections').speaker).toBe('a Democratic strategist');
  });
});
