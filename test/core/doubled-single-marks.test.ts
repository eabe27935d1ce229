// Two single marks in a row ('') are a double mark, so a single quotation inside ''…'' is words of it, not a quotation
// of its own; and three marks that close (`one of us,'''`) close the inner single quotation and then the double one.
// Sentences from PolNeAR (train, dev).
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import { tokenize } from '../../src/core/tokens';
import { statementQuoting } from './engine-helpers';

const regionsOf = (text: string): string[] => findQuotes(text, tokenize(text)).regions.map((r) => text.slice(r.start, r.end));

describe("single quotations inside ''…''", () => {
  it("keeps one quotation round a single one inside ''…''", () => {
    const text = "Many of the visitors were older, she said, and ''I had to step back and think, 'This is their lives.'.''";
    expect(regionsOf(text)).toEqual(["I had to step back and think, 'This is their lives.'."]);
  });

  it("reads ''' after a word as the single closer, then the double one", () => {
    const text = "''Part of my job is to say: 'Hey, this guy's for real. He's one of us,''' Mr. English said of Mr. Cruz.";
    expect(regionsOf(text)).toEqual(["Part of my job is to say: 'Hey, this guy's for real. He's one of us,'"]);
    const s = statementQuoting(text, 'Part of my job');
    expect(s.speaker).toBe('Mr. English');
    expect(s.quote).toContain('one of us');
  });

  it("finds the speaker after a quotation ending in '''", () => {
    const text = "''I would use the word 'old-school,''' said Gregory W. Slayton, whom George W. Bush appointed chief of mission to Bermuda, and who is now supporting Senator Marco Rubio.";
    const s = statementQuoting(text, 'I would use the word');
    expect(s.speaker).toContain('Gregory W. Slayton');
  });

  it("still opens ''' before a word with the double mark", () => {
    const text = "'''College Bowl,''' he replied.";
    expect(regionsOf(text)).toEqual(["'College Bowl,'"]);
  });
});
