// A reported statement that ends its paragraph goes on into the paragraphs after it that are one quotation each, as a
// tail's quotation does: `Carter said that … would not happen.` ¶ `“That’s because this region …”`. Only after a verb of
// saying, and only quotations that read as speech (not a subheading, not words quoted again after an ellipsis).
// Sentences from PolNeAR (train) and a saved Guardian page.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('quotation paragraphs after a reported statement', () => {
  it('continue "Carter said that …" into the quotation paragraph after it', () => {
    const text = 'Carter said that for decades some critics had been predicting an impending U.S. withdrawal from the region, but this would not happen.\n\n“That’s because this region, which is home to nearly half the world’s population and nearly half the global economy, remains the most consequential for America’s own security and prosperity.”';
    const s = statementQuoting(text, 'for decades some critics');
    expect(s.speaker).toBe('Carter');
    expect(s.quote).toContain('remains the most consequential');
  });

  it('continue "Erekat said it was …" on a saved page', () => {
    const text = 'Erekat said it was only the latest move by the US to try to force the Palestinians to capitulate.\n\n"They wanted us on our knees and they used every trick to put pressure on us. We stand tall and we will stand tall."';
    expect(statementQuoting(text, 'the latest move').quote).toContain('We stand tall');
  });

  it('do not continue a volition verb: "Sherman wants to use …" is not the quotation after it', () => {
    const text = 'Sherman wants to use the platform as a real-time fact check, and not just for Donald Trump.\n\n“I think because we have the access to the people we will impose a new kind of accountability.”';
    expect(statementQuoting(text, 'real-time fact check').quote).not.toContain('accountability');
  });

  it('do not continue into a subheading in capitals or a quotation resumed after an ellipsis', () => {
    const heading = 'Obama also announced the Peace Corps would begin operating in Vietnam for the first time.\n\n“EVENTUALLY VOTERS MAKE GOOD DECISIONS”';
    expect(statementQuoting(heading, 'Peace Corps').quote).not.toContain('VOTERS');
    const resumed = 'Jones said that Uber is preparing to respond in a civic manner.\n\n“… Fares have increased to encourage more drivers to come online.”';
    expect(statements(resumed).filter((s) => s.quote.includes('Fares have increased'))).toEqual([]);
  });
});
