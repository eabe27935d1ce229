// An appositive that ends in a short quoted name ("the hacker known as “Guccifer,”", "a host of ''The Five,''") has its
// closing comma inside the quotation marks; the subject walk read from a comma only, so the sentence had no statement.
// A quoted title after a verb ("went on to promote “Celebrity Apprentice,” note that …") is no appositive. Sentences
// from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a quoted name closing an appositive before the verb', () => {
  it('keeps the appositive after "known as “…,”"', () => {
    const text = 'In an interview broadcast on Wednesday’s “MSNBC Live,” Marcel Lazăr Lehel, the hacker known as “Guccifer,” stated that he had access to Democratic presidential candidate former Secretary of State Hillary Clinton’s email server.';
    const s = statementQuoting(text, 'that he had access to Democratic presidential candidate');
    expect(s.speaker).toBe('Marcel Lazăr Lehel, the hacker known as “Guccifer');
  });

  it("keeps the appositive after \"a host of ''…,''\"", () => {
    const text = "It was the moment on Fox News on Wednesday when Dana Perino, a host of ''The Five,'' refused to go along with a colleague's attempt to dispute the many polls showing Mrs. Clinton leading Mr. Trump.";
    expect(statementQuoting(text, 'to go along with a colleague').speaker).toBe("Dana Perino, a host of ''The Five");
  });

  it('leaves a quoted title after a verb to the clause before it', () => {
    const text = 'Changing the tenor of the interview, Trump went on to promote “Celebrity Apprentice,” note that he had just bought the Old Post Office building in Washington, D.C.';
    expect(statementQuoting(text, 'that he had just bought the Old Post Office').speaker).toBe('Trump');
  });
});
