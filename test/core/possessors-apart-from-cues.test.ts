// A subject read back to a possessive with words of its noun phrase between it and the cue ("Clinton's use of a private
// email server …, saying …") names whose thing it is, not who spoke (train: 13 of 17 such statements wrong). Sentences
// from PolNeAR (train, dev).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('possessors apart from their cue', () => {
  it('gives "saying …" no statement of "Clinton\'s" after "Clinton\'s use of a private email server"', () => {
    const text = 'It goes on to specifically fault Clinton\'s use of a private email server while at the State Department, saying any information received or sent through her personal account was "compromised" and ultimately helped facilitate the attack.';
    expect(statements(text).filter((s) => s.speaker === "Clinton's")).toEqual([]);
  });

  it('gives "while commenting on …" no statement of "CNN’s"', () => {
    const text = 'Sunday, on CNN’s “State of the Union,” while commenting on the racial divide in America highlighted by the recent police shootings in Louisiana and Minnesota and a sniper targeting and killing five Dallas police officers, Governor Mary Fallin (R-OK) said presumptive Republican presidential nominee Donald Trump is “trying to campaign as a racial healer.”';
    expect(statements(text).filter((s) => s.speaker === 'CNN’s')).toEqual([]);
    expect(statementQuoting(text, 'racial healer').speaker).toBe('Governor Mary Fallin (R-OK)');
  });

  it('makes no statement of "Oz\'s show … offered" (dev)', () => {
    const text = "But for Donald Trump, Oz's show proved to be a safe space, a haven shielded from any tough questions or follow-ups, and offered Trump platform to offer up whatever he wanted, from saying that he feels as good as a 30-year-old to playing up his stamina and his testerone level.";
    expect(statements(text).filter((s) => s.cue === 'offered')).toEqual([]);
  });

  it('keeps a pronoun\'s "’s" (is/has) as a subject: "He’s comparing … and says …"', () => {
    const text = 'He’s comparing the gun actions to Obama’s executive action on immigration and says Obama is flouting the proper constitutional process for lawmaking.';
    expect(statementQuoting(text, 'flouting').speaker).toBe('He');
  });

  it('keeps a colon\'s frame after a possessor: "Clinton’s response was: …"', () => {
    const text = 'Clinton’s response was: “Is Dalton Brody off Conn or Wisconsin?” Dalton Brody is a Washington, DC, gifts and accessories store.';
    expect(statementQuoting(text, 'Dalton Brody off').speaker).toBe('Clinton’s');
  });
});
