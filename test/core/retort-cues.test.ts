// "shot back", "fired back": a retort is a cue with its "back", as PolNeAR marks it; alone "shot" and "fired" seldom
// are. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('retorts ("shot back", "fired back")', () => {
  it('gives the "that" clause after "shot back" to its subject', () => {
    const text = 'The anchor for Univision, a US Spanish-language channel, was trying insistently to ask a question about immigration when Trump shot back that the journalist had not been called on.';
    const s = statementQuoting(text, 'the journalist had not been called on');
    expect(s.speaker).toBe('Trump');
    expect(s.cue).toBe('shot back');
  });

  it('takes the object of "fired back at" as the content, as "lashed out at"', () => {
    const text = 'Local politicians also fired back at Trump’s comments, including Rep. Lacy Clay (D-Mo.):';
    const s = statementQuoting(text, 'Trump’s comments');
    expect(s.speaker).toBe('Local politicians');
    expect(s.cue).toBe('also fired back at');
  });

  it('reads "shot back up" as a rise, not a retort', () => {
    const text = 'Last year, health care spending shot back up and grew by 5.3 percent, easily surpassing overall inflation.';
    expect(statements(text)).toEqual([]);
  });
});
