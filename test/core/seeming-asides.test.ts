// A statement of seeming whose subject is parted from its verb by an aside set off by commas ("The American economy,
// until recently, seemed …"): the comma right before the verb closes the aside, the subject stands before it, and
// PolNeAR's content takes the subject and the aside in. Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('asides before a verb of seeming', () => {
  it('starts the content at the subject before "…, until recently, seemed"', () => {
    const s = statementQuoting('The American economy, until recently, seemed impervious to all but the largest global shocks.', 'impervious');
    expect(s.speaker).toBeNull();
    expect(s.quote.startsWith('The American economy, until recently, seemed impervious')).toBe(true);
  });

  it('starts the content at the subject before "…, under growing pressure, is expected"', () => {
    const text = 'Separately, the Obama administration, under growing pressure, is expected to declassify in the next few weeks 28 pages related to the Saudis from a 2002 congressional probe into the 9/11 attacks.';
    const s = statementQuoting(text, 'declassify');
    expect(s.speaker).toBeNull();
    expect(s.quote).toBe('the Obama administration, under growing pressure, is expected to declassify in the next few weeks 28 pages related to the Saudis from a 2002 congressional probe into the 9/11 attacks');
  });
});
