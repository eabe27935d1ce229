// A paragraph that opens with a closing mark and an ellipsis ("” … he delivered …,” Barabak wrote.") is a quotation:
// some writers type ” for both marks. Single marks inside it are quoted words, not a quotation of their own.
// Sentences from PolNeAR (dev, Western Journal).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a closing mark before an ellipsis opens a paragraph\'s quotation', () => {
  it('gives the quotation to the tail\'s speaker', () => {
    const text = 'Barabak noted that the way Pence carried himself was critical to his success.\n\n” … he delivered a mix of conservative orthodoxy and there-you-go-again rejoinders with a coolness and polish that Ronald Reagan himself might have admired,” Barabak wrote.';
    const s = statementQuoting(text, 'conservative orthodoxy');
    expect(s.speaker).toBe('Barabak');
    expect(s.cue).toBe('wrote');
    expect(s.quote.includes('might have admired')).toBe(true);
  });

  it('keeps single marks inside it as quoted words', () => {
    const text = 'Obama said the words “lump” the good Muslims with the bad.\n\n” … what I learned from listening to some of these Muslim families is that when you start calling these organizations ‘Islamic terrorists,’ the way it’s heard, the way it’s received by our friends and allies around the world is that somehow Islam is terroristic,” he said.';
    const s = statementQuoting(text, 'what I learned');
    expect(s.speaker).toBe('he');
    expect(s.quote.includes('somehow Islam is terroristic')).toBe(true);
  });
});
