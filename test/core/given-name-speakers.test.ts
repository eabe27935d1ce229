// A known given name alone that speaks is a person called by it ("Gloria developed …", GUM news_homeopathic;
// "Clinton's husband, Bill, …", PolNeAR train). Typed for the reader after resolution, not in the index: typed there,
// a lone first name became a candidate for every later "he" and "she" (GUM he/she fell 409 → 407).
import { describe, expect, it } from 'vitest';
import { speakerResolvedFor as resolved } from './entities-helpers';

describe('a given name alone as a speaker', () => {
  it('is a person ("Gloria developed severe eczema at the age of four months", GUM news_homeopathic)', () => {
    const text = 'An example of severe eczema. Gloria developed severe eczema at the age of four months.';
    expect(resolved(text, 'Gloria')).toMatchObject({ name: 'Gloria', type: 'person' });
  });

  it('is a person after an apposition ("Clinton\'s husband, Bill, effectively hurled the kitchen sink", PolNeAR train)', () => {
    const text = "Clinton's husband, Bill, effectively hurled the kitchen sink at Sanders in a speech Sunday.";
    expect(resolved(text, 'Bill')).toMatchObject({ name: 'Bill', type: 'person' });
  });

  it('leaves a one-word name that is no given name untyped ("Quantcast said …"): a company as often as a surname', () => {
    const text = 'Quantcast said the site had grown by a third since the spring.';
    expect(resolved(text, 'Quantcast').type).toBe('unknown');
  });
});
