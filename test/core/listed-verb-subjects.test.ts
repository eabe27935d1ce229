// A past-tense cue after a comma in a list of verb phrases that ", and" closes ("She urged …, proposed that …, and
// pushed …") shares the sentence's subject when it has none of its own (orient.ts listedVerbSubject). Sentences from
// PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a verb in a list of verb phrases', () => {
  it('shares the sentence\'s subject ("She urged …, proposed that …, and pushed …")', () => {
    const text = 'She urged the administration to join a NATO-led coalition to oust Col. Muammar el-Qaddafi in Libya, proposed that more forces be left in Iraq, and pushed to funnel arms to moderate Syrian rebels.';
    const proposed = statementQuoting(text, 'more forces be left');
    expect(proposed.speaker).toBe('She');
    expect(proposed.cue).toBe('proposed');
    expect(proposed.quote).toBe('that more forces be left in Iraq');
  });

  it('shares a name subject ("Donald Trump joked …, declined to affirm …, and told …")', () => {
    const text = 'Donald Trump joked about Jewish stereotypes, declined to affirm his support for a united Jerusalem, and told his audience they wouldn’t back him because he did not want their money.';
    expect(statementQuoting(text, 'united Jerusalem').speaker).toBe('Donald Trump');
  });
});
