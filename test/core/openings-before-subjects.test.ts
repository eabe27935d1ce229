// An opening phrase or a dateline before the subject is not what was said when the cue goes on to its own content:
// "During a town hall-style meeting in Cedar Rapids, Iowa, Rubio told reporters Tuesday that …", "WASHINGTON (AP) —
// Donald Trump called Wednesday for …". Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('openings before the subject', () => {
  it('reads the "that" clause after "Rubio told reporters Tuesday" as the content', () => {
    const text = 'During a town hall-style meeting in Cedar Rapids, Iowa, Rubio told reporters Tuesday that the president’s new executive actions on guns undermine Americans’ constitutional right to bear arms.';
    expect(statementQuoting(text, 'executive actions on guns').speaker).toBe('Rubio');
    expect(statements(text).filter((s) => s.quote.includes('town hall-style meeting'))).toEqual([]);
  });

  it('does not take a dateline as the content', () => {
    const text = 'WASHINGTON (AP) — Donald Trump called Wednesday for Supreme Court Justice Ruth Bader Ginsburg to resign for saying publicly that she feels he is unfit to be president.';
    expect(statements(text).filter((s) => s.quote.includes('WASHINGTON'))).toEqual([]);
    expect(statementQuoting(text, 'Ruth Bader Ginsburg').speaker).toBe('Donald Trump');
  });
});

describe('openings before a cue with an infinitive', () => {
  it('reads "Soon after, Mrs. Clinton agreed to keep …" forward (PolNeAR train)', () => {
    const text = "Soon after, Mrs. Clinton agreed to keep foundation matters separate from official business, including a pledge to ''not participate personally and substantially in any particular matter that has a direct and predictable effect upon'' the foundation without a waiver.";
    expect(statementQuoting(text, 'to keep foundation matters').speaker).toBe('Mrs. Clinton');
    expect(statements(text).filter((s) => s.quote === 'Soon after')).toEqual([]);
  });
});

describe('openings before a cue with a quotation after its adjunct', () => {
  it('reads "…, Canova wrote to his 20,000 Twitter followers, “…”" forward (PolNeAR train)', () => {
    const text = 'Soon after Wasserman Schultz was booed Monday during a Florida delegation breakfast in Philadelphia, Canova wrote to his 20,000 Twitter followers, “It’s time to end her political career for good,” and shared a link to his campaign fundraising webpage.';
    expect(statementQuoting(text, 'end her political career').speaker).toBe('Canova');
    expect(statements(text).filter((s) => s.quote.includes('was booed Monday'))).toEqual([]);
  });
});
