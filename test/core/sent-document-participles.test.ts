// A participle after a document someone sent out ("put out a statement saying", "sent a fundraising email … saying")
// speaks for the sender, as PolNeAR marks it (train gold: the sender 36 times of 37). Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('participles after a sent document', () => {
  it('gives "put out a statement saying" to the subject of "put out"', () => {
    const text = 'His office put out a statement saying the U.S. “does not have the capacity to properly vet every incoming refugee.”';
    const s = statementQuoting(text, 'capacity to properly vet');
    expect(s.speaker).toBe('His office');
    expect(s.cue).toBe('saying');
  });

  it('gives "sent a fundraising email Wednesday saying" to the campaign', () => {
    const text = 'The Cruz campaign sent a fundraising email Wednesday saying that the results in Iowa and New Hampshire show Cruz and Trump are in a two-man race.';
    const s = statementQuoting(text, 'two-man race');
    expect(s.speaker).toBe('The Cruz campaign');
  });

  it('gives "blasted out an email to supporters stating" to the campaign', () => {
    const text = 'Her campaign quickly blasted out an email to supporters stating, “Speaker Paul Ryan Joins Growing List of Conservatives Rebuking Trump.”';
    const s = statementQuoting(text, 'Growing List');
    expect(s.speaker).toBe('Her campaign');
  });
});
