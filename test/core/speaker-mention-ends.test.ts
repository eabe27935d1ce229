// Where a speaker mention ends (session 10): before "in a statement" after an inverted speaker, and before a
// headline's capitalized adverb or auxiliary. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('an inverted speaker before "in a …"', () => {
  it('ends the mention before "in a statement" (said House Speaker Paul Ryan in a statement)', () => {
    const text = '“It is against the law — and it will stay against the law — to transfer terrorist detainees to American soil,” said House Speaker Paul Ryan in a statement.';
    expect(statementQuoting(text, 'transfer terrorist detainees').speaker).toBe('House Speaker Paul Ryan');
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
