// A "They" opening its sentence, with no speaking group, pair or subject to take, continues the sentence before: the
// "they" that is its subject, else the first plural of people anywhere in it, an object too ("On one side of this
// divide are activists and intellectuals who … They acknowledge").
import { describe, expect, it } from 'vitest';
import { resolvedSpeakers } from './entities-helpers';
import { nameAfter, polnearText } from './polnear-text';

describe('a "They" continuing the sentence before', () => {
  it('is the first plural of people there, not a later object ("The top Republicans … went before reporters", PolNeAR train)', () => {
    const text = polnearText('train', 'usa-today_2016-03-02_no-clear-path-points-to-white-ho');
    expect(nameAfter(text, "the GOP's likely presidential nominee.\n\n")).toBe('Republicans');
  });

  it('is the people after the verb when none is its subject (GUM speech)', () => {
    const text = 'And the images we will see today are a testament to the amazing work done by the thousands of workers across '
      + 'our nation who dedicated years to this project. They said the telescope was one of our great engineering achievements.';
    expect(resolvedSpeakers(text, [{ speaker: 'They', quote: 'the telescope was one of our great engineering achievements' }])[0]!.name).toBe('workers');
  });

  it('is whom the "They" opening the sentence before stands for, not a plural after it ("… from stars like Brandy", PolNeAR train)', () => {
    const text = polnearText('train', 'huff-post_2016-04-06_black-girls-rock-is-the-ultimate');
    expect(nameAfter(text, 'Monica and Lauryn Hill. ')).toBe('women');
  });
});
