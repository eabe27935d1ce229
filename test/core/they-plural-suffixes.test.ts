// A plural in -ists or -ians names people whatever its stem, so a "they" can take it though no list holds the noun
// (GUM: "the terrorists", "biologists whose contribution …"); a verb or a list in -ists is no people.
import { describe, expect, it } from 'vitest';
import { resolvedSpeakers } from './entities-helpers';

const speakerOf = (text: string, quote: string): string | undefined => resolvedSpeakers(text, [{ speaker: 'They', quote }])[0]!.name;

describe('a "they" after a plural in -ists or -ians', () => {
  it('is the terrorists opening the sentence before (GUM interview, Shimon Peres)', () => {
    const text = 'You see, the terrorists are protesting against modernity. They think that modernity may endanger their tradition.';
    expect(speakerOf(text, 'modernity may endanger their tradition')).toBe('terrorists');
  });

  it('is the politicians opening the sentence before', () => {
    const text = 'Local politicians were angry about the closure. They said the plant had been promised another ten years.';
    expect(speakerOf(text, 'the plant had been promised another ten years')).toBe('politicians');
  });

  it('is not a verb or a list in -ists', () => {
    const text = 'The mayor persists with the checklists. They said the plant had been promised another ten years.';
    const name = speakerOf(text, 'the plant had been promised another ten years');
    expect(name).not.toBe('persists');
    expect(name).not.toBe('checklists');
  });
});
