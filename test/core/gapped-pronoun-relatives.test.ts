// A subject pronoun right after a noun with its article opens a relative clause with no relative word whose object is
// that noun ("a photo she posted"): what follows the clause's verb is not what was said. A possessive before the noun
// is no such article ("in the course of their report they could not resist pointing out …"). Sentences from PolNeAR
// train and dev and a saved Yahoo page.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('relative clauses of a pronoun after an object noun', () => {
  it('finds no statement in "after a photo she posted to Facebook started an online backlash" (saved Yahoo page)', () => {
    const text = 'A photographer and Navy veteran is fighting back after a photo she posted to Facebook started an online backlash.';
    expect(statements(text).filter((s) => s.cue === 'posted')).toEqual([]);
  });

  it('finds no statement in "all the companies he listed on his financial records" (train)', () => {
    const text = 'Trump so far hasn’t attacked all the companies he listed on his financial records that have outsourced jobs.';
    expect(statements(text).filter((s) => s.cue === 'listed')).toEqual([]);
  });

  it('keeps "in the course of their report they could not resist pointing out that …" (dev)', () => {
    const text = 'Politifact then ruled that Trump’s statement about “thousands of shootings” in Chicago is “true,” but in the course of their report they could not resist pointing out that every shooting did not result in a homicide.';
    expect(statementQuoting(text, 'every shooting did not result').speaker).toBe('they');
  });

  it('gives the object noun as what was said when the clause ends at its verb ("a deal she once supported", train)', () => {
    const deal = statementQuoting('Her turn against the Trans-Pacific Partnership trade pact with Asian countries - a deal she once supported - makes sense within her overall strategy.', 'a deal');
    expect(deal.speaker).toBe('she');
    expect(deal.quote).toBe('a deal');
    expect(deal.cue).toContain('supported');
    const style = statementQuoting('On Monday, he delivered a speech on terrorism using a teleprompter rather than the off-the-cuff style he prefers.', 'off-the-cuff');
    expect(style.speaker).toBe('he');
    expect(style.quote).toBe('the off-the-cuff style');
    expect(statementQuoting('One of his sons is a Marine, a fact he frequently mentions on the campaign trail.', 'a fact').speaker).toBe('he');
  });

  it('does not when a clause follows the verb ("a step they believe could help …", train)', () => {
    const text = 'Clinton aides have privately expressed frustration over Sanders\'s continuing campaign and refusal to this point to endorse her, a step they believe could help unify the party heading into the fall.';
    expect(statements(text).some((s) => s.quote === 'a step')).toBe(false);
  });

  it('does not give a noun with a relative word of its own ("from those whose views we fundamentally disagree", saved page)', () => {
    const text = 'However, we do not need to follow leadership from those whose views we fundamentally disagree.';
    expect(statements(text).some((s) => s.quote.startsWith('those whose'))).toBe(false);
  });
});
