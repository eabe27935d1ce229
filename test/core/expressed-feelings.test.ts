// After express/voice, the feeling names the act and the content is what it is about: the "that" clause after
// "expressed concern", the preposition's object after "voiced support for", as PolNeAR marks them. Sentences from
// PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('contents after an expressed feeling', () => {
  it('starts at the "that" after "expressed concern"', () => {
    const text = 'He avoided direct criticism of front-runner Trump until recent days, when he expressed concern that the billionaire businessman was encouraging violence at his rallies.';
    expect(statementQuoting(text, 'billionaire businessman').quote).toBe('that the billionaire businessman was encouraging violence at his rallies');
  });

  it('starts after the preposition of "voiced support for"', () => {
    const text = 'France’s far-right National Front party leader, Marine Le Pen, voiced support for U.S. Republican candidate Donald Trump on Sunday.';
    expect(statementQuoting(text, 'Republican candidate').quote.startsWith('U.S. Republican candidate Donald Trump')).toBe(true);
  });
});
