// A "they" that has not spoken is not a country or body named after a preposition of place or belonging ("reporters in
// Washington", "PM2.5 in Taiwan"): that is where someone is. A body the sentence names otherwise still may be.
import { describe, expect, it } from 'vitest';
import { resolvedSpeakers } from './entities-helpers';
import { nameAfter, polnearText } from './polnear-text';

describe('a "they" after a body named as a place', () => {
  it('is the people named before it, not the place ("… reporters in Washington. They are confident", PolNeAR train)', () => {
    const text = polnearText('train', 'politico_2016-07-11_playbook-passes-the-torch');
    expect(nameAfter(text, 'best-sourced reporters in Washington.\n\n')).toBe('Anna Palmer and Jake Sherman');
  });

  it('is left unresolved rather than the country the people are in ("… PM2.5 in Taiwan. … They also upload it", GUM; "polling in the United States. The outreach, they said", PolNeAR train)', () => {
    const text = 'This is what people care about, the air quality, PM2.5 in Taiwan.\n\nMore than 2,000 people, actually, installed '
      + 'these in their balconies. They also upload it to the public cloud.';
    expect(resolvedSpeakers(text, [{ speaker: 'They', quote: 'also upload it to the public cloud' }])[0]!.name).not.toBe('Taiwan');
    // The GUM sentence no longer needs the rule (its "people" are taken first since 9308ac2): "Mexican officials
    // conducted public opinion polling in the United States … The outreach, they said" names no people the "they" can
    // take, and without the rule it was the United States (PolNeAR train).
    const mexico = polnearText('train', 'wash-post_2016-04-07_in-shift-mexico-to-stand-up-to-t');
    const name = nameAfter(mexico, 'The outreach, ');
    expect(name).toBeDefined();
    expect(name).not.toBe('United States');
  });

  it('still takes a body the sentence names as its subject ("The Senate … They said", made from PolNeAR train words)', () => {
    const text = 'The Senate passed the bill on Tuesday after a long debate. They said the plan would cut taxes.';
    expect(resolvedSpeakers(text, [{ speaker: 'They', quote: 'the plan would cut taxes' }])[0]!.name).toBe('Senate');
  });
});
