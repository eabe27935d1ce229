// After a verb of beginning, going on or stopping ("began", "kept", "started"), the cue is its gerund and the verb's
// subject speaks: "the community immediately began calling for Emanuel to resign". Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a cue after "began"/"kept" + -ing', () => {
  it('gives "began calling for" the subject of "began"', () => {
    const text = 'Once the video was released, which showed Chicago police officer Jason Van Dyke shooting McDonald, the community immediately began calling for Emanuel to resign, a decision which he has, so far, refused to consider.';
    const s = statementQuoting(text, 'Emanuel to resign');
    expect(s.speaker).toBe('the community');
    expect(s.quote).toBe('Emanuel to resign');
  });

  it('gives "kept asking" the subject of "kept"', () => {
    const text = 'Saturday\'s gaffes were reminiscent of one from January 2013, when Clinton first testified before Congress on the 2011 terrorist attacks in Benghazi, and Sen. Ron Johnson (R-Wis.) kept asking her why the State Department had tied the violence to "spontaneous" protests rather than labeling it terrorism.';
    expect(statementQuoting(text, 'spontaneous').speaker).toBe('Sen. Ron Johnson (R-Wis.)');
  });

  it('gives "began dismissing" the subject of "began"', () => {
    const text = 'Then he began dismissing the notion that leadership skills had anything to do with length of time in office.';
    const s = statementQuoting(text, 'leadership skills');
    expect(s.speaker).toBe('he');
    expect(s.quote).toBe('the notion that leadership skills had anything to do with length of time in office');
  });
});
