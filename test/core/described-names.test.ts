// An inverted speaker may open with words training never saw in a speaker, describing the name after them ("said
// election lawyer Joe Birkenstock", "said 9/11 widow Terry Strada"); the statement used to be lost. Sentences from
// PolNeAR train and dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('names described by unseen words after the cue', () => {
  it('reads "said election lawyer Joe Birkenstock" as the speaker (train)', () => {
    const text = 'Though campaigns cannot investigate every donation they receive, "getting multiple maxed-out contributions on the same day from an identifiable group of first-time political donors that the campaign doesn\'t already know well is definitely a yellow light," said election lawyer Joe Birkenstock.';
    expect(statementQuoting(text, 'a yellow light').speaker).toBe('election lawyer Joe Birkenstock');
  });

  it('reads "said 9/11 widow Terry Strada" after a quotation (dev)', () => {
    const text = '“The president’s rationales to veto JASTA don’t hold weight. They are 100 percent wrong,” said 9/11 widow Terry Strada.';
    expect(statementQuoting(text, '100 percent wrong').speaker).toBe('9/11 widow Terry Strada');
  });
});
