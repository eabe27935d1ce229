// A verb of seeming joined to an earlier verb ("… held a sizable lead … and appeared poised to win …") shares that
// verb's subject; PolNeAR's content, with no speaker, is the whole coordination from the subject on. Sentence from
// PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('verbs of seeming after a conjunction', () => {
  it('starts the content at the subject of the earlier verb ("Donald Trump held … and appeared poised to win")', () => {
    const text = 'Donald Trump held a sizable lead in the Republican race and appeared poised to win his first contest of the 2016 campaign after finishing second in Iowa a week ago.';
    const s = statementQuoting(text, 'poised to win');
    expect(s.speaker).toBeNull();
    expect(s.quote.startsWith('Donald Trump held a sizable lead in the Republican race and appeared poised to win')).toBe(true);
  });
});
