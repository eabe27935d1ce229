// A tail's cue followed right away by a semicolon or a colon ("…, Brafman noted; the government …", "…, insiders said:
// Trump's overwhelming lead …") goes on with what was said: the whole sentence is the content, as PolNeAR marks it.
// Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a semicolon or colon right after a tail cue', () => {
  it('keeps the clause after the semicolon in the content', () => {
    const text = 'Director James Comey said those statements were wrong during a hearing last week. She did receive some emails with classified markings, he said; his agents found them during their investigation. And they also discovered thousands of work-related emails.';
    const s = statementQuoting(text, 'She did receive');
    expect(s.speaker).toBe('he');
    expect(s.cue).toBe('said');
    expect(s.quote).toBe('She did receive some emails with classified markings, he said; his agents found them during their investigation');
  });

  it('keeps what the colon introduces in the content', () => {
    const text = 'A number of factors make a Rubio surge to first place unlikely, insiders said: Trump’s overwhelming lead in the polls, which is far larger than his advantage in Iowa; and Ted Cruz’s core conservative support.';
    const s = statementQuoting(text, 'A number of factors');
    expect(s.speaker).toBe('insiders');
    expect(s.quote.endsWith('Ted Cruz’s core conservative support')).toBe(true);
  });

  it('still ends a tail that closes its sentence at the cue', () => {
    const text = 'This makes it increasingly difficult to dislodge misinformation, he said. Good information can still drive out bad, but usually only when "the truth is sexier than the lie."';
    const s = statementQuoting(text, 'This makes it');
    expect(s.speaker).toBe('he');
    expect(s.quote).toBe('This makes it increasingly difficult to dislodge misinformation');
  });
});
