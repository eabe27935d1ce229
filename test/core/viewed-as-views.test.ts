// "X is viewed/regarded/identified/listed … as Y": a view in the passive with no one named who holds it. PolNeAR marks
// these like "is seen as": no source and the whole clause as content (train: 15 of 21 such be-passives outside
// quotations). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('passive views before "as" with no source', () => {
  it('reads "The kingdom is viewed as a bulwark …" as a sourceless statement of the whole clause', () => {
    const text = 'The kingdom is viewed as a bulwark to deter Iranian adventurism across the region and has been a partner in the fight against terrorism.';
    const s = statementQuoting(text, 'a bulwark');
    expect(s.speaker).toBeNull();
    expect(s.cue).toBe('is viewed as');
    expect(s.quote.startsWith('The kingdom is viewed as a bulwark')).toBe(true);
  });

  it('ends the clause at its comma ("was identified as", "are listed as")', () => {
    const text = 'Kelsey Atkinson was identified as the protester, wearing a shirt that read “Black Lives Matter.”';
    const s = statementQuoting(text, 'the protester');
    expect(s.speaker).toBeNull();
    expect(s.cue).toBe('was identified as');
    expect(s.quote).toBe('Kelsey Atkinson was identified as the protester');
    const listed = statementQuoting('At least eight hedge funders are listed as Clinton fundraisers, collecting more than $100,000 each.', 'Clinton fundraisers');
    expect(listed.speaker).toBeNull();
    expect(listed.quote).toBe('At least eight hedge funders are listed as Clinton fundraisers');
  });

  it('starts a relative clause\'s view at its pronoun, and gives the pronoun no statement', () => {
    const text = 'She bridled, but held her ground, and Lazio — who was regarded as a lightweight — was quickly dismissed by voters.';
    const s = statementQuoting(text, 'a lightweight');
    expect(s.speaker).toBeNull();
    expect(s.quote).toBe('who was regarded as a lightweight');
  });

  it('makes no statement of "being viewed as" (a poll\'s measure, not a view held)', () => {
    const text = 'She has a 13-point advantage on being viewed as at least somewhat decisive, and a 15-point advantage on being viewed as competent.';
    expect(statements(text)).toEqual([]);
  });
});
