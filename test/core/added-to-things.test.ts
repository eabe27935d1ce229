import { describe, expect, it } from 'vitest';
import { statements } from './engine-helpers';

// "adding to her sizable delegate lead": adding to a thing (an article or a possessive after "to") is gaining, not
// saying; PolNeAR marks none of train's 22 such uses. An addressee after "to" keeps the frame ("Trump added to People").
describe('a form of "add" + "to" + a thing makes no statement', () => {
  it('"adding to her sizable delegate lead" (PolNeAR train, huff-post_2016-06-08_hillary-clinton-wins-south-dakot)', () => {
    const text = 'Hillary Clinton won South Dakota’s Democratic presidential primary on Tuesday, adding to her sizable delegate lead over Sen. Bernie Sanders (I-Vt.).';
    expect(statements(text).filter((s) => s.cue?.includes('adding'))).toEqual([]);
  });

  it('keeps "Trump added to People" (PolNeAR train, politico_2015-12-09_the-presidential-candidates-favo)', () => {
    const text = '“It was 50 percent more than Hillary’s show,” Trump added to People. “That makes me feel good.”';
    expect(statements(text).some((s) => s.cue?.includes('added') && s.speaker === 'Trump')).toBe(true);
  });
});
