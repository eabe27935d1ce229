// An aside between a subject and its verb of seeming may run to twelve tokens ("Clinton, casting herself as a champion of
// working people, appeared to …"): the frame still holds, with no source, as PolNeAR marks it (train: 3 more right of 3
// more predicted, in 3 documents; dev has none). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a long aside before a verb of seeming', () => {
  it('keeps the frame over a participle aside of nine words (train)', () => {
    const text = 'Clinton, casting herself as a champion of working people, appeared to assuage liberal concerns that her campaign’s attempt to attract moderate Republicans turned off by GOP nominee Donald Trump would weaken her attention to progressive priorities.';
    const s = statementQuoting(text, 'appeared to assuage');
    expect(s.speaker).toBeNull();
    expect(s.quote.startsWith('Clinton, casting herself')).toBe(true);
  });

  it('keeps the frame over an appositive of eleven words (train)', () => {
    const text = 'Even Hillary Clinton, the likely Democratic nominee and an ally of teachers unions, is not expected to be as strong a proponent of accountability as President Barack Obama, putting those who support such provisions in a weaker position.';
    expect(statementQuoting(text, 'is not expected').speaker).toBeNull();
  });
});
