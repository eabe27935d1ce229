// "his often-repeated vow that …", "his stern warning that …": an adjective between a possessive pronoun and a noun cue
// modifies the cue, so the pronoun alone is the speaker mention. Before, the adjective was read as the head of the
// mention ("[his often-repeated] vow") or the statement had no speaker. Sentences from a saved page and PolNeAR train.
import { describe, expect, it } from 'vitest';
import { frameWithCue } from './engine-helpers';

describe('a possessive pronoun before an adjective and a noun cue', () => {
  it('is the speaker alone (his often-repeated vow; saved page aeb/ap-e7994d5500)', () => {
    const text = 'Johnson is under fire for failing to deliver on his often-repeated vow that Britain would leave the EU on Oct. 31.';
    expect(frameWithCue(text, 'vow').speaker).toBe('his');
  });

  it('is the speaker alone (his stern warning, train)', () => {
    const text = "Hooton's main takeaway from Rubio's immigration remarks was his stern warning that illegal immigrants convicted of crimes won't be permitted to stay.";
    expect(frameWithCue(text, 'warning').speaker).toBe('his');
  });

  it('is the speaker alone after an intensifier (his most eloquent passion for, train)', () => {
    const text = 'Jeb! was better than in previous outings, even if he reserved his most eloquent passion for the Republican-repelling cause of “comprehensive immigration reform.”';
    expect(frameWithCue(text, 'passion for').speaker).toBe('his');
  });

  it('keeps a noun for people after the pronoun (his spokesman said)', () => {
    const text = 'His spokesman said the senator would not comment on the report.';
    expect(frameWithCue(text, 'said').speaker).toBe('His spokesman');
  });
});
