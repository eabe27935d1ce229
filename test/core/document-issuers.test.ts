// "The statement said": a document speaks for whoever issued it, and of the speakers whose sentence names it, first the
// one it is written beside ("Big Machine Records issued a statement"), not the last to speak in a long sentence. When
// no sentence before names it, "the statement" goes on from "the statement" that spoke last, or is the one who spoke in
// the sentence just before ("… announced she wasn't coming. “…,” the release said"); not "the release of a video".
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';
import { nameAfter, polnearText } from './polnear-text';

function speakerNamed(text: string, mention: string): string | undefined {
  const a = analyse(text).attributions.find((s) => s.speaker && text.slice(s.speaker.start, s.speaker.end) === mention);
  if (!a) throw new Error(`no statement by ${mention}`);
  return a.speaker!.name;
}

// A saved Fox News page: Swift, the last to speak, and Big Machine Records share the sentence that names the statement.
const BIG_MACHINE = 'Scooter Braun is allegedly unhappy with the way his business partner Scott Borchetta has handled their '
  + 'ongoing public schism with Taylor Swift.\n\nOn Monday, Big Machine Records issued a statement that appeared to make it possible for Swift to perform her '
  + 'songs at the upcoming American Music Awards after Swift publicly scolded her former label, accusing the Braun-owned '
  + 'company of preventing her from performing her earlier hits, to which they own the master recordings, at the AMAs\n\nThe '
  + 'statement, which was obtained by Variety, claimed that Big Machine and Dick Clark Productions had “come to terms on a '
  + 'licensing agreement that approves their artists’ performances to stream post show.”';

describe('the issuer of a document that speaks', () => {
  it('is the speaker the document is written beside, not the last to speak ("Big Machine Records issued a statement … The statement … claimed")', () => {
    expect(speakerNamed(BIG_MACHINE, 'The statement, which was obtained by Variety')).toBe('Big Machine Records');
  });

  it('is nobody when only an unnamed speaker issued it ("A spokesman issued a statement … the statement said")', () => {
    const text = 'A spokesman issued a statement on Monday denying the report. “We have never met him,” the statement said.';
    expect(speakerNamed(text, 'the statement')).toBe('statement');
  });

  it('goes on from "the statement" that spoke last, past its long quotation ("… the statement read. “…” “…,” the statement continued", a saved Fox News page)', () => {
    const text = 'The company flat-out denied the allegations in a statement shared to its website. "As Taylor Swift\'s partner for '
      + 'over a decade, we were shocked to see her tumblr statements yesterday based on false information," the statement read. '
      + '"At no point did we say Taylor could not perform on the AMAs or block her Netflix special. In fact, we do not have the '
      + 'right to keep her from performing live anywhere. Since Taylor\'s decision to leave Big Machine last fall, we have '
      + 'continued to honor all of her requests." "The truth is, Taylor has admitted to contractually owing millions of dollars '
      + 'and multiple assets to our company," the statement continued.';
    const lead = 'Swift accused Braun, Borchetta and Big Machine Records of disallowing the production of a Netflix documentary. ';
    expect(speakerNamed(lead + text, 'the statement')).toBe('Big Machine Records');
    const continued = analyse(lead + text).attributions.at(-1)!.speaker!;
    expect(continued.name).toBe('Big Machine Records');
  });

  it('is the one who spoke in the sentence just before ("the Republican Party of Wyoming announced … “…,” the release said", PolNeAR train)', () => {
    const text = polnearText('train', 'breaking-trump-campaign-just-mad');
    expect(nameAfter(text, 'will not be attending the State GOP Convention,” ')).toBe('Republican Party of Wyoming');
    expect(nameAfter(text, 'will be in Casper this Saturday morning,” ')).toBe('Republican Party of Wyoming');
  });

  it('is not the one who spoke before for a document of something ("Following the release of a new video from the terrorist group", PolNeAR train)', () => {
    const text = polnearText('train', 'trump-calls-for-bringing-back-su');
    expect(nameAfter(text, 'Following ')).not.toBe('Donald Trump');
  });
});
