// A paragraph "NAME: text" is a transcript turn or a headline statement, but not when the text is a tally
// ("Sanders: 46."), a list of names ("Iowa: Tim Albrecht, Brad Anderson, …") or the label is a credit line
// ("Contributing: Grant Miller."). Paragraphs from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('colon labels', () => {
  it('finds no statement in a delegate tally', () => {
    expect(statements('THE TOTAL.\n\nClinton: 2,316.\n\nSanders: 1,547.\n\nClinton needs 67 delegates to reach the 2,383 needed to win.')).toEqual([]);
  });

  it('finds no statement in a list of names', () => {
    const text = 'Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell, Dave Caris, Sam Clovis, Sara Craig, Jerry Crawford.';
    expect(statements(text)).toEqual([]);
  });

  it('finds no statement in a credit line', () => {
    expect(statements('Contributing: Grant Miller.')).toEqual([]);
  });

  it('keeps a transcript turn', () => {
    const text = 'FALLIN: Well, I think the whole nation needs to work together, and certainly as anyone that’s a nominee, whether it is Donald Trump, whether it is Secretary Clinton, we all need to work towards unity as a nation.';
    expect(statementQuoting(text, 'the whole nation needs').speaker).toBe('FALLIN');
  });
});
