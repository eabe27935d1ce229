// "The statement said": a document speaks for whoever issued it, and of the speakers whose sentence names it, first the
// one it is written beside ("Big Machine Records issued a statement"), not the last to speak in a long sentence.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

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
});
