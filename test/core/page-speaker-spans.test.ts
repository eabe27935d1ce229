// Speaker mentions on sentences from real news pages (and PolNeAR where marked), where the span stage took in too
// much or too little: an opening phrase, a verb, a dateline. Each names the construction whose subject the statement borrows.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('speaker spans on news pages', () => {
  it('gives coordinated verbs after a comma the pronoun subject of the first (he asked …, called … and said)', () => {
    const text = 'During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said, “somebody ought to put a bullet in her skull,” the prosecutor’s office said.';
    expect(statementQuoting(text, 'Omar a').speaker).toBe('he');
    expect(statementQuoting(text, 'somebody ought to').speaker).toBe('he');
  });

  it('reads a borrowed sentence subject after the dateline (WASHINGTON — … Hillary Clinton made it clear …, touting)', () => {
    // PolNeAR train.
    const text = 'WASHINGTON — Presumptive Democratic nominee Hillary Clinton made it clear to House Democrats on Wednesday that she has their backs, touting a message of unity and coordination.';
    expect(statementQuoting(text, 'a message of unity').speaker).toBe('Presumptive Democratic nominee Hillary Clinton');
  });
});
