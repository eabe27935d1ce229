// A relative clause after a bare name is an aside, not part of the mention: PolNeAR's subjects "Ramos, who lives in
// Miami, …" end at the name (train: 61 of 89 such subjects), while a fuller first mention keeps its clause. Sentences
// from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('relative clauses after a bare name', () => {
  it('ends the subject at a bare name before ", who …" (Ramos, who lives in Miami, considers)', () => {
    const text = 'Ramos, who lives in Miami, considers himself an immigrant even though he has acquired US citizenship.';
    expect(statementQuoting(text, 'himself an immigrant').speaker).toBe('Ramos');
  });

  it('keeps a volition verb after the bare name and its clause (Clinton, who had plenty of stories …, decided to)', () => {
    const text = 'Clinton, who had plenty of stories of her work with activists, decided to go with biography.';
    expect(statementQuoting(text, 'go with biography').speaker).toBe('Clinton');
  });

  it('makes no speaker of "the past" inside the clause (Zucker, who in the past has voiced …, told)', () => {
    const text = 'Zucker, who in the past has voiced the desire to run for public office, told BuzzFeed’s Smith he would still consider doing so but “love[s] what I’m doing” and has no plans to leave.';
    expect(statements(text).map((s) => s.speaker)).not.toContain('the past');
    expect(statementQuoting(text, 'still consider').speaker).toBe('Zucker');
  });
});

// Session 10: the engine's own frames tell which "who" speaks (sentence from PolNeAR dev).
describe('a relative clause that is a statement of its own', () => {
  it('ends the mention before ", who …" when the "who" speaks (Mr. Obama, who understood that …, told)', () => {
    const text = 'Mr. Obama, who understood that a legislative push would be fruitless, told his advisers to figure out how to enact deep emissions cuts without Congress.';
    expect(statementQuoting(text, 'legislative push').speaker).toBe('who');
    expect(statementQuoting(text, 'deep emissions cuts').speaker).toBe('Mr. Obama');
  });
});

describe('a "which" clause that is a statement of its own', () => {
  it('ends the mention before ", which …" when the "which" speaks (the Huffington Post, which originally said …, said)', () => {
    const text = 'The media silence about the poll’s numbers comes two days after the Huffington Post, which originally said it would cover Trump’s campaign in its entertainment section, said it would treat the Trump campaign as news.';
    expect(statementQuoting(text, 'entertainment section').speaker).toBe('which');
    expect(statementQuoting(text, 'as news').speaker).toBe('the Huffington Post');
  });
});
