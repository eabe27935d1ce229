// An infinitive after a subordinate clause's verb belongs to that clause's subject pronoun, not to the sentence's
// subject; a participle takes the sentence's subject with its relative clause (session 12). Sentences from PolNeAR
// dev and train.
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

describe('a participle after a clause whose verb made no statement', () => {
  it('is said by the whole subject with its relative clause (Central European leaders who have been … have embraced …, warning …)', () => {
    const text = "Central European leaders who have been some of the most strident opponents of taking in migrants have embraced the idea of a full-fledged E.U. military force, warning that Britain's exit from the E.U. will significantly sap the continent's defense capabilities.";
    expect(statementQuoting(text, 'significantly sap').speaker).toBe('Central European leaders who have been some of the most strident opponents of taking in migrants');
  });
});
