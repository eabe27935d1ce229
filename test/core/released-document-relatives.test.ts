// What a released document says ("released a letter … that says …") is said by who released it, as PolNeAR marks it;
// a lone "that" is otherwise no speaker. Sentences from PolNeAR (dev, train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('a relative "that" after a released document', () => {
  it('gives the letter\'s words to who released it', () => {
    const text = 'He released a letter from his doctor Friday afternoon that says he has “extraordinarily good health” for a 63-year-old.';
    const s = statementQuoting(text, 'extraordinarily good health');
    expect(s.speaker).toBe('He');
    expect(s.cue).toBe('says');
  });

  it('gives a released video\'s quotation to the releaser', () => {
    const text = 'In selling the courses, Trump released a marketing video that said, "We are going to have professors and adjunct professors that are absolutely terrific."';
    expect(statementQuoting(text, 'adjunct professors').speaker).toBe('Trump');
  });

  it('gives a launched or published document\'s words to who put it out (PolNeAR train, dev)', () => {
    const ad = statementQuoting('Democratic presidential candidate Bernie Sanders is releasing a new 30-second ad that urges voters in New York to “send a message” to Wall Street banks and billionaires.', 'send a message');
    expect(ad.speaker).toBe('Democratic presidential candidate Bernie Sanders');
    expect(ad.cue).toBe('urges');
    expect(statementQuoting("A pro-Newt Gingrich  PAC launched a mini-documentary and ad campaign that attacked Romney's work at Bain Capital.", 'Bain Capital').speaker).toBe('A pro-Newt Gingrich  PAC');
    expect(statementQuoting('On Sunday, the New York Times published portions of Trump’s state tax returns from 1995 that showed the New York businessman and his companies lost nearly $916 million in a single year.', '$916 million').speaker).toBe('the New York Times');
  });
});

describe('a participle of publishing right after a document', () => {
  it('makes no statement of "a statement issued …" (PolNeAR train)', () => {
    const text = 'Then, in a statement issued in his name shortly after the AP article was published, Carson said he has “100 percent confidence in my campaign team.”';
    const found = statements(text);
    expect(found.some((a) => a.cue === 'issued')).toBe(false);
  });

  it('gives the ", saying" after "in a letter posted on Twitter" to the sentence\'s subject (saved The Hill page)', () => {
    const text = "Omar asked for compassion during Carlineo's sentencing in a letter posted on Twitter Tuesday, saying she did not think a severe sentence would be helpful.";
    expect(statementQuoting(text, 'she did not think a severe sentence').speaker).toBe('Omar');
    expect(statements(text).some((a) => a.cue === 'posted')).toBe(false);
  });

  it('still reads a body whose name ends in a document noun as a speaker ("Big Machine Records issued a statement")', () => {
    const text = 'Big Machine Records issued a statement that appeared to make it possible for Swift to perform her songs at the awards.';
    expect(statements(text).some((a) => a.cue === 'issued' && a.speaker === 'Big Machine Records')).toBe(true);
  });
});
