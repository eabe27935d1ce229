// "U.N.", "U.K.", "E.U." end no sentence before the name of one of their bodies or posts ("the U.N. General Assembly",
// "the U.N. Security Council"), but still may before another capital. From a saved Washington Post page and PolNeAR.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"U.N." before a body', () => {
  it('keeps "Obama told the U.N. General Assembly … that he would seek …" one sentence', () => {
    const text = 'President Obama told the U.N. General Assembly 18 months ago that he would seek “real breakthroughs on these two issues.”';
    const s = statementQuoting(text, 'he would seek');
    expect(s.speaker).toBe('President Obama');
    expect(s.cue).toBe('told');
  });

  it('keeps "the U.N. Security Council" inside a content', () => {
    const text = 'Haley said the U.N. Security Council would vote on new sanctions next week.';
    expect(statementQuoting(text, 'Security Council would vote').speaker).toBe('Haley');
  });

  it('still ends a sentence after "the U.N." before another capital', () => {
    const text = 'He spoke at the U.N. The president said he was sad.';
    expect(statementQuoting(text, 'he was sad').speaker).toBe('The president');
  });
});
