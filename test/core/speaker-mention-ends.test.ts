// Where a speaker mention ends (session 10): before "in a statement" or a "which" clause after an inverted speaker,
// before a headline's capitalized adverb or auxiliary; where it starts: at "at least", "Many of you", "Nearly nine out
// of 10", at a subject pronoun coordinated with it ("She and her aides"); a participle clause after a subject stays
// out of it; a slash, a dollar or percent sign or a short quoted title in an appositive does not stop the subject
// search, nor does an aside between dashes; "a conservative, pro-growth group" is one appositive. Sentences from
// PolNeAR train and dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('an inverted speaker before "in a …"', () => {
  it('ends the mention before "in a statement" (said House Speaker Paul Ryan in a statement)', () => {
    const text = '“It is against the law — and it will stay against the law — to transfer terrorist detainees to American soil,” said House Speaker Paul Ryan in a statement.';
    expect(statementQuoting(text, 'transfer terrorist detainees').speaker).toBe('House Speaker Paul Ryan');
  });
});

describe('an inverted speaker before ", which …"', () => {
  it('ends the mention before a "which" clause right after its head (said the agency, which fell …)', () => {
    const text = '“We have worked diligently to come as close to the goal as possible, but with the large number of documents involved and the holiday schedule we have not met the goal this month,” said the agency, which fell about 2,000 pages short of the target.';
    expect(statementQuoting(text, 'worked diligently').speaker).toBe('the agency');
  });
});

describe('a title-case headline', () => {
  it('leaves "Just" out of the subject (Barack Obama Just Nominated …)', () => {
    const text = 'Barack Obama Just Nominated A Muslim To Be A Federal Judge. That’s A First.';
    expect(statementQuoting(text, 'A Muslim').speaker).toBe('Barack Obama');
  });

  it('leaves "Is Now" out of the subject (Donald Trump Is Now Calling …)', () => {
    const text = 'Donald Trump Is Now Calling Obama The ‘Most Valuable Player’ For ISIS. Republican presidential candidate Donald Trump said so on Wednesday.';
    expect(statementQuoting(text, 'Most Valuable Player').speaker).toBe('Donald Trump');
  });
});

describe('a quantity after "at least"', () => {
  it('keeps "at least" in the subject (At least half of voters in each state say)', () => {
    const text = 'At least half of voters in each state say each of the two candidates’ positions on the issues are “about right,” though voters are generally more likely to say Sanders’ policies are too liberal than not liberal enough.';
    expect(statementQuoting(text, 'positions on the issues').speaker).toBe('At least half of voters in each state');
  });
});

describe('a part of "you"', () => {
  it('keeps the quantity before "of you" (Many of you have noted)', () => {
    const text = 'Many of you have noted the difference between the dark and foreboding, even authoritarian, vision espoused by Republicans and the uplifting yet pragmatic approach that we Democrats take.';
    expect(statementQuoting(text, 'foreboding').speaker).toBe('Many of you');
  });
});

describe('a subject pronoun coordinated with a noun phrase', () => {
  it('opens the mention at the pronoun (She and her defenders argue)', () => {
    const text = 'She and her defenders argue that at least some of the information being classified is in fact widely available or common knowledge.';
    expect(statementQuoting(text, 'widely available').speaker).toBe('She and her defenders');
  });

  it('does so before a possessive conjunct too (They and their supporters argue)', () => {
    const text = 'They and their supporters argue that, while the tax may result in lower insurance premiums, workers won’t end up seeing the savings in their paychecks — at least not anytime soon.';
    expect(statementQuoting(text, 'lower insurance premiums').speaker).toBe('They and their supporters');
  });
});

describe('a participle clause after the subject', () => {
  it('is left out even when it holds a slash (Trump, appearing after Clinton at the NBC/MSNBC forum, cited)', () => {
    const text = 'Trump, appearing after Clinton at the NBC/MSNBC forum, cited problems in the Middle East, China and elsewhere that he blamed on the policies of President Obama and Clinton.';
    expect(statementQuoting(text, 'Middle East').speaker).toBe('Trump');
  });
});

describe('a subject whose relative clause or appositive holds a dollar or a percent sign', () => {
  it('still finds the subject (Executives for Mondelez, which generated more than $30 billion …, say)', () => {
    const text = 'Executives for Mondelez, which generated more than $30 billion in revenue last year, say the company will save $46 million annually with the cuts and shift in production to its more efficient factory line in Mexico.';
    expect(statementQuoting(text, 'will save').speaker).toBe('Executives for Mondelez, which generated more than $30 billion in revenue last year');
  });

  it('keeps the percentage in apposition (A third of independents, 33%, say)', () => {
    const text = 'A third of independents, 33%, say they feel that way.';
    expect(statementQuoting(text, 'feel that way').speaker).toBe('A third of independents, 33%');
  });
});

describe('a subject whose appositive holds a quoted title', () => {
  it('steps over the title to the name (Hemsley, the co-author of "Going Viral," about …, said)', () => {
    const text = 'Hemsley, the co-author of "Going Viral," about the rapid spread of information, said the days when the nation had "a somewhat unifying story" from newspapers and the leading TV news networks are gone.';
    expect(statementQuoting(text, 'unifying story').speaker).toBe('Hemsley, the co-author of "Going Viral," about the rapid spread of information');
  });
});

describe('a share "N out of M"', () => {
  it('is one quantity with its modifier (Nearly nine out of 10 say)', () => {
    const text = 'Nearly nine out of 10 say they will need to continually develop new skills to advance their careers.';
    expect(statementQuoting(text, 'new skills').speaker).toBe('Nearly nine out of 10');
  });
});

describe('an aside between dashes after a subject with an appositive', () => {
  it('keeps the name before the appositive (John Dickey, the chief executive of Ora Media -- … -- told me)', () => {
    const text = "John Dickey, the chief executive of Ora Media -- the production company that owns Mr. King's Russia Today programming, which is also streamed on Hulu and Ora's site -- told me, ''We're a content provider; we're doing business with people who want and value our content.''";
    expect(statementQuoting(text, 'content provider').speaker).toBe("John Dickey, the chief executive of Ora Media -- the production company that owns Mr. King's Russia Today programming, which is also streamed on Hulu and Ora's site");
  });
});

describe('two adjectives set off by a comma in an inverted speaker', () => {
  it('do not end the appositive (said Douglas Holtz-Eakin, …, a conservative, pro-growth advocacy group)', () => {
    const text = "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist who served as director of the Congressional Budget Office and is now president of the American Action Forum, a conservative, pro-growth advocacy group.";
    expect(statementQuoting(text, 'tax reform').speaker).toBe('Douglas Holtz-Eakin, an economist who served as director of the Congressional Budget Office and is now president of the American Action Forum, a conservative, pro-growth advocacy group');
  });
});
