// The object of a causing verb ("led", "prompted", "left" …) speaks the infinitive after it: PolNeAR marks "some allies"
// as the source of "worry whether …". Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { frameWithCue } from './engine-helpers';

describe('object of a causing verb + infinitive', () => {
  it('gives the object of "led" as the speaker ("has led some allies to worry whether …")', () => {
    const text = "Clinton's recent polling decline in Iowa has led some allies to worry whether she could lose her dominance in the South - even in Arkansas, where she once served as first lady.";
    expect(frameWithCue(text, 'worry').speaker).toBe('some allies');
  });

  it('reads a titled name as one object ("led DNC chairwoman Debbie Wasserman Schultz to announce …")', () => {
    const text = "The release of the emails by Wikileaks led DNC chairwoman Debbie Wasserman Schultz to announce her resignation from her post on the eve of the convention's start, casting a dark cloud over Clinton in her efforts to unify the party following her tough nomination battle with Sanders.";
    expect(frameWithCue(text, 'announce').speaker).toBe('DNC chairwoman Debbie Wasserman Schultz');
  });
});
