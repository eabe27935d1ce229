// The "he" of a quotation's frame ("“…,” he said") goes on with the person who spoke in the sentence before, not with
// the person the article names most; unless someone else has been named since ("…, Ban demurred").
import { describe, expect, it } from 'vitest';
import { nameAfter, polnearText } from './polnear-text';

describe('a pronoun framing a quotation', () => {
  it('is the person who spoke in the sentence before ("David Pepper called … “…,” he said", PolNeAR dev)', () => {
    const text = polnearText('dev', '6-09-25_federal-court-rules-against-ohio');
    expect(nameAfter(text, 'simply because they vote infrequently," ')).toBe('David Pepper');
  });

  it('is not the speaker before when another person is named since ("…, Ban demurred. “…,” he said", PolNeAR train)', () => {
    const text = polnearText('train', '6-05-09_for-outgoing-u-n-chief-climate-d');
    expect(nameAfter(text, 'there is just one science," ')).toBe('Ban Ki-moon');
  });
});
