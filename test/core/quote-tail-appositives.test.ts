// A quotation closed by "Name, appositive, said": the appositive (a title, a party-and-state tag) belongs to the
// speaker, and the verb after it is the cue. Sentences from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('appositives in a quotation tail', () => {
  it('reads `“…,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday`', () => {
    const text = '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.';
    const s = statementQuoting(text, 'Our assumption');
    expect(s.cue).toBe('said');
    expect(s.speaker?.startsWith('Senate Majority Leader Mitch McConnell')).toBe(true);
  });

  it('reads `“…,” Scott Pruitt, the Republican attorney general of Oklahoma, …, said`', () => {
    const text = '“It’s an invasion, in our estimation, of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at a Washington event this month.';
    const s = statementQuoting(text, 'It’s an invasion');
    expect(s.cue).toBe('said');
    expect(s.speaker?.startsWith('Scott Pruitt, the Republican attorney general of Oklahoma')).toBe(true);
  });
});

describe('a lower-case modifier opening a tail speaker', () => {
  it("reads `''…,'' former Gov. Jeb Bush of Florida said` with the verb after the name (PolNeAR train)", () => {
    const text = "''Donald Trump should retract his comments, not defend them. There is no place for racism in the G.O.P., or this country,'' former Gov. Jeb Bush of Florida said on Twitter.";
    const s = statementQuoting(text, 'retract his comments');
    expect(s.cue).toBe('said');
    expect(s.speaker).toBe('former Gov. Jeb Bush of Florida');
  });
});

describe('tail speakers that end in a number', () => {
  it('keeps "of two" in "the 34-year-old mother of two said" (a constructed sentence: no corpus or page has this shape)', () => {
    const text = '“I was shocked,” the 34-year-old mother of two said.';
    expect(statementQuoting(text, 'I was shocked').speaker).toBe('the 34-year-old mother of two');
  });
});
