// A pronoun capitalized because it opens the sentence is no name: it does not license unseen lower-case words after it
// as a speaker's modifiers ("It is doubtful Clinton imagined …" read "is doubtful Clinton" as the speaker; train: +1
// right, speaker exact +1, quote exact +1; dev scores unchanged). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a capitalized pronoun opening the sentence', () => {
  it('leaves "is doubtful" out of the speaker (train)', () => {
    const text = 'It is doubtful Clinton imagined a year ago, as she was making early trips to Iowa and New Hampshire, that the nominating contest would be as competitive and bruising as it has turned out to be.';
    expect(statementQuoting(text, 'a year ago').speaker).toBe('Clinton');
  });

  it('leaves "doesn’t sound like" out of the speaker (train)', () => {
    const text = 'It doesn’t sound like Rubio knows what he’ll do next.';
    expect(statementQuoting(text, 'what he’ll do next').speaker).toBe('Rubio');
  });
});
