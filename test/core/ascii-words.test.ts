// The character-loop word splitter the stance and speaker stages share: words as their regexes would cut them, and
// no answer (the regex's turn) where a character needs Unicode.
import { describe, expect, it } from 'vitest';
import { asciiWords, BREAK, WORD, wordChars } from '../../src/core/ascii-words';

describe('asciiWords', () => {
  const letters = wordChars("'", '', new Map([[0x2019, WORD], [0x201d, BREAK]]));

  it('lower-cases runs of word characters ("Ukraine has said,“The statements …")', () => {
    const text = 'Ukraine has said “The statements … are not true.”';
    expect(asciiWords(text, 0, 16, letters)).toEqual(['ukraine', 'has', 'said']);
  });

  it('keeps apostrophes the table counts as letters inside words and breaks at the marks it lists', () => {
    expect(asciiWords('Kyiv didn’t deny it”', 0, 20, letters)).toEqual(['kyiv', 'didn’t', 'deny', 'it']);
  });

  it('gives no answer at a character the table does not know ("Zelenskyy’s", "Māori")', () => {
    expect(asciiWords('The Māori elders', 0, 16, letters)).toBeUndefined();
    expect(asciiWords("Trump's campaign", 0, 16, wordChars('.-', "'"))).toBeUndefined();
  });

  it('reads only the span asked for', () => {
    expect(asciiWords('chief of Russia’s General Staff', 9, 31, wordChars('.'))).toBeUndefined();
    expect(asciiWords('Gen. Valery Gerasimov', 0, 4, wordChars('.'))).toEqual(['gen.']);
  });
});
