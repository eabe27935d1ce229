// A description written again word for word, as its own phrase, right before a person's name a few sentences on is that
// person, past the three sentences a role's cataphora looks ahead; not when the words are part of a longer phrase.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';
import { nameAfter, polnearText } from './polnear-text';

// A saved Express page: Liu is named four sentences after the description, in its own words.
const HONG_KONG = 'Many of the protesters wear masks to shield their identities for protection.\n\nChina’s ambassador to Britain '
  + 'accused the UK and the US of meddling in the country’s affairs and warned that the Chinese government “will not sit on '
  + 'our hands” if the Hong Kong situation “becomes uncontrollable”.\n\nCheuk Hau-yip, the commander of Kowloon West '
  + 'district, said: “These rioters, they are also criminals. They have to face the consequences of their acts.\n\n“Other '
  + 'than coming out to surrender, I don’t see that there’s any viable option for them.”\n\nChina’s ambassador to Britain '
  + 'Liu Xiaming has said that China has the “resolution and power” to end Hong Kong unrest amid protests.';

describe('a description named again', () => {
  it('is the person its words are written before four sentences on ("China’s ambassador to Britain … China’s ambassador to Britain Liu Xiaming")', () => {
    const first = analyse(HONG_KONG).attributions.find((a) => a.speaker?.start === HONG_KONG.indexOf('China’s ambassador'));
    expect(first?.speaker?.name).toBe('Liu Xiaming');
  });

  it('is the person named after "the campaign chief," ("Donald J. Trump\'s newly installed campaign chief has sought …", PolNeAR train)', () => {
    const text = polnearText('train', 'campaign-for-trump-says-he-ll-re');
    expect(nameAfter(text, "Donald J. Trump's newly installed ")).toBe('Paul Manafort');
  });

  it('is not a person whose longer title holds its words ("while she was secretary of state" … "former secretary of state Colin L. Powell", PolNeAR train)', () => {
    const text = polnearText('train', 'hacker-who-revealed-private-clin');
    expect(nameAfter(text, 'while she was ')).not.toBe('Colin L. Powell');
  });
});
