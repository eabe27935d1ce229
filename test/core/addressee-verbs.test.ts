// Verbs that take an addressee before their content: "reminding voters that …" is said to the voters, and the content
// starts after them, at "that", as PolNeAR marks it. "reminding", "remind", "assuring", "assure", "informing" and
// "informs" were missing beside their other forms. Sentence from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('verbs that take an addressee', () => {
  it('starts the content after the addressee of "reminding" ("reminding voters that …")', () => {
    const text = 'When she ran for the Senate in California in 2010, Democratic incumbent Barbara Boxer attacked Fiorina by reminding voters that the merger forced HP to slash 30,000 jobs.';
    const s = statementQuoting(text, 'the merger');
    expect(s.quote).toBe('that the merger forced HP to slash 30,000 jobs');
    expect(s.speaker).toBe('Democratic incumbent Barbara Boxer');
  });
});
