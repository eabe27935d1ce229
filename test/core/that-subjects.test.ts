// A lone "that" before a cue is a thing far more often than a speaker: "an email chain that showed …", "That said, …".
// Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statements } from './engine-helpers';

describe('"that" as a subject', () => {
  it('finds no statement of "that" in "an email chain that showed …"', () => {
    const text = 'He has attacked her over an email chain that showed Douglas J. Band, an adviser to Mr. Clinton, seeking to arrange a meeting between a senior American government official and Gilbert Chagoury, a Lebanese-Nigerian real estate developer who donated between $1 million and $5 million.';
    expect(statements(text).filter((s) => s.speaker === 'that')).toEqual([]);
  });

  it('reads "That said," as a discourse marker, not a statement', () => {
    const text = 'That said, Cruz cannot realistically get enough delegates to win the nomination outright at this point.';
    expect(statements(text)).toEqual([]);
  });
});
