// "have both argued", "has twice complained", "has nevertheless called": "both" after its subject or an auxiliary, and
// "twice"/"nevertheless" before the verb, sit inside the cue; the subject stands before them (they read as the end of
// a noun phrase and the sentence had no statement). A sentence-opening "both" is still the subject. Sentences from
// PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"both", "twice" and "nevertheless" inside a cue', () => {
  it('takes the subject before "have both argued"', () => {
    const text = 'Donald J. Trump and Senator Bernie Sanders have both argued that blue-collar workers have lost jobs because of skewed trading rules.';
    const s = statementQuoting(text, 'that blue-collar workers have lost jobs because of skewed trading rules');
    expect(s.speaker).toBe('Donald J. Trump and Senator Bernie Sanders');
  });

  it('takes the subject before "both" right after the names', () => {
    const text = 'Democratic presidential candidates Hillary Clinton and Bernie Sanders both sought to align themselves with union workers.';
    expect(statementQuoting(text, 'to align themselves with union workers').speaker)
      .toBe('Democratic presidential candidates Hillary Clinton and Bernie Sanders');
  });

  it('takes the subject before "has twice complained"', () => {
    const text = 'The American Legion has twice complained to Sanders officials since Jan. 22 about the use of the emblem in campaign materials.';
    expect(statementQuoting(text, 'about the use of the emblem').speaker).toBe('The American Legion');
  });

  it('takes the subject before "has nevertheless called"', () => {
    const text = 'Clinton has nevertheless called his vote an irresponsible one.';
    expect(statementQuoting(text, 'his vote an irresponsible one').speaker).toBe('Clinton');
  });

  it('keeps "both" as the subject after a clause opener', () => {
    const text = 'And both vowed to be tougher as president by focusing on stopping illegal immigrants before addressing the 12 million already here.';
    expect(statementQuoting(text, 'to be tougher as president').speaker).toBe('both');
  });
});
