// Nominal cues after a possessive determiner ("her criticism of …", "his comments on …"): the determiner is
// the source, the object of the preposition the content. The learned cue finder does not yet propose these
// nouns, so the frame builder is handed the cue as PolNeAR marks it. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { findStatementSpans } from '../../src/core/index';
import type { Cue } from '../../src/core/cues';
import type { Context } from '../../src/core/context';
import type { Sentence } from '../../src/core/sentences';

/** A cue finder that proposes exactly the words `cue` (a word + preposition cue when it ends in one). */
function only(cue: string) {
  return (c: Context, s: Sentence): Cue[] => {
    const words = cue.split(' ');
    for (let i = s.from; i + words.length <= s.to; i++) {
      if (words.every((w, k) => c.t.lower[i + k] === w)) {
        const last = i + words.length - 1;
        const prep = words.length > 1 && ['of', 'on', 'for', 'about'].includes(words[words.length - 1]!);
        return [{ first: i, last, head: prep ? last - 1 : last, score: 0.9, according: false, prep }];
      }
    }
    return [];
  };
}

function frameOf(text: string, cue: string) {
  const [a] = findStatementSpans(text, {}, only(cue)).attributions;
  return { speaker: a?.speaker ? text.slice(a.speaker.start, a.speaker.end) : null, quote: a ? text.slice(a.quote.start, a.quote.end) : null };
}

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
