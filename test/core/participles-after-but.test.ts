// ", saying …, but suggesting …": a participle after "but" goes on from the participle frame before it and has its
// speaker; before, it got no statement (the coordinated-verb rule skips participles and "but" opens no participle
// clause). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a participle after "but" that continues a participle frame', () => {
  it('takes the speaker of ", saying … but suggesting"', () => {
    const text = 'His chief aide doubled down on attacks on Clinton’s fitness to be president, saying she\'s experienced "on paper" but suggesting that might not be enough.';
    const s = statementQuoting(text, 'that might not be enough');
    expect(s.speaker).toBe('His chief aide');
    expect(s.cue).toBe('suggesting');
  });

  it('takes the speaker of ", acknowledging … but warning"', () => {
    const text = 'When Mr. Rubio did take Mr. Trump on, he did it sideways, acknowledging that Mr. Trump had tapped into a vein but warning that his style would have repercussions.';
    expect(statementQuoting(text, 'that his style would have repercussions').speaker).toBe('he');
  });
});
