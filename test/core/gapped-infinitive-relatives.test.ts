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

  it('leaves a possessive speaker alone (PolNeAR train, usa-today_2015-12-01_for-gop-a-golden-opportunity-to-)', () => {
    const text = "For most GOP candidates, the primary focus has not even been ISIL, but on slowing or stopping Obama's plan to admit Syrian refugees.";
    expect(statementQuoting(text, 'to admit').quote.startsWith('to admit')).toBe(true);
  });
});
