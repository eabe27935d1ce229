// A paragraph ending "Limbaugh added:" introduces the next paragraph as a quotation without marks. Only a verb of
// saying before the colon counts: "(all times EST):" before a time stamp introduces a list. Paragraphs from
// PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('block quotations after "X added:"', () => {
  it('reads the paragraph after "Limbaugh added:" as his statement', () => {
    const text = "Limbaugh added:\n\nAnd from a supposed front-runner, Hillary Clinton, this reeks of some of the greatest fear that I have ever seen. She can’t beat this guy without stacking the deck?  She can’t beat this guy without rigging it with the referee? She can’t beat this guy without the entire worldwide media piling on her opponent? I mean, that’s the message this is sending.\n\nMook told CBS, “We’re really focused on this opportunity that Hillary has to speak directly to the voters on the issues.”";
    const s = statementQuoting(text, 'this reeks of some');
    expect(s.speaker).toBe('Limbaugh');
    expect(s.cue).toBe('added');
    expect(s.quote.endsWith('that’s the message this is sending')).toBe(true);
  });

  it('finds no statement in a time stamp after "(all times EST):"', () => {
    const text = 'WASHINGTON (AP) — The latest on President Barack Obama’s executive actions to tighten gun control in the United States (all times EST):\n\n6:01 p.m.\n\nTed Cruz is protesting Obama’s executive actions limiting firearms sales by giving away an engraved shotgun.';
    expect(statements(text).filter((s) => s.quote.includes('6:01'))).toEqual([]);
  });
});
