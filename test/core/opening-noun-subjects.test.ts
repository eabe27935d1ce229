// A lower-case noun phrase opening its sentence (or its clause after an opening comma) speaks the weak cue right after
// it (orient.ts openingNounSubject): real sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statements, statementQuoting } from './engine-helpers';

describe('a lower-case noun phrase that opens the sentence as a weak cue\'s subject', () => {
  it('speaks a volition verb right after it', () => {
    const group = statementQuoting('The group also plans to run ads during the next two Republican debates.', 'run ads');
    expect(group.speaker).toBe('The group');
    expect(group.cue).toBe('plans');
    expect(group.quote).toBe('to run ads during the next two Republican debates');
    expect(statementQuoting('The securities analyst decided to fight back.', 'fight back').speaker).toBe('The securities analyst');
  });

  it('speaks after its auxiliary, and after an opening phrase\'s comma', () => {
    const text = 'All five of the Republican candidates would like to shrink the federal education department and limit its influence over policymaking, although some wouldn’t get rid of it entirely.';
    expect(statementQuoting(text, 'shrink the federal education department').speaker).toBe('All five of the Republican candidates');
    expect(statementQuoting('And yet, across most of Europe, voters want to limit immigration.', 'limit immigration').speaker).toBe('voters');
  });

  it('is no speaker of a passive, nor of a noun it modifies', () => {
    expect(statements('The campaign is intended to stop some teachers from sending pupils out to beg for money and food.')).toEqual([]);
    const plan = 'The latest plan to try to stop Donald Trump from claiming the Republican nomination is a classic Hail Mary play.';
    expect(statements(plan).some((s) => s.speaker === 'The latest')).toBe(false);
  });
});
