// A cue inside a clause that opens the sentence ("While …, Mr. Obama is …"): the content ends where the main clause
// starts. Sentences from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('contents inside an opening subordinate clause', () => {
  it('end before the main clause\'s subject and auxiliary ("While his advisers have suggested …, Mr. Obama is also determined …")', () => {
    const text = 'While his advisers have suggested his most powerful role in the Clinton campaign is as a convert who has come to respect his onetime rival, Mr. Obama is also determined to warn his supporters about the dangers of failing to turn out and essentially ceding the presidency to Mr. Trump.';
    expect(statementQuoting(text, 'most powerful role').quote).toBe('his most powerful role in the Clinton campaign is as a convert who has come to respect his onetime rival');
  });

  it('keep a relative clause set off by commas ("After campaign aides insisted in June that …, whose support appeared steady …, the campaign has appeared …")', () => {
    const text = 'After campaign aides insisted in June that Mr. Obama would not be pigeonholed to reach African-American voters, whose support appeared steady for Mrs. Clinton, the campaign has appeared to acknowledge his help is needed.';
    expect(statementQuoting(text, 'pigeonholed').quote).toBe('that Mr. Obama would not be pigeonholed to reach African-American voters, whose support appeared steady for Mrs. Clinton');
  });
});
