// A "they" with nothing closer to take continues the people that open its own sentence ("Other Republican candidates
// said …, they said") or, after at most a connective ("But they"), the sentence before; the clause right before the
// pronoun still comes first.
import { describe, expect, it } from 'vitest';
import { resolvedSpeakers } from './entities-helpers';
import { nameAfter, polnearText } from './polnear-text';

describe('a "they" continuing the subject of a sentence', () => {
  it('is the people opening its own sentence ("Other Republican candidates said …, they said", PolNeAR train)', () => {
    const text = polnearText('train', 'politico_2016-05-23_senate-candidates-stake-out-a-ra');
    expect(nameAfter(text, 'should be left to states, ')).toBe('candidates');
  });

  it('is the people opening the sentence before, after a connective ("Republican leaders … But they", PolNeAR train)', () => {
    const text = polnearText('train', 'nyt_2016-02-03_tax-overhaul-remains-a-distant-g');
    expect(nameAfter(text, 'a major goal. But ')).toBe('leaders');
  });

  it('takes the people of the clause right before it over those opening the sentence', () => {
    const text = 'When voters went to the polls, the senators said they would not change the plan.';
    expect(resolvedSpeakers(text, [{ speaker: 'they', quote: 'would not change the plan' }])[0]!.name).toBe('senators');
  });
});
