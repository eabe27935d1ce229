// Some writers type the opening mark “ where a quotation closes (`“It's unusual,“ said Larry Noble`). Glued after a
// word or . , ! ? and followed by a space, a closing bracket or the end, while a quotation is open, it closes that
// quotation (train: 4 more right, quote exact +8; dev scores unchanged). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('an opening mark typed as the closer', () => {
  it('closes "…," said Name (train)', () => {
    const text = '“The reality is, if Mrs. Clinton loses Iowa and New Hampshire, that could create new and real problems for her here,“ said Jim Clyburn, a Democratic congressman and civil rights leader from South Carolina.\n\nWhile many people reading this article have been seeing it.';
    const s = statementQuoting(text, 'The reality is');
    expect(s.quote).toBe('The reality is, if Mrs. Clinton loses Iowa and New Hampshire, that could create new and real problems for her here,');
    expect(s.speaker).toContain('Jim Clyburn');
  });

  it('closes a short quotation before its tail (train)', () => {
    const text = '“It\'s unusual,“ said Larry Noble, an attorney with the Campaign Legal Center.';
    const s = statementQuoting(text, 'unusual');
    expect(s.quote).toBe('It\'s unusual,');
    expect(s.speaker).toContain('Larry Noble');
  });

  it('ends a quoted phrase, so the next quotation in the sentence opens on its own (train)', () => {
    const text = 'Last week, the Clinton campaign also called on the Federal Emergency Management Agency to conduct an “expedited review“ of Flint’s water infrastructure and said the Obama administration should immediately set up a “health monitoring and surveillance system” to test residents for lead poisoning.';
    const s = statementQuoting(text, 'health monitoring');
    expect(s.quote).toBe('the Obama administration should immediately set up a “health monitoring and surveillance system” to test residents for lead poisoning');
    expect(statementQuoting(text, 'expedited review').quote).not.toContain('health monitoring');
  });

  it('still opens a quotation when glued to the word after it', () => {
    const text = 'He said “We will win.” Then he left.';
    expect(statementQuoting(text, 'We will win').quote).toBe('We will win.');
  });
});
