// "while most of the other games offered have been on the market": an -ed cue word between a thing's noun and a finite
// auxiliary is a participle modifying the noun, which is the auxiliary's subject; no one says anything. Sentences from
// a saved page and PolNeAR train.
import { describe, expect, it } from 'vitest';
import { frameWithCue } from './engine-helpers';

describe('an -ed cue word between a noun and a finite auxiliary', () => {
  it('makes no statement ("most of the other games offered have been on the market"; saved page aeb/hollywoodreporter-8267acacb9)', () => {
    const text = "Notably, only one title at launch is exclusive to the Stadia service, indie developer Tequila Works' Gylt, while most of the other games offered have been on the market for months on various other platforms.";
    expect(frameWithCue(text, 'offered').quote).toBeNull();
  });

  it('makes no statement ("Obama\'s response to the question nobody asked was downright bellicose", train)', () => {
    const text = "Obama's response to the question nobody asked was downright bellicose.";
    expect(frameWithCue(text, 'asked').quote).toBeNull();
  });

  it('keeps a pronoun\'s statement ("which he acknowledged was a failed promise")', () => {
    const text = 'He spoke of the partisan rancor, which he acknowledged was a failed promise to change the tone of Washington.';
    expect(frameWithCue(text, 'acknowledged').quote).not.toBeNull();
  });
});
