// A country's or a capital's name that is the surname of a person the article names with a given name is that person
// ("Jordan said" after "Rep. Jim Jordan", PolNeAR dev; "Paris, who used to work on Capitol Hill" after "Jeremy Paris",
// PolNeAR train), as an outlet's name is ("said Hill" after "Fiona Hill").
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

/** The name/type of the speaker of the statement whose speaker mention is `words`. */
function speakerOf(text: string, words: string): string | undefined {
  const a = analyse(text).attributions.find((s) => s.speaker && text.slice(s.speaker.start, s.speaker.end) === words);
  return a?.speaker ? `${a.speaker.name}/${a.speaker.type}` : undefined;
}

describe('a country or capital that is a named person\'s surname', () => {
  it('is that person ("Jeremy Paris recently moved here … Paris, who used to work on Capitol Hill, said", PolNeAR train)', () => {
    const text = 'Jeremy Paris recently moved here from Washington to lead a group charged with beautifying downtown.\n\n'
      + '"You get your house ready for a party - that\'s what we are doing," Paris, who used to work on Capitol Hill, '
      + 'said about all the activity.';
    expect(speakerOf(text, 'Paris, who used to work on Capitol Hill')).toBe('Jeremy Paris/person');
  });

  it('is that person ("Rep. Jim Jordan (R-Ohio) … Jordan said", PolNeAR dev)', () => {
    const text = '"They’d just go get them — they wouldn’t get an immunity deal," Rep. Jim Jordan (R-Ohio), an oversight panel '
      + 'member, said in a phone interview.\n\nMills "got an immunity agreement," Jordan said, and still "got to sit in on '
      + 'the interview."';
    expect(speakerOf(text, 'Jordan')).toBe('Jim Jordan/person');
  });

  it('stays the government when the name that ends with it opens with no given name ("Poor Mexico", PolNeAR dev)', () => {
    const text = 'Lamenting their luck, Mexicans often say, "Poor Mexico, so far from God and so close to the United States." '
      + 'But when Congress cut funding for the pilot program two years later, Mexico said enough.';
    expect(speakerOf(text, 'Mexico')).toBe('Mexico/government');
  });
});
