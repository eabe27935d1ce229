// A "he"/"she" opening the clause a verb reports is the name right before that verb ("Allton said he …"), however often
// the article names someone else; a capitalized word opening the sentence ("Pretty soon she …") is no such name.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';
import { resolvedSpeakers, type Spec } from './entities-helpers';
import { polnearText } from './polnear-text';

const names = (text: string, specs: Spec[]): (string | undefined)[] => resolvedSpeakers(text, specs).map((s) => s?.name);

// GUM news "Warhol's photo legacy spread by university exhibits": Andy Warhol is named in most sentences.
const warhol = 'This past week marked the opening night of an Andy Warhol exhibit at the University of Southern Indiana. '
  + "USI's art gallery, like 189 other educational galleries and museums around the country, is a recipient of a major Warhol "
  + "donor program, and this program is cultivating new interest in Warhol's photographic legacy. The USI art gallery celebrated "
  + "the Thursday opening with its display of Warhol's Polaroids, gelatin silver prints and several colored screen prints.\n\n"
  + 'Kiara Perkins, a second year USI art major, admitted she was willing to skip class Thursday night to attend the opening '
  + 'exhibit. "It\'s Warhol. He is a legend."\n\n'
  + 'For Kevin Allton, a USI instructor in English, Warhol was also a legend. He said, "Andy Warhol was the center of the '
  + 'Zeitgeist for the 20th century and everything since."\n\n'
  + 'Allton said he had only seen the Silver Clouds installation before in film.';

describe('the subject of a verb reporting a pronoun', () => {
  it('gives "Allton said he" to Allton, not Andy Warhol (GUM news)', () => {
    const speakerAt = warhol.slice(0, warhol.indexOf('said he had') + 5).split('he').length - 1;
    expect(names(warhol, [{ speaker: 'he', speakerAt, quote: 'had only seen the Silver Clouds', cue: 'said' }])).toEqual(['Kevin Allton']);
  });

  it('does not take a capitalized word opening the sentence for the subject ("Pretty soon she would", PolNeAR train)', () => {
    // The whole article: who has spoken most (the writer, "I") is what an untyped word would hand the "she" to.
    const text = polnearText('train', 'exclusive-excerpt-dinesh-d-souza');
    const at = text.indexOf('Pretty soon she would') + 'Pretty soon '.length;
    const said = analyse(text).attributions.find((a) => a.speaker?.start === at);
    expect(said?.speaker?.name).toBe('Carrie Cohen');
  });
});
