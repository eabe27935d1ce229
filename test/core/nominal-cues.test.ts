// Nominal cues after a possessive determiner ("her criticism of …", "his comments on …"): the determiner is
// the source, the object of the preposition the content. The learned cue finder does not yet propose these
// nouns, so the frame builder is handed the cue as PolNeAR marks it. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { frameWithCue as frameOf } from './engine-helpers';

describe('nominal cues after a possessive determiner', () => {
  it('reads "her criticism of …" with "her" as the source', () => {
    const text = 'Clinton, with the support of people who have lost family members to mass shootings, has been particularly persistent in her criticism of Vermont Sen. Bernie Sanders’ vote in favor of a law that protects gun makers and sellers from some civil liability.';
    const f = frameOf(text, 'criticism of');
    expect(f.speaker).toBe('her');
    expect(f.quote).toBe('Vermont Sen. Bernie Sanders’ vote in favor of a law that protects gun makers and sellers from some civil liability');
  });

  it('ends the content of "his dislike for" at the comma', () => {
    const text = 'Despite his dislike for the establishment, Cruz is increasingly trying to encourage the establishment wing of his party that he is the best alternative to Trump.';
    expect(frameOf(text, 'dislike for')).toEqual({ speaker: 'his', quote: 'the establishment' });
  });
});
