// "an offer the leadership rebuffed": a noun with an article right after it (no comma) is the object of a relative
// clause, and the phrase after it is that clause's subject and the speaker, as PolNeAR marks it. Before, the mention
// ran from the object's determiner. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { frameWithCue } from './engine-helpers';

describe('the subject of a relative clause with a gapped object', () => {
  it('is the phrase after the object (… an offer the leadership rebuffed)', () => {
    const text = 'President Obama has sought Republican suggestions, an offer the leadership rebuffed at a White House meeting this week.';
    expect(frameWithCue(text, 'rebuffed').speaker).toBe('the leadership');
  });

  it('opens with a quantity word (… the coronation many pundits initially forecast)', () => {
    const text = 'Though the primary election did not play out as the coronation many pundits initially forecast, Democratic presidential hopeful Hillary Clinton has reportedly amassed the 2,383 delegates needed to become her party’s presumptive nominee.';
    expect(frameWithCue(text, 'initially forecast').speaker).toBe('many pundits');
  });

  it('leaves a title before an article alone (Vatican spokesman the Rev. Federico Lombardi told …)', () => {
    const text = 'Vatican spokesman the Rev. Federico Lombardi told reporters that the pope has no plans to either address the conference or meet with Sanders.';
    expect(frameWithCue(text, 'told').speaker).toBe('Vatican spokesman the Rev. Federico Lombardi');
  });

  it('opens with a possessive pronoun (Here are some ways his campaign hopes to …)', () => {
    const text = "Here are some ways his campaign hopes to begin winning women's support:";
    expect(frameWithCue(text, 'hopes').speaker).toBe('his campaign');
  });
});
