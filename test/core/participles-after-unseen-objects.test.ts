// A participle of saying after an object training never saw in a speaker ("a series of tweets … saying") belongs to the
// subject of the verb before that object. Sentences from PolNeAR (dev, train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('participles of saying after an unseen object', () => {
  it('gives "unleashed a series of tweets early Friday saying" to Trump', () => {
    const text = 'Trump unleashed a series of tweets early Friday saying that rival Hillary Clinton had shown bad judgment in using Alicia Machado “as a paragon of virtue.”';
    const s = statementQuoting(text, 'bad judgment');
    expect(s.speaker).toBe('Trump');
    expect(s.cue).toBe('saying');
  });

  it('leaves "quoted X as saying" to its own frame', () => {
    const text = "The New York Times quoted one of Carson's advisers as saying the retired neurosurgeon is having trouble understanding foreign policy.";
    const s = statementQuoting(text, 'retired neurosurgeon');
    expect(s.cue).toBe('quoted');
  });
});
