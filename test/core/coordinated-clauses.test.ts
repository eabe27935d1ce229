// A "that" clause coordinated with a second clause ("that X and he was Y") keeps both: the second is still what was
// said. Sentences from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"and" + subject pronoun + auxiliary inside a "that" clause', () => {
  it('continues the content ("claimed that … started the birther controversy and he was simply doing everyone a favor …")', () => {
    const text = 'Even Friday, he claimed that Democratic nominee Hillary Clinton was the one who started the birther controversy and he was simply doing everyone a favor by putting it to rest.';
    expect(statementQuoting(text, 'birther controversy').quote).toBe('that Democratic nominee Hillary Clinton was the one who started the birther controversy and he was simply doing everyone a favor by putting it to rest');
  });

  it('still ends it before a second cue verb ("that Mr. Trump had shown disrespect to his wife, and he accused …")', () => {
    const text = "Mr. Khan said on Sunday that Mr. Trump had shown disrespect to his wife, and he accused Mr. Trump of running a campaign of hatred.";
    expect(statementQuoting(text, 'disrespect').quote).toBe('that Mr. Trump had shown disrespect to his wife');
  });
});

describe('a verb coordinated inside a "while" clause', () => {
  it('gives "and say" the subject after "while", not the sentence\'s first speaker (saved Express page)', () => {
    const text = 'China said it is committed to the “one country, two systems” formula granting Hong Kong autonomy, while the city’s police deny accusations of brutality and say they show utmost restraint.';
    expect(statementQuoting(text, 'utmost restraint').speaker).toBe('the city’s police');
  });
});

// Session 10 (sentence from PolNeAR dev).
describe('a verb coordinated after a noun phrase that opens with "a"', () => {
  it('does not take "a Senate" as its subject (strategies for a Senate run but noted that …)', () => {
    const text = "His aides say it's too early to discuss strategies for a Senate run but noted that Scott won competitive state Senate races in a predominantly white district.";
    expect(statementQuoting(text, 'competitive state Senate races').speaker).toBe('His aides');
  });
});
