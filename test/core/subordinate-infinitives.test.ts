// An infinitive after a subordinate clause's verb belongs to that clause's subject pronoun, not to the sentence's
// subject (session 12). Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('an infinitive inside a subordinate clause', () => {
  it('is said by the clause\'s pronoun (… after he appeared to suggest …)', () => {
    const text = 'Donald Trump is drawing criticism after he appeared to suggest that veterans who suffer from PTSD might not be as strong as those who don’t.';
    expect(statementQuoting(text, 'veterans who suffer').speaker).toBe('he');
  });

  it('is said by the clause\'s pronoun (… after he refused to say …)', () => {
    const text = 'Trump was jeered last week during an appearance at the Republican Jewish Coalition after he refused to say that Jerusalem should be the undivided and recognized capital of Israel.';
    expect(statementQuoting(text, 'undivided and recognized').speaker).toBe('he');
  });
});
