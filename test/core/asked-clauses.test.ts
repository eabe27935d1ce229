// A sentence opening with "Asked …," reports the question put to the speaker: PolNeAR marks it as a statement with
// no source, its content the question (after "about"). Sentences from PolNeAR train and dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"Asked …," openings', () => {
  it('reads "Asked if he was ever bullied," as a statement without a speaker', () => {
    const s = statementQuoting('Asked if he was ever bullied, the Republican presidential candidate said no.', 'if he was ever bullied');
    expect(s.speaker).toBeNull();
    expect(s.cue).toBe('Asked');
    expect(s.quote).toBe('if he was ever bullied');
  });

  it('leaves "about" in the cue and keeps the answer\'s own statement', () => {
    const text = 'Asked about Trump\'s declaration that it had been a bomb, Clinton said, “I think it’s important to know the facts about any incident like this. That’s why it’s critical to support the first responders, the investigators who are looking into it trying to determine what did happen.”';
    expect(statementQuoting(text, 'declaration').quote).toBe("Trump's declaration that it had been a bomb");
    expect(statementQuoting(text, 'important to know').speaker).toBe('Clinton');
  });
});
