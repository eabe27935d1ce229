// A capitalized title alone is a person ("The President has that pulpit", GUM interview_hill; "The Senator from
// Alaska, in explaining her decision …", GUM speech_impeachment), typed after resolution as the noun it capitalizes.
import { describe, expect, it } from 'vitest';
import { speakerResolvedFor as resolved } from './entities-helpers';

describe('a capitalized title alone as a speaker', () => {
  it('is a person ("The President has that pulpit", GUM interview_hill)', () => {
    const text = 'To make a difference in America you must speak to the People. The President has that pulpit.';
    expect(resolved(text, 'The President').type).toBe('person');
  });

  it('is a person with its body after it ("The Senator from Alaska, in explaining her decision", GUM speech_impeachment)', () => {
    const text = 'They are choosing party over country. The Senator from Alaska, in explaining her decision to vote to block '
      + 'witnesses, said she had come to the conclusion that there would be no fair trial.';
    expect(resolved(text, 'The Senator from Alaska').type).toBe('person');
  });

  it('leaves a capitalized body word alone as it was ("The Quartet has called …"): no title, no person', () => {
    const text = 'The Quartet has called on both sides to resume talks.';
    expect(resolved(text, 'The Quartet').type).not.toBe('person');
  });
});
