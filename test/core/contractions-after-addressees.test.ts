// After a named addressee ("told The Huffington Post"), a subject pronoun contracted with "is" ("he’s") opens the
// content; its 's is no possessor that the addressee reads on through. Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a contracted pronoun after a named addressee', () => {
  it('starts the content at "he’s" ("Calabrese told the National Post he’s …")', () => {
    const text = 'Calabrese told the National Post he’s already received hundreds of emails from Americans interested in moving to the island.';
    const s = statementQuoting(text, 'hundreds of emails');
    expect(s.speaker).toBe('Calabrese');
    expect(s.quote).toBe('he’s already received hundreds of emails from Americans interested in moving to the island');
  });

  it('starts the content at "he’s" after a capitalised addressee ("told The Huffington Post he’s …")', () => {
    const text = 'Joyce told The Huffington Post he’s not planning an appeal of the board’s determination due to lack of resources.';
    expect(statementQuoting(text, 'not planning').quote).toBe('he’s not planning an appeal of the board’s determination due to lack of resources');
  });
});
