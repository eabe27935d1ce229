// "Steele, who was lieutenant governor of Maryland …, said": after a bare name a relative clause is an aside that
// PolNeAR leaves out of the mention, except when it says what the person is ("who is Muslim", "who was lieutenant
// governor …", "who was elected to the House in 2012"): such a clause reads as an appositive, and gold keeps it (train:
// 7 of 9 such mentions, in 7 documents). Not an -ing verb, an age or a preposition after "is"/"was". Sentences from
// PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a relative clause saying what a bare name is', () => {
  it('keeps "who was lieutenant governor of Maryland …"', () => {
    const text = "Steele, who was lieutenant governor of Maryland when Perez was on the council, said Perez could help smooth Clinton's \"strained relationship\" with many Republicans.";
    const s = statementQuoting(text, 'help smooth');
    expect(s.speaker).toBe('Steele, who was lieutenant governor of Maryland when Perez was on the council');
    expect(s.cue).toBe('said');
  });

  it('keeps "who was elected to the House in 2012"', () => {
    const text = 'Murphy, who was elected to the House in 2012, argued his fight to increase funding for public schools is especially relevant “in states where they’re stealing money from the public school system to give it to other outlets.”';
    expect(statementQuoting(text, 'especially relevant').speaker).toBe('Murphy, who was elected to the House in 2012');
  });

  it('leaves out an age ("who is 28")', () => {
    const text = 'Bamberg, who is 28, said he decided to support Sanders after having a chance to talk with him during a Martin Luther King Jr. Day event.';
    expect(statementQuoting(text, 'decided to support').speaker).toBe('Bamberg');
  });

  it('leaves out an -ing verb ("who was speaking to …")', () => {
    const text = 'Clinton, who was speaking to the US Conference of Mayors, did not mention Trump by name, but told city leaders that the United States should be governed by those “who put the interest of the American people ahead of their personal business interests.”';
    expect(statementQuoting(text, 'should be governed').speaker).toBe('Clinton');
  });
});
