// "what he called X" puts a label inside another clause: PolNeAR rarely marks it as a statement of its own, while
// the clause around it is one. Sentence from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('labels inside a clause', () => {
  const text = 'President Barack Obama met survivors of a gay nightclub massacre and relatives of the 49 people killed on Thursday and said the United States must act to control gun violence and fight what he called homegrown terrorism.';

  it('finds no statement for "what he called homegrown terrorism"', () => {
    expect(statements(text).filter((s) => s.cue === 'called')).toEqual([]);
  });

  it('keeps the statement around it', () => {
    expect(statementQuoting(text, 'the United States must act').cue).toBe('said');
  });
});
