// A "that" before a quotation opens the content: PolNeAR starts it at "that", not at the quotation mark. Sentence
// from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"that" before a quotation', () => {
  it('starts the content ("tweeted that, “For those few people knocking me …”")', () => {
    const text = 'Trump tweeted that, “For those few people knocking me for tweeting at three o’clock in the morning, at least you know I will be there, awake, to answer the call!”';
    expect(statementQuoting(text, 'those few people').quote).toMatch(/^that, “For those few people/);
  });

  it('while a quotation a few words after the cue still starts it ("adding later, “NATO is costing us …”")', () => {
    const text = 'Trump doubled down on his criticism of the alliance, adding later, “NATO is costing us a fortune.”';
    expect(statementQuoting(text, 'NATO is costing').quote).toMatch(/^NATO is costing us a fortune/);
  });
});

describe('adjuncts before "that"', () => {
  it('leaves a "via" phrase out ("said via email that, “Of course Mr. Trump is going to defend himself” …")', () => {
    const text = 'Spokeswoman Jessica Ditto said via email that, “Of course Mr. Trump is going to defend himself” against what the campaign sees as a coordinated attack effort by the media and rival Hillary Clinton’s campaign.';
    expect(statementQuoting(text, 'defend himself').quote).toMatch(/^that, “Of course Mr. Trump/);
  });
});

describe('addressees before "that"', () => {
  it('step over a short quoted title ("tells MSNBC’s “Morning Joe” on Friday that “exactly who did it” …")', () => {
    const text = 'Johnson tells MSNBC’s “Morning Joe” on Friday that “exactly who did it” remains under investigation.';
    expect(statementQuoting(text, 'remains under investigation').quote).toBe('that “exactly who did it” remains under investigation');
  });
});
