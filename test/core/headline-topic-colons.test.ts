// A headline "Name <preposition> Topic: words" gives the words to the name ("Obama on Climate Change: …"). Headlines
// from PolNeAR (dev, train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('headline speaker before a topic and a colon', () => {
  it('gives "Obama on Climate Change: …" to Obama', () => {
    const text = "Obama on Climate Change: The Trends Are 'Terrifying.'\n\nPresident Obama spoke about his legacy.";
    const s = statementQuoting(text, 'The Trends Are');
    expect(s.speaker).toBe('Obama');
  });

  it('gives "Clinton to Planned Parenthood: …" to Clinton', () => {
    const text = 'Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nWASHINGTON (AP) — Hillary Clinton spoke on Friday.';
    expect(statementQuoting(text, 'Trump will reverse').speaker).toBe('Clinton');
  });

  it('leaves a topic colon inside the body alone', () => {
    const text = 'The senator spoke on Friday.\n\nObama on Climate Change: The Trends Are Terrifying.';
    expect(statements(text).some((s) => s.speaker === 'Obama')).toBe(false);
  });
});
