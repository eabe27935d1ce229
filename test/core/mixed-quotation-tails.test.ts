// A content that opens with a quotation and goes on in the narrator's words before its tail continues, like a
// quotation, into the quoted sentences after the tail. Sentence from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('mixed contents before a tail', () => {
  it('continue into the quotation after the tail (`\'\'I have admiration for the mechanics\'\' of the Clinton proposals, Mr. Holtz-Eakin said. \'\'They\'re more …\'\'`)', () => {
    const text = "''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said. ''They're more detailed and structured than Trump's. But I have serious concerns about the quality. Their philosophy seems to be to give up on economic growth and try to deliver middle-class prosperity by taking from the rich.''";
    const s = statementQuoting(text, 'admiration for the mechanics');
    expect(s.quote).toMatch(/^I have admiration for the mechanics'' of the Clinton proposals, Mr\. Holtz-Eakin said\. ''They're more detailed/);
    expect(s.quote).toMatch(/by taking from the rich/);
  });
});

describe('a quotation inside a sentence that opens with an adverb', () => {
  it('is what was said, not a title in an opening phrase (`Still, golf clubs are \'\'just scratching out a profit,\'\' Mr. Hedge said from his office in Orlando.`, PolNeAR train)', () => {
    const text = "Still, golf clubs are ''just scratching out a profit,'' Mr. Hedge said from his office in Orlando.";
    const s = statementQuoting(text, 'just scratching out a profit');
    expect(s.speaker).toBe('Mr. Hedge');
    expect(s.quote).toMatch(/^golf clubs are ''just scratching out a profit/);
  });
});

describe('a quotation a colon introduces', () => {
  it('is what the tail\'s speaker said, not a title inside an opening phrase (`For example: "We made a terrible mistake …," he told CNN\'s Christiane Amanpour.`, PolNeAR train)', () => {
    const text = 'For example: "We made a terrible mistake getting involved [in Afghanistan] in the first place," he told CNN\'s Christiane Amanpour.';
    const s = statementQuoting(text, 'We made a terrible mistake');
    expect(s.speaker).toBe('he');
    expect(s.cue).toBe('told');
  });
});
