// A "They" opening its sentence continues the subject of the sentence before even when an opening phrase closed by a
// comma comes first ("According to the Post, Bush campaign officials looked into … They determined"); words that
// may hold the subject ("The union for the city's teachers, unlike the senators, backed") are not passed over.
import { describe, expect, it } from 'vitest';
import { resolvedSpeakers } from './entities-helpers';
import { nameAfter, polnearText } from './polnear-text';

describe('a "They" after a sentence opened by a phrase', () => {
  it('is the people after "According to the Post," (PolNeAR train)', () => {
    const text = polnearText('train', 'west-journal_2015-12-16_right-after-the-debate-trump-lau');
    expect(nameAfter(text, 'would not back Trump now. ')).toBe('officials');
  });

  it('is the people after "But throughout the summer and fall," (PolNeAR train)', () => {
    const text = polnearText('train', 'politico_2016-04-06_hillary-clinton-s-union-problem');
    expect(nameAfter(text, 'criticized the decision. ')).toBe('members');
  });

  it('is not the people after a comma that closes the subject', () => {
    const text = "The union for the city's teachers, unlike the senators, backed the plan. They said the plant had been promised another ten years.";
    expect(resolvedSpeakers(text, [{ speaker: 'They', quote: 'the plant had been promised another ten years' }])[0]!.name).toBe('teachers');
  });
});
