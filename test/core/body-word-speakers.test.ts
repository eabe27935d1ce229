// A word that ends bodies' names, alone, is the body its lower-case noun names: "the Church denied these allegations"
// (GUM news_imprisoned), "the Court has ruled" (GUM news_taxes), "His campaign" named "Campaign" (PolNeAR train).
// Typed after resolution, as the title words are.
import { describe, expect, it } from 'vitest';
import { speakerResolvedFor as resolved } from './entities-helpers';

describe('a body word alone as a speaker', () => {
  it('is an organization ("the Church denied these allegations", GUM news_imprisoned)', () => {
    const text = 'Here, she met her future husband and subsequently left the church. In a statement to the Australian '
      + 'Broadcasting Corporation, the Church denied these allegations.';
    expect(resolved(text, 'the Church').type).toBe('organization');
  });

  it('is a government when its noun is one ("The case on which the Court has ruled", GUM news_taxes)', () => {
    const text = 'The case on which the Court has ruled was of the religious schools Santo Spirito and Immacolata.';
    expect(resolved(text, 'the Court').type).toBe('government');
  });

  it('leaves a word that ends no body alone untyped ("The Quartet has called …")', () => {
    const text = 'The Quartet has called on both sides to resume talks.';
    expect(resolved(text, 'The Quartet').type).toBe('unknown');
  });
});
