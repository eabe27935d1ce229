// A content before an "according to" tail starts after the sentence connective that links it to the sentence before
// ("And …", "But …", "Even so, …"): the source vouches for the facts, not for the writer's link. Other tails keep the
// connective, as PolNeAR does more often than not. Sentences from PolNeAR (dev, train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('connectives before an "according to" tail', () => {
  it('leaves "But" out of the content', () => {
    const text = 'But it is the responsibility of individual government officials to handle classified material appropriately, including by properly marking it as classified, according to experts.';
    expect(statementQuoting(text, 'responsibility').quote.startsWith('it is the responsibility of individual government officials')).toBe(true);
  });

  it('leaves "Even so," out of the content', () => {
    const text = 'Even so, in February he raised $5.7 million, and he had almost $5 million in cash at the start of March, according to his campaign finance documents.';
    expect(statementQuoting(text, 'he raised').quote.startsWith('in February he raised $5.7 million')).toBe(true);
  });

  it('keeps "But" before a "he said" tail', () => {
    const text = '“But usually we end up doing okay because the American people are good people ... Sometimes our politics doesn’t express all the goodness of the people,” he said, without referring specifically to any of the presidential candidates.';
    expect(statementQuoting(text, 'doing okay').quote.startsWith('But usually we end up doing okay')).toBe(true);
  });
});

describe('long "according to" sources', () => {
  it('run to their comma past 16 tokens (PolNeAR dev: a 52-count civil complaint … and a 15-count complaint by Vermont, …)', () => {
    const text = 'According to a 52-count civil complaint filed by the federal Securities and Exchange Commission and a 15-count complaint by Vermont, the developers engaged in a "massive eight-year fraudulent scheme" in which they "systematically looted" millions of dollars from the foreign investors.';
    const s = statementQuoting(text, 'the developers engaged');
    expect(s.speaker).toBe('a 52-count civil complaint filed by the federal Securities and Exchange Commission and a 15-count complaint by Vermont');
    expect(s.quote.startsWith('the developers engaged')).toBe(true);
  });
});

describe('a short opening before ", according to X, …"', () => {
  it('keeps the clause after the source in the content (PolNeAR train: "Over the long term, according to the budget office, …")', () => {
    const text = "Over the long term, according to the budget office, the rise in annual deficits and debt ''is mainly attributable to the aging of the population and rising health care costs per person.''";
    const s = statementQuoting(text, 'Over the long term');
    expect(s.speaker).toBe('the budget office');
    expect(s.quote.includes('the rise in annual deficits and debt')).toBe(true);
    expect(s.quote.includes('health care costs per person')).toBe(true);
  });

  it('keeps it after a two-word opening (PolNeAR train: "Since last November, according to Human Rights Watch, …")', () => {
    const text = 'Since last November, according to Human Rights Watch, state security forces have killed more than 400 protesters in the Oromia region, which surrounds Addis Ababa.';
    expect(statementQuoting(text, 'Since last November').quote.includes('state security forces have killed more than 400 protesters')).toBe(true);
  });

  // A clause before the source followed by ", and …" is said whole (tail-and-clauses.test.ts); this guard uses a
  // relative clause after the source instead.
  it('still ends before the source after a clause (PolNeAR train: "… called for attacks using vehicles, according to the SITE Intelligence Group, which …")', () => {
    const text = 'The Islamic State has previously called for attacks using vehicles, according to the SITE Intelligence Group, which monitors extremist statements.';
    expect(statementQuoting(text, 'The Islamic State').quote).toBe('The Islamic State has previously called for attacks using vehicles');
  });
});
