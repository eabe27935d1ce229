// An aside after a subject's comma that opens with a word training never saw in a speaker (an adverb, adjective or
// participle: "clearly frustrated", "goaded by Sanders") is not part of the mention; PolNeAR's speaker is the name
// before it (train: speaker exact +8, attribution unchanged; dev unchanged). "now a paid CNN commentator" stays:
// not before a determiner or a number. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('an aside opening with a word never seen in a speaker', () => {
  it('ends the mention before "clearly frustrated" (train)', () => {
    const text = 'Clinton, clearly frustrated, responded by pointing a finger in the woman’s face, saying the Sanders campaign was conflating donations from people who work for oil companies into support from the oil companies themselves.';
    expect(statementQuoting(text, 'the Sanders campaign was conflating').speaker).toBe('Clinton');
  });

  it('ends the mention before "goaded by Sanders" (train)', () => {
    const text = 'During the primary Clinton, goaded by Sanders, came out against the Trans-Pacific Partnership and the Affordable Care Act’s "Cadillac Tax" on expensive health plans, both significant union bugaboos.';
    expect(statementQuoting(text, 'Trans-Pacific Partnership').speaker).toBe('Clinton');
  });

  it('keeps "now a paid CNN commentator": a determiner follows the word (train)', () => {
    const text = 'Lewandowski, now a paid CNN commentator, has denied that that was the case.';
    expect(statementQuoting(text, 'was the case').speaker).toBe('Lewandowski, now a paid CNN commentator');
  });
});
