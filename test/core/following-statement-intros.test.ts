// A paragraph ending "X <verb> the following statement:" gives the quotation of the next paragraph to X, whatever the
// verb ("made", "released", "issued"). Paragraphs from PolNeAR (dev, train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"the following …:" before a quoted paragraph', () => {
  it('gives "Sanders made the following comment:" its quotation', () => {
    const text = 'On July 6, 2015, Sanders made the following comment:\n\n“For young people who have graduated high school or dropped out of high school, the unemployment rate is 33 percent.”\n\nWhen PolitiFact examined the senator’s statement, it was labeled “Mostly True.”';
    const s = statementQuoting(text, 'For young people');
    expect(s.speaker).toBe('Sanders');
    expect(s.kind).toBe('direct');
  });

  it('gives "President Clinton released the following statement:" its quotation', () => {
    const text = 'When Wallace died in 1998, President Clinton released the following statement:\n\n“Hillary and I offer our condolences to the family and friends of George Wallace.”\n\nThe New York Times is expected to endorse.';
    expect(statementQuoting(text, 'offer our condolences').speaker).toBe('President Clinton');
  });
});
