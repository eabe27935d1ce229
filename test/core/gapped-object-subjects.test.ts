// "an offer the leadership rebuffed": a noun with an article right after it (no comma) is the object of a relative
// clause, and the phrase after it is that clause's subject and the speaker, as PolNeAR marks it. Before, the mention
// ran from the object's determiner. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { frameWithCue, statementQuoting } from './engine-helpers';

describe('the subject of a relative clause with a gapped object', () => {
  it('is the phrase after the object (… an offer the leadership rebuffed)', () => {
    const text = 'President Obama has sought Republican suggestions, an offer the leadership rebuffed at a White House meeting this week.';
    expect(frameWithCue(text, 'rebuffed').speaker).toBe('the leadership');
  });

  it('opens with a quantity word (… the coronation many pundits initially forecast)', () => {
    const text = 'Though the primary election did not play out as the coronation many pundits initially forecast, Democratic presidential hopeful Hillary Clinton has reportedly amassed the 2,383 delegates needed to become her party’s presumptive nominee.';
    expect(frameWithCue(text, 'initially forecast').speaker).toBe('many pundits');
  });

  it('leaves a title before an article alone (Vatican spokesman the Rev. Federico Lombardi told …)', () => {
    const text = 'Vatican spokesman the Rev. Federico Lombardi told reporters that the pope has no plans to either address the conference or meet with Sanders.';
    expect(frameWithCue(text, 'told').speaker).toBe('Vatican spokesman the Rev. Federico Lombardi');
  });

  it('opens with a possessive pronoun (Here are some ways his campaign hopes to …)', () => {
    const text = "Here are some ways his campaign hopes to begin winning women's support:";
    expect(frameWithCue(text, 'hopes').speaker).toBe('his campaign');
  });

  // A name as the gapped clause's subject, after an object noun in an object's place (session 13, pages14).
  it('is the name after an object noun (the massive purchases Mr. Trump requested; saved page aeb/nytimes-702d1da63b)', () => {
    const text = 'American negotiators are now left with the difficult task of translating the massive purchases Mr. Trump requested — larger purchases “than any time in our history, by far” — into the actual text of a trade agreement.';
    expect(frameWithCue(text, 'requested').speaker).toBe('Mr. Trump');
  });

  it('is the name after an object noun behind a preposition (in the world Uber seeks; saved page readability/salon-1)', () => {
    const text = 'But in the world Uber seeks to create, those surges of the spirit would be replaced by surge pricing.';
    expect(frameWithCue(text, 'seeks').speaker).toBe('Uber');
  });

  it('is the name after an object noun behind an adverb (even the ones State now says …)', () => {
    const text = 'She asked for her messages to be made public — even the ones State now says are “top secret.”';
    expect(frameWithCue(text, 'now says').speaker).toBe('State');
  });

  it('leaves a subject that opens the sentence whole (The venture capitalist Marc Andreessen said …)', () => {
    const text = 'The venture capitalist Marc Andreessen said that he was supporting Mrs. Clinton.';
    expect(frameWithCue(text, 'said').speaker).toBe('The venture capitalist Marc Andreessen');
  });

  it('leaves an adjective before a name alone (after a desperate HP asked …)', () => {
    const text = 'In June 2001, after a desperate HP asked workers to sign up for an optional pay cut, 80,000 employees volunteered.';
    expect(frameWithCue(text, 'asked').speaker).toBe('a desperate HP');
  });

  it('leaves a person noun before a name alone (a mock children’s book by the comedian Michael Ian Black titled …)', () => {
    const text = 'There is a mock children’s book by the comedian Michael Ian Black titled ‘‘A Child’s First Book of Trump.’’';
    expect(frameWithCue(text, 'titled').speaker).not.toBe('Michael Ian Black');
  });

  // After a comma, "a"/"an" and a noun that sums up the clause before it (session 17, pages24).
  it('is the name after a summing-up noun in apposition (…, a prospect Vindman denied; saved page aeb/cbsnews-7a664e40d2)', () => {
    const text = 'Republican counsel Steve Castor asked Morrison about concerns within the NSC about Alexander Vindman\'s judgment. ' +
      'Morrison did reference his earlier testimony, in which he said others had raised concerns about Vindman potentially leaking information, a prospect Vindman denied earlier in the day.';
    const s = statementQuoting(text, 'others had raised concerns');
    expect(s.speaker).toBe('Vindman');
    expect(s.a.speaker?.name).toBe('Alexander Vindman');
    expect(s.a.speaker?.type).toBe('person');
  });

  it('is the name after a summing-up noun in apposition (…, a point Feinstein also acknowledged)', () => {
    const text = 'Sources told POLITICO, however, that she did chime in and the conversation flowed both ways, a point Feinstein also acknowledged to Bloomberg.';
    expect(frameWithCue(text, 'also acknowledged').speaker).toBe('Feinstein');
  });

  it('leaves an adjective after a comma alone (Contacted by POLITICO, a terse Miller agreed …)', () => {
    const text = 'Contacted by POLITICO, a terse Miller agreed that she was not in the Trump camp.';
    expect(frameWithCue(text, 'agreed').speaker).toBe('a terse Miller');
  });
});
