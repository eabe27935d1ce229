// Charges in the passive with no one named: "X was accused of …", "X has been criticized for …", "X was charged
// with …" are statements with no source, the whole clause their content, as PolNeAR annotates them. With "by" the
// charger is named; "charged" without "with" is a price. Sentences from PolNeAR.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('passive charges', () => {
  it('reads "X was accused of …" as a statement with no speaker, its subject inside the content', () => {
    const text = 'Mr. Quiros was accused of using $50 million for personal expenses including a luxury condominium at Trump Place in New York.';
    const s = statementQuoting(text, '$50 million');
    expect(s.speaker).toBeNull();
    expect(s.cue).toBe('was accused');
    expect(s.quote).toBe('Mr. Quiros was accused of using $50 million for personal expenses including a luxury condominium at Trump Place in New York');
  });

  it('reads "X has been criticized for …" the same way', () => {
    const text = 'Mr. Sanders has been criticized for offering vague responses to questions on the subject during an interview this week in New York with the editorial board of The Daily News.';
    const s = statementQuoting(text, 'vague responses');
    expect(s.speaker).toBeNull();
    expect(s.quote.startsWith('Mr. Sanders has been criticized for offering vague responses')).toBe(true);
  });

  it('makes no speakerless statement of a price ("were mistakenly charged fees")', () => {
    const text = 'In the Wells Fargo scandal, people were mistakenly charged fees, saw their credit ratings fall, got credit cards in the mail they never asked for or just were confused.';
    expect(statements(text).filter((s) => s.cue?.includes('charged'))).toEqual([]);
  });

  it('leaves a charge made "by" someone to its ordinary frame ("he was criticized by libertarians")', () => {
    const text = 'After Johnson refused to rule out a tax on carbon, he was criticized by libertarians on social media.';
    expect(statements(text).filter((s) => s.cue?.includes('criticized') && s.speaker === null)).toEqual([]);
  });
});

describe('"was told that": the hearer is no speaker', () => {
  it('reads "I was told that …" and "we are told that …" as statements with no speaker, the clause after "that" their content (train, saved page)', () => {
    const train = 'For example, I was told that the executive team from Valeant did not want to be seated at the same table with Martin Shkreli.';
    const s = statementQuoting(train, 'executive team');
    expect(s.speaker).toBeNull();
    expect(s.quote.startsWith('that the executive team')).toBe(true);
    const page = 'Instead, we are told that Uber’s pricing surge was its expression of concern.';
    expect(statementQuoting(page, 'pricing surge').speaker).toBeNull();
  });

  it('keeps the teller of "told reporters that …" as the speaker', () => {
    expect(statementQuoting('He told reporters that he was tired.', 'tired').speaker).toBe('He');
  });
});
