// A "they" that no speaking group claims is first the two people or the people named just before it ("Cohen and
// DeLong … suggest …, they argue", "Senate Democrats blocked the bill because they said"), and only then a body named
// nearby that has not spoken (China, the House).
import { describe, expect, it } from 'vitest';
import { nameAfter, polnearText } from './polnear-text';

describe('a "they" after people and bodies named', () => {
  it('is the two people who are the subject, not the country named since ("…, they argue", PolNeAR train)', () => {
    const text = polnearText('train', 'nyt_2016-03-16_on-trade-angry-voters-have-point');
    expect(nameAfter(text, "China's export-led strategy, ")).toBe('Stephen S. Cohen and J. Bradford DeLong');
  });

  it('is the people named in its sentence, not the body named before ("Senate Democrats … because they said", PolNeAR train)', () => {
    const text = polnearText('train', 'politico_2016-08-23_top-senate-candidates-pointing-f');
    expect(nameAfter(text, 'Senate Democrats blocked the bill because ')).toBe('Democrats');
  });

  it('stays the two people named when a plural comes after them ("Johnson and Weld … by voters …, they said", PolNeAR train)', () => {
    const text = polnearText('train', 'wash-post_2016-08-28_in-crazy-election-gary-johnson-s');
    expect(nameAfter(text, 'something new in the past three weeks, ')).toBe('Gary Johnson and William Weld');
  });
});
