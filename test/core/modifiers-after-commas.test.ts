// A lower-case noun after a comma modifies the plural head of the subject that follows it, a tail followed by
// ", including …" sits inside its content, and "around the country" stays in a subject (session 12). Sentences from
// PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('an unseen noun after a comma', () => {
  it('joins the subject (While he was in a Texas county jail …, immigration officials told him …)', () => {
    const text = 'While he was in a Texas county jail awaiting trial, immigration officials told him he had never been a U.S. citizen.';
    expect(statementQuoting(text, 'never been a U.S. citizen').speaker).toBe('immigration officials');
  });

  it('joins the subject before its "including" list (One after another, mining companies, including Patriot, declared …)', () => {
    const text = 'One after another, mining companies, including Patriot, declared bankruptcy.';
    expect(statementQuoting(text, 'bankruptcy').speaker).toBe('mining companies, including Patriot');
  });
});

describe('a tail followed by ", including …"', () => {
  it('is inside the whole sentence (…, the Times said, including speeches, …)', () => {
    const text = 'The emails were on a variety of work-related topics, the Times said, including speeches, meetings and news media appearances.';
    const s = statementQuoting(text, 'work-related topics');
    expect(s.speaker).toBe('the Times');
    expect(s.quote).toBe(text.slice(0, -1));
  });

  it('gives the sentence to its modified subject (…, labor-policy experts say, including a provision …)', () => {
    const text = "Donald Trump's new proposal for paid maternity leave is vague about who would be eligible, labor-policy experts say, including a provision they say could exclude one of the country's most economically vulnerable groups: single mothers.";
    const s = statementQuoting(text, 'paid maternity leave');
    expect(s.speaker).toBe('labor-policy experts');
    expect(s.quote).toBe(text.slice(0, -1));
  });
});

describe('"around" inside a subject', () => {
  it('stays in the mention (Political observers in Virginia and around the country say …)', () => {
    const text = "Political observers in Virginia and around the country say Scott deserves the right of first refusal - and not only because his appointment would make history and cement McAuliffe's legacy as a champion of minorities.";
    expect(statementQuoting(text, 'right of first refusal').speaker).toBe('Political observers in Virginia and around the country');
  });
});
