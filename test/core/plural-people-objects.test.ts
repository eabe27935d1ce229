// "Aides to Clinton", "advisers to Mr. Obama": after a plural noun for people, the name after "to" or "for" is its object,
// not the speaker, and PolNeAR's mention holds the whole phrase. A sentence from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('plural nouns for people with an object', () => {
  it('keeps "Aides to" in the subject (Aides to Clinton say …)', () => {
    const text = 'Aides to Clinton say she’s shifting her tack toward rival Bernie Sanders with the argument that the county must tackle problems beyond income inequality and cracking down on Wall Street.';
    expect(statementQuoting(text, 'shifting her tack').speaker).toBe('Aides to Clinton');
  });
});
