// "it was widely reported that …", "it is assumed that …": an expletive "it" before a passive cue is no one, and PolNeAR
// gives the statement no source (train: 6 more right; dev has none). "it is also pointing …" is the thing's own act.
// Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('an expletive "it" before a passive cue', () => {
  it('gives "it was widely reported that …" no speaker (train)', () => {
    const text = 'The purchase price was not disclosed, though it was widely reported that Mr. Trump paid $100 million.';
    const s = statementQuoting(text, 'Mr. Trump paid');
    expect(s.speaker).toBeNull();
    expect(s.quote).toBe('that Mr. Trump paid $100 million');
  });

  it('gives "it is assumed that …" no speaker (train)', () => {
    const text = 'When Democrats get to Philadelphia in late July, it is assumed that Sanders has more than earned a prime-time speaking slot.';
    expect(statementQuoting(text, 'Sanders has more than earned').speaker).toBeNull();
  });

  it('keeps "it" as the subject of an active progressive (train)', () => {
    const text = 'With less notice, it is also pointing America to a very different tax system.';
    expect(statementQuoting(text, 'very different tax system').speaker).toBe('it');
  });
});
