// "X and even Y" before a verb: "even" adds the last of a list of subjects, and the whole list speaks, as PolNeAR marks
// it (train: 4 of 4 such mentions, 3 documents). Before, the mention was the last conjunct alone.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('subjects joined by "and even"', () => {
  it('takes the whole list (Politicians and even some technologists say …)', () => {
    const text = "Politicians and even some technologists say Silicon Valley's efforts to crack down on the use by terrorists of social media have been toothless.";
    expect(statementQuoting(text, 'toothless').speaker).toBe('Politicians and even some technologists');
  });

  it('takes a lower-case first conjunct too (… nearly all congressional Democrats and even some Republicans would resist them)', () => {
    const text = 'Because the proposals would generally increase the budget deficit and confer disproportionate benefits on the affluent, nearly all congressional Democrats and even some Republicans would resist them.';
    expect(statementQuoting(text, 'them').speaker).toBe('nearly all congressional Democrats and even some Republicans');
  });
});
