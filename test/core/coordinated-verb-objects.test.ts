// A verb coordinated by "and" after a noun phrase that follows a preposition or another verb: that phrase is the first
// verb's object, and the second verb shares the sentence's subject. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a coordinated verb after the first verb\'s object', () => {
  it('takes the sentence\'s subject, not the object of "to" (came to the vote-rich city of Mason City … and recounted)', () => {
    const text = "Bill Clinton came to the vote-rich city of Mason City on Wednesday night and recounted his wife's life experiences, recited her policy ideas, and ripped into the Republicans a bit.";
    expect(statementQuoting(text, "his wife's life experiences").speaker).toBe('Bill Clinton');
  });

  it('takes the sentence\'s subject after a name inside the object (acquiesced to the original Sanders demand and offered)', () => {
    const text = 'Clinton even acquiesced to the original Sanders demand and offered to debate April 14 in Brooklyn.';
    expect(statementQuoting(text, 'to debate April 14').speaker).toBe('Clinton');
  });

  it('keeps a subject pronoun after a lower-case word as its own clause\'s subject (at the mention of email she laughed and admitted)', () => {
    const text = 'Over the years, she said, email has helped her stay in close touch with Clinton – although at the mention of email she laughed and admitted “emails have been wonderful, although that can be a curse also.”';
    expect(statementQuoting(text, 'emails have been wonderful').speaker).toBe('she');
  });
});
