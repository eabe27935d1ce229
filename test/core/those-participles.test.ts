// "those responding", "those polled": a participle after "those" belongs to the mention, as PolNeAR marks it ("42
// percent of those responding"; the speaker ended at "those"). A sentence from PolNeAR dev (train's "those surveyed"
// were already read whole, through the speaker lexicon).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('participles after "those"', () => {
  it('keeps "responding" in the agent (supported by 42 percent of those responding)', () => {
    const text = 'When the poll asked about all four candidates seeking the White House, Clinton was supported by 42 percent of those responding, while Trump received 38 percent support, Libertarian Gary Johnson 3 percent and Green Party candidate Jill Stein 3 percent.';
    expect(statementQuoting(text, 'Clinton').speaker).toBe('42 percent of those responding');
  });
});
