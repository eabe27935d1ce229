// `“…,” the committee chairmen wrote`: in a quotation's tail, a word after the speaker's first words that is no verb of
// the tail (never seen as a cue) is part of a title when a tail verb follows over names and speaker words; the cue is
// that verb and the mention runs up to it. Before, the title's word was the cue ("the committee" + "chairmen").
// Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statements } from './engine-helpers';

describe('a title word inside a quotation tail', () => {
  it('reads "the committee chairmen wrote" as the chairmen writing', () => {
    const text = '“The evidence collected by the FBI during its investigation of Secretary Clinton’s use of a personal email system appears to directly contradict several aspects of her sworn testimony,” the committee chairmen wrote.';
    const s = statements(text).find((x) => x.quote.startsWith('The evidence'));
    expect(s?.speaker).toBe('the committee chairmen');
    expect(s?.cue).toBe('wrote');
  });

  it('reads "the Republican vice-presidential nominee riffed" as the nominee speaking', () => {
    const text = '"Governor Hassan, let me help you out - the answer\'s no," the Republican vice-presidential nominee riffed on Hassan\'s non-answer to whether Clinton was honest, drawing applause and laughs from the crowd.';
    const s = statements(text).find((x) => x.quote.startsWith('Governor Hassan'));
    expect(s?.speaker).toBe('the Republican vice-presidential nominee');
    expect(s?.cue).toBe('riffed');
  });

  it('leaves a verb with its particle alone ("Trump shot back at reporters")', () => {
    const text = '“I never said that,” Trump shot back at reporters who asked about the remark.';
    expect(statements(text).map((x) => x.cue)).not.toContain('at');
  });
});
