// What a released document says ("released a letter … that says …") is said by who released it, as PolNeAR marks it;
// a lone "that" is otherwise no speaker. Sentences from PolNeAR (dev, train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a relative "that" after a released document', () => {
  it('gives the letter\'s words to who released it', () => {
    const text = 'He released a letter from his doctor Friday afternoon that says he has “extraordinarily good health” for a 63-year-old.';
    const s = statementQuoting(text, 'extraordinarily good health');
    expect(s.speaker).toBe('He');
    expect(s.cue).toBe('says');
  });

  it('gives a released video\'s quotation to the releaser', () => {
    const text = 'In selling the courses, Trump released a marketing video that said, "We are going to have professors and adjunct professors that are absolutely terrific."';
    expect(statementQuoting(text, 'adjunct professors').speaker).toBe('Trump');
  });
});
