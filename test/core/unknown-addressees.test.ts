// An addressee whose noun the speaker lexicon does not know ("a town hall", "the congregation", "the forum"): the
// article alone is no addressee, and the content starts where PolNeAR's does — at the "that" past the whole addressee,
// at the subject pronoun after a short one, or at the article when the addressee is what was asked. Sentences from
// PolNeAR (train, dev).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('addressees the lexicon does not know', () => {
  it('starts at the "that" after a long addressee with a place name ("told a town hall in Salem, New Hampshire on Monday that …")', () => {
    const text = 'McCain, the GOP’s presidential nominee in 2008, issued a statement after Republican contender Donald Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is “peanuts,” compared to what Islamic State militants are doing.';
    expect(statementQuoting(text, 'waterboarding').quote).toBe('that waterboarding is “peanuts,” compared to what Islamic State militants are doing');
  });

  it('starts at the subject pronoun after a short addressee ("told the forum he was …")', () => {
    const text = 'Trump told the forum he was "totally against the war in Iraq" because it destabilized the Middle East.';
    expect(statementQuoting(text, 'totally against').quote.startsWith('he was "totally against the war in Iraq"')).toBe(true);
  });

  it('keeps the article of what was asked ("asked the congregation to stand …")', () => {
    const text = 'During the two-hour service, assistant pastor Charles Elliott III asked the congregation to stand to honor Muhammad Ali.';
    expect(statementQuoting(text, 'congregation').quote).toBe('the congregation to stand to honor Muhammad Ali');
  });

  it('keeps a possessive determiner with its noun ("told his subordinates never to speak …")', () => {
    const text = 'Republicans have been trying to question John Bentel, a tech staffer at the State Department who told his subordinates never to speak of Clinton’s email when they raised concerns.';
    expect(statementQuoting(text, 'subordinates').quote).toBe('his subordinates never to speak of Clinton’s email when they raised concerns');
  });

  it('reads "her" before a noun and "to" as a possessive ("urges her husband to come out …")', () => {
    const text = 'She then urges her husband to come out of the car and repeatedly says, "Don\'t you do it," until gunshots are heard.';
    expect(statementQuoting(text, 'husband').quote).toBe('her husband to come out of the car');
  });

  it('does not take the next clause’s quotation for the content ("asked for a photo and Clinton said, “…”")', () => {
    const text = 'At one point, a woman asked for a photo and Clinton said, “as long as we’re not violating any election laws.”';
    expect(statementQuoting(text, 'photo').quote).toBe('a photo');
  });
});
