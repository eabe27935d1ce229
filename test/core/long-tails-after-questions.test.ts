// A quotation closed by "?" or "!" ends its sentence; the tail sentence after it belongs to it even when longer than a
// short tail, as long as only an adjunct follows the tail's verb. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('long tails after a question or exclamation', () => {
  it('gives the quotation to "McDonough wrote in a September 16, 2012 email …" (train)', () => {
    const text = '"Pat Kennedy is the greatest!!!" McDonough wrote in a September 16, 2012 email to top State officials.';
    const s = statementQuoting(text, 'Pat Kennedy is the greatest');
    expect(s.speaker).toBe('McDonough');
    expect(statements(text).filter((x) => x.quote.startsWith('in a September'))).toEqual([]);
  });

  it('takes an appositive and an adverb in the tail ("Miller, a retired worker …, said pleasantly into the phone", train)', () => {
    const text = '"I am calling from the Hillary Clinton campaign. How are you today?" Miller, a retired worker from a nuclear plant, said pleasantly into the phone.';
    expect(statementQuoting(text, 'How are you today').speaker).toBe('Miller, a retired worker from a nuclear plant');
  });

  it('leaves a long tail closed by "according to" alone ("O’Malley said at a press conference, according to the Las Vegas Sun", train)', () => {
    const text = '“I think one has to ask, is this a priority for the two of them because it’s an election year or if it’s because something they truly believe in?” O’Malley said at a press conference, according to the Las Vegas Sun.';
    expect(statements(text).filter((x) => x.speaker === 'O’Malley' && x.quote.includes('priority'))).toEqual([]);
  });
});
