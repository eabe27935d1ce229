// A relative pronoun after a comma opens its own clause: "Mr. Trump, who said last week that …" says what follows
// the cue, not the words before the comma (which the tail rule used to take). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('relative pronoun subjects', () => {
  it('ends the content where the main clause resumes after the relative clause (", who suggested …, are wise choices")', () => {
    const text = 'Republicans, whose primary is far more volatile, may now ask whether candidates like Mr. Carson, who claimed at one point that China was becoming involved in Syria, and Donald J. Trump, who suggested the battle against the Islamic State could be left to Russia, are wise choices in a world where Western capitals can be made into killing fields.';
    expect(statementQuoting(text, 'the battle against').quote).toBe('the battle against the Islamic State could be left to Russia');
  });

  it('reads "Mr. Trump, who said last week that …" forward from the cue', () => {
    const text = "Mr. Trump, who said last week that a Mexican-American judge in a case involving Trump University was biased against him because of his heritage, issued a statement Tuesday saying, ''I do not feel that one's heritage makes them incapable of being impartial.''";
    const s = statementQuoting(text, 'a Mexican-American judge');
    expect(s.cue).toBe('said');
    expect(s.speaker).toBe('who');
    expect(s.quote.startsWith('that a Mexican-American judge')).toBe(true);
  });

  it('does not take the main clause before ", who added" as the content', () => {
    const text = 'Sanders lost Ohio, Florida and North Carolina to Democratic rival Hillary Clinton, who added to her delegate lead.';
    expect(statements(text).filter((s) => s.quote.includes('Sanders lost'))).toEqual([]);
  });
});

describe('a relative pronoun after a quotation', () => {
  it('does not make the words before “Never Trumpers” who oppose … the content of "who" (saved AP page)', () => {
    const text = 'Over the weekend, Trump assailed Williams as part of the “Never Trumpers” who oppose his presidency.';
    expect(statements(text).filter((s) => s.speaker === 'who' && s.quote.includes('Trump assailed'))).toEqual([]);
    expect(statementQuoting(text, 'Williams as part of').cue).toBe('assailed');
  });
});

describe('relative clauses inside a speaker', () => {
  it('keeps both statements of "Barkley, who said he typically votes democratic, said …"', () => {
    const text = 'Barkley, who said he typically votes democratic, said one candidate he likes so far is Ohio Governor John Kasich.';
    expect(statementQuoting(text, 'he typically votes democratic').speaker).toBe('who');
    expect(statementQuoting(text, 'one candidate he likes').speaker?.startsWith('Barkley')).toBe(true);
  });
});

describe('relative clauses without commas in a subject', () => {
  it('keeps "who did not wish to be named because of agency policy" in the mention and names the spokesperson (saved NBC page)', () => {
    const text = 'A spokesperson who did not wish to be named because of agency policy said in a statement emailed to NBC News that the agency never has administered vaccines and people aren\'t usually held in custody very long.';
    const s = statementQuoting(text, 'the agency never has administered vaccines');
    expect(s.speaker).toBe('A spokesperson who did not wish to be named because of agency policy');
    expect(s.a.speaker?.name).toBe('spokesperson');
  });

  it('ends a statement inside the relative clause at the subject\'s verb ("A woman who has accused … of rape said …")', () => {
    const text = 'A woman who has accused former President Bill Clinton of rape said Sunday night that Clinton was trying to strike up a date with her weeks after he had sexually assaulted her.';
    const main = statementQuoting(text, 'strike up a date');
    expect(main.speaker).toBe('A woman who has accused former President Bill Clinton of rape');
    expect(main.a.speaker?.name).toBe('woman');
    expect(statementQuoting(text, 'Bill Clinton of rape').quote).toBe('former President Bill Clinton of rape');
  });

  it('does not cross a clause opened before the cue ("… gathered steam this past week as a number of writers suggested …")', () => {
    const text = 'Meanwhile, a list of those who should be shunned for supporting Trump gathered steam this past week as a number of writers suggested such a list was important.';
    expect(statementQuoting(text, 'such a list was important').speaker).toBe('a number of writers');
  });

  it('stops at a pronoun subject or a "that" clause ("The staff member who reported the call recalled that he said", saved NBC page)', () => {
    const text = 'The staff member who reported the call recalled that he said, "I\'ll put a bullet in her (expletive) skull," the U.S. attorney\'s office said.';
    expect(statements(text).filter((s) => s.speaker?.includes('recalled'))).toEqual([]);
    const only = 'Those who only learned of this story in the last month (understandably) believed Selam G.\'s Medium post raised an entirely new issue.';
    expect(statements(only).filter((s) => s.speaker?.startsWith('Those who'))).toEqual([]);
  });
});
