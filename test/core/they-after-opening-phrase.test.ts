// A "They" opening its sentence continues the subject of the sentence before even when an opening phrase closed by a
// comma comes first ("According to the Post, Bush campaign officials looked into … They determined"); a phrase that
// may be the subject itself ("Mayor Bill de Blasio, unlike most senators, said") is not passed over.
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../src/core/entities/index';
import { build } from './entities-helpers';
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

  it('is not the people inside an apposition to the subject', () => {
    const text = 'Mayor Bill de Blasio, unlike most senators, said the plan was sound. They said the plant had been promised another ten years.';
    const attributions = build(text, [{ speaker: 'They', quote: 'the plant had been promised another ten years' }]);
    resolveSpeakers(text, attributions);
    expect(attributions[0]!.speaker!.name).not.toBe('senators');
  });
});
