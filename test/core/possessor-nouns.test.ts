// After a possessor, a cue word is a statement only when a clause, an infinitive, a quotation or a colon follows
// ("Clinton's claim that …", "Obama's plan to …"): "Ryan’s statement was a stark reminder …" is about the statement,
// and "Trump’s repeated accusations" puts a modifier in the cue's place. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('cue words after a possessor', () => {
  it('finds no statement in "Ryan’s statement was a stark reminder …"', () => {
    const text = 'But Ryan’s statement was a stark reminder that not all Republican leaders are ready to fall in line behind him.';
    expect(statements(text).filter((s) => s.cue === 'statement')).toEqual([]);
  });

  it('keeps "Clinton\'s claim that …"', () => {
    const text = "Clinton's claim that 90 percent of her e-mails were 'in the system' is her camp's calculation.";
    expect(statementQuoting(text, 'that 90 percent').speaker).toBe("Clinton's");
  });
});

// A possessor names whose thing follows; it is never the subject of a verb after it. Sentences from PolNeAR train.
describe('a possessor is no subject', () => {
  it('gives a verb after "and" the subject before the first verb ("… League strongly denounced Trump\'s rhetoric and said …")', () => {
    const text = "In the days before Trump's scheduled appearance at AIPAC, a group of rabbis called for a boycott of his speech, and the prominent Jewish civil rights organization the Anti-Defamation League strongly denounced Trump's rhetoric and said it would \"redirect\" all of his past donations to the league.";
    expect(statementQuoting(text, 'past donations').speaker).toBe('the prominent Jewish civil rights organization the Anti-Defamation League');
  });

  it('gives a participle the sentence\'s subject, not the owner of a claim before it ("… Donald Trump’s claim that …, saying …")', () => {
    const text = "LA CROSSE, Wisc. — Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim that President Barack Obama “founded ISIS,” saying they were nitpicking at Trump's wording while missing the larger truth of Trump's remarks.";
    expect(statementQuoting(text, 'nitpicking').speaker).toBe('Gov. Mike Pence');
  });
});

// "he’s", "She’s", "they’re": a pronoun's contraction is an auxiliary, not a possessor, and the pronoun speaks what
// follows the cue. Sentences from PolNeAR train.
describe('a pronoun with a contracted auxiliary is the subject', () => {
  it('reads "He’s predicting he will …" as his statement, the speaker the pronoun alone', () => {
    const text = 'He’s predicting he will do “very, very well” in the next Republican contest in Nevada.';
    const s = statementQuoting(text, 'he will do');
    expect(s.speaker).toBe('He');
    expect(s.quote).toBe('he will do “very, very well” in the next Republican contest in Nevada');
  });

  it('reads "he’s hoping the popular governor’s endorsement …" as his', () => {
    const text = 'Rubio was coming off a disappointing fifth-place finish in New Hampshire — and he’s hoping the popular governor’s endorsement will be a big boost.';
    expect(statementQuoting(text, 'big boost').speaker).toBe('he');
  });
});
