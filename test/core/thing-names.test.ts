// A name whose last word is a thing (a law, a prize, a show, a war, an ice shelf) is no person, and takes no "he" or
// "she"; a surname that is also a common word ("Chad Day", "Nathan Deal") is still a person's.
import { describe, expect, it } from 'vitest';
import { nameAfter, polnearText } from './polnear-text';
import { typeOfName } from '../../src/core/entities/types';

describe('a name ending in a thing', () => {
  it('is not a person (GUM: "with a Boxer Indemnity Scholarship", "the Ross Ice Shelf", "Epic Rap Battles of History")', () => {
    expect(typeOfName('Boxer Indemnity Scholarship')).toBe('unknown');
    expect(typeOfName('Ross Ice Shelf')).toBe('unknown');
    expect(typeOfName('Epic Rap Battles')).toBe('unknown');
    expect(typeOfName('Foreign Affairs')).toBe('unknown');
    expect(typeOfName('Affordable Care Act')).toBe('unknown');
    expect(typeOfName('Sean Hannity Show')).toBe('unknown');
  });

  it('takes no "she" ("… the equivalent of “The Truman Show.” She says he is unqualified", PolNeAR train)', () => {
    const text = polnearText('train', '6-05-23_the-stark-campaign-contrasts-of-');
    expect(nameAfter(text, 'The Truman Show." ')).toBe('Hillary Clinton');
  });

  it('leaves a surname that is a common word a person ("Chad Day", "Nathan Deal", "Steven Law")', () => {
    expect(typeOfName('Chad Day')).toBe('person');
    expect(typeOfName('Nathan Deal')).toBe('person');
    expect(typeOfName('Steven Law')).toBe('person');
  });
});
