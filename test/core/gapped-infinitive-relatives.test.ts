import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

// "The things he wants to accomplish appeal to the people": a relative clause with no relative word whose cue takes an
// infinitive with a gap ("to accomplish" what? the things) speaks of the noun phrase before its subject, and PolNeAR's
// content starts at that phrase; it ends before the sentence's own finite verb when that is an auxiliary or -ed.
describe('a gapped infinitive relative clause starts at the noun it describes', () => {
  it('starts at "The things" (PolNeAR train, usa-today_2016-03-07_trump-lead-causes-more-cracks-in)', () => {
    const text = 'The things he wants to accomplish appeal to the people, but he has no clear vision of how to get things done.';
    expect(statementQuoting(text, 'to accomplish').quote.startsWith('The things he wants to accomplish')).toBe(true);
  });

  it('ends before the sentence\'s auxiliary "have" (PolNeAR train, nyt_2016-07-29_obama-lays-out-stakes-for-a-divi)', () => {
    const text = 'The challenge for Mr. Obama is to find a way to acknowledge that the political divides he promised to bridge have only grown deeper and more acrimonious.';
    expect(statementQuoting(text, 'to bridge').quote).toBe('the political divides he promised to bridge');
  });

  // This case's first sentence, "… stopping Obama's plan to admit Syrian refugees", makes no statement since spkprec20
  // (a volition word after a possessive is a noun; PolNeAR marks none there): possessive-volition-nouns.test.ts.
  it('leaves a possessive speaker alone (PolNeAR train, wash-post_2016-09-07_third-party-contenders-are-wild-)', () => {
    const text = "Trump's promises to deport undocumented immigrants and build a wall along the U.S.-Mexico border have put the issue of immigration at the center of this year's campaign, but the 50-state poll finds immigration is a second- or third-tier issue for voters across the country.";
    expect(statementQuoting(text, 'to deport').quote.startsWith('to deport')).toBe(true);
  });
});
