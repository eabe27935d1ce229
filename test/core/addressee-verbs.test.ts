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

describe('an addressee with an apposition', () => {
  it('starts the content at the "that" after the apposition ("told investors of New Media, the GateHouse parent, on Oct. 31 that …", saved page; train)', () => {
    const page = 'Reed, who will be the merged company’s chairman, told investors of New Media, the GateHouse parent, on Oct. 31 that the merger would allow the company to quickly pay down debt.';
    expect(statementQuoting(page, 'pay down debt').quote).toBe('that the merger would allow the company to quickly pay down debt');
    const train = 'He is telling Sen. Charles Grassley, chairman of the Senate Judiciary Committee, that he\'ll withdraw the Garland nomination unless hearings are underway by Sept. 6.';
    expect(statementQuoting(train, 'Garland nomination').quote.startsWith('that he\'ll withdraw')).toBe(true);
  });

  it('keeps a quotation after the addressee\'s comma as the content, a "that" inside it notwithstanding', () => {
    const text = 'Trump told reporters, “I know that we will win.”';
    expect(statementQuoting(text, 'we will win').quote).toBe('I know that we will win.');
  });
});

describe('a bare addressee the lexicon does not know, then a subject pronoun', () => {
  it('starts the content at the pronoun ("told police he supported Trump", saved page; "told federal investigators in July she was advised", train)', () => {
    const page = 'When Carlineo was approached, he told police he supported Trump and hates radical Muslims in government.';
    expect(statementQuoting(page, 'supported Trump').quote).toBe('he supported Trump and hates radical Muslims in government');
    const train = 'Democratic presidential nominee Hillary Clinton told federal investigators in July she was advised by former Secretary of State Colin Powell to use a private email account.';
    expect(statementQuoting(train, 'Colin Powell').quote.startsWith('she was advised')).toBe(true);
  });

  it('does not start at a pronoun after "about" ("asked Trump about statements he had made", train)', () => {
    const text = 'Conservative radio host Hugh Hewitt asked Trump about statements he had made the previous night.';
    expect(statementQuoting(text, 'previous night').quote.startsWith('he had made')).toBe(false);
  });
});
