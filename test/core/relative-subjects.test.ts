// A relative pronoun after a comma opens its own clause: "Mr. Trump, who said last week that …" says what follows
// the cue, not the words before the comma (which the tail rule used to take). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('relative pronoun subjects', () => {
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

describe('relative clauses inside a speaker', () => {
  it('keeps both statements of "Barkley, who said he typically votes democratic, said …"', () => {
    const text = 'Barkley, who said he typically votes democratic, said one candidate he likes so far is Ohio Governor John Kasich.';
    expect(statementQuoting(text, 'he typically votes democratic').speaker).toBe('who');
    expect(statementQuoting(text, 'one candidate he likes').speaker?.startsWith('Barkley')).toBe(true);
  });
});
