// A date that opens a sentence is when, not who: a participle that borrows the sentence's subject takes the pronoun
// after it ("On September 27 they published …, announcing" had "September 27" as the speaker). A sentence from
// PolNeAR dev (train holds no such sentence the engine read wrongly).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('dates before a subject', () => {
  it('skips "September 27" for the participle\'s subject (On September 27 they published …, announcing …)', () => {
    const text = 'On September 27 they published the results of their check by announcing that Trump’s statement was “true.”';
    expect(statementQuoting(text, 'statement was').speaker).toBe('they');
  });
});
