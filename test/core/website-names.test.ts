// A news site's name is an outlet, not a person's: it takes no "he" or "she" (GUM's Wikinews reports say "Wikinews
// spoke with …", "Wikinews interviewed …" before the person's pronoun).
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../src/core/entities/index';
import { typeOfName } from '../../src/core/entities/types';
import type { Attribution } from '../../src/core/types';

/** The name resolved for the last `pronoun` of `text`, read as a speaker mention. */
function resolvedPronoun(text: string, pronoun: string): string | undefined {
  const start = text.lastIndexOf(pronoun);
  const end = start + pronoun.length;
  const attributions: Attribution[] = [{ id: 'a1', kind: 'indirect', quote: { start: end, end: text.length }, cue: null,
    speaker: { start, end, name: pronoun, type: 'unknown' }, stance: 'claim' }];
  resolveSpeakers(text, attributions);
  return attributions[0]!.speaker?.name;
}

describe('a news site named in the article', () => {
  it('is media', () => {
    expect(typeOfName('Wikinews')).toBe('media');
  });

  it('takes no "she" ("Wikinews spoke with a cosplayer going by the name “The Katherinator”. She was …", GUM news_expo)', () => {
    const text = 'Of the thousands, Wikinews spoke with a cosplayer going by the name "The Katherinator". She was outside the '
      + 'building in the gardens, waiting for a photographer.';
    expect(resolvedPronoun(text, 'She')).toBe('Katherinator');
  });

  it('leaves the person it spoke with the "he" (negative: the outlet is no candidate, the named person still is)', () => {
    const text = 'Wikinews spoke with Nick Moreau about the show. He said the crowds were bigger this year.';
    expect(resolvedPronoun(text, 'He')).toBe('Nick Moreau');
  });
});
