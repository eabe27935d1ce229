// A participle borrows the sentence's subject, which comes after a mixed-case dateline ("Washington (AFP) –") or an
// opening time phrase ("Hours later,") or an adverbial phrase ("Despite his low standing in the polls,"): none is who
// spoke. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { frameWithCue } from './engine-helpers';

describe('the subject a participle borrows', () => {
  it('comes after a mixed-case dateline ("Washington (AFP) – Democrat Hillary Clinton …, saying")', () => {
    const text = 'Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Republican rival Donald Trump’s stance on Brexit, saying that “bombastic comments” do more harm than good during such times.';
    expect(frameWithCue(text, 'saying').speaker).toBe('Democrat Hillary Clinton');
  });

  it('comes after an opening time phrase ending in "later" ("Hours later, Trump …, telling")', () => {
    const text = 'Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for a long time. He is an amazing man. I am the only one who doesn’t need his money. But I would love his support.”';
    expect(frameWithCue(text, 'telling').speaker).toBe('Trump');
  });

  it('comes after a comparative sentence adverb ("Most recently, Rubio saw …, after derisively mocking")', () => {
    const text = 'Most recently, Rubio saw his support collapse quickly after derisively mocking Trump in the last two debates and on the stump.';
    expect(frameWithCue(text, 'derisively mocking').speaker).toBe('Rubio');
  });

  it('comes after an opening phrase led by "Despite" ("Despite his low standing …, Clinton had …, quickly reminding")', () => {
    const text = 'Despite his low standing in the polls, Clinton had ordnance ready for him, quickly reminding viewers that the former Maryland governor himself had appointed an investment banker to an obscure regulatory position in state government.';
    expect(frameWithCue(text, 'quickly reminding').speaker).toBe('Clinton');
  });

  it('comes after an opening phrase led by "Shortly" ("Shortly after the merger announcement, the families … had mobilized, warning")', () => {
    const text = "Shortly after the merger announcement, the families of the company's founders had mobilized, warning that the deal would decimate the company's culture.";
    expect(frameWithCue(text, 'warning').speaker).toBe("the families of the company's founders");
  });
});
