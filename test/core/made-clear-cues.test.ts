// "Sanders has made clear that he expects …": "made clear" with no "it" is PolNeAR's cue, verb and adjective together,
// with the subject of "made" as the speaker (alone "clear" is rarely a cue). Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"made clear" cues', () => {
  it('reads "Sanders has made clear that …" as a statement of Sanders', () => {
    const s = statementQuoting('Sanders has made clear that he expects the Clinton camp to unleash all its oppo research.', 'Clinton camp');
    expect(s.speaker).toBe('Sanders');
    expect(s.cue).toBe('has made clear');
    expect(s.quote).toBe('that he expects the Clinton camp to unleash all its oppo research');
  });

  it('reads a noun phrase after "makes clear" as the content', () => {
    const s = statementQuoting('The poll makes clear the headwinds ahead for Trump and Clinton if they prevail in the primaries.', 'headwinds');
    expect(s.speaker).toBe('The poll');
    expect(s.cue).toBe('makes clear');
  });

  it('leaves the passive "as was made clear" alone', () => {
    const text = 'But it will not be easy, as was made clear last week when Mr. Netanyahu appointed a diplomacy chief.';
    expect(statements(text).filter((s) => s.cue?.includes('clear'))).toEqual([]);
  });
});
