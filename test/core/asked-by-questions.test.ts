// "(When) asked by X whether/if/about/to …", opening a sentence or after its subject, is X's question: the asker
// speaks the words after the name, up to the clause's comma. PolNeAR train marks all 12 "asked by" so. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('"asked by X" questions', () => {
  it('gives "Asked by Matt Lauer whether …" to Matt Lauer (beyond-plagiarism-a-bigger-issue)', () => {
    const text = 'Asked by Matt Lauer whether she had practiced her speech, she said, "I read it once over, and that\'s all because I wrote it with as little help as possible."';
    const s = statementQuoting(text, 'practiced her speech');
    expect(s.speaker).toBe('Matt Lauer');
    expect(s.quote).toBe('whether she had practiced her speech');
  });

  it('gives "Sanders was asked by host John Dickerson whether …" the question, not the one asked (what-s-next-for-sanders-much-res)', () => {
    const text = 'During an appearance on CBS\'s "Face the Nation," Sanders was asked by host John Dickerson whether his aim was similar to Kennedy\'s.';
    const s = statementQuoting(text, 'his aim');
    expect(s.speaker).toBe('host John Dickerson');
    expect(s.quote).toBe("whether his aim was similar to Kennedy's");
  });

  it('gives "When asked by a reporter whether …" to the reporter (de-blasio-trust-bratton-on-secur)', () => {
    const text = 'When asked by a reporter whether this differed from Nazi Germany requiring Jews to register, Trump reportedly said, "You tell me," repeatedly, before walking away.';
    const s = statementQuoting(text, 'Nazi Germany');
    expect(s.speaker).toBe('a reporter');
    expect(s.quote).toBe('whether this differed from Nazi Germany requiring Jews to register');
  });
});
