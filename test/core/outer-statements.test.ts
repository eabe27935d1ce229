// A statement whose content holds another statement keeps both: "He said [Obama hopes that …]". The inner frame's
// cue scored higher (a cue before "that") and used to drop the outer one, the one PolNeAR marks. Sentences from
// PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { frameWithCue, statements } from './engine-helpers';

describe('nested statements', () => {
  it('keeps "He said" around "Obama hopes that …"', () => {
    const text = 'He said Obama hopes that his successor will push for the same goals.';
    const all = statements(text);
    expect(all.find((s) => s.cue === 'said')).toMatchObject({ speaker: 'He', quote: 'Obama hopes that his successor will push for the same goals' });
    // Obama's hope is a frame of its own, but not a second statement inside He's (nesting.ts).
    expect(frameWithCue(text, 'hopes').speaker).toBe('Obama');
    expect(all.find((s) => s.cue === 'hopes')).toBeUndefined();
  });

  it('keeps "Mr. Clarke said" around "he realized that …"', () => {
    const text = 'Mr. Clarke said he realized that many of the problems like drought and extreme floods in Africa were caused by climate change.';
    expect(statements(text).find((s) => s.cue === 'said')).toMatchObject({ speaker: 'Mr. Clarke' });
  });
});
