// A participle after a clause joined by "and"/"but" with a subject of its own is that subject's, not the earlier
// frame's or the sentence's first subject's. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a participle after a joined clause with its own subject', () => {
  it('is the joined clause\'s subject (Protest groups say …, and the American Civil Liberties Union of Ohio has already sued …, saying …)', () => {
    const text = 'Protest groups say the restrictions are less for safety than to minimize their visibility, and the American Civil Liberties Union of Ohio has already sued the city over the rules, saying they violate free-speech rights.';
    expect(statementQuoting(text, 'free-speech rights').speaker).toBe('the American Civil Liberties Union of Ohio');
  });
});
