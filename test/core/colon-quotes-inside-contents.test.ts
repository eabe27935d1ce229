// A quotation introduced by a colon inside another statement's content is that speaker's quoting, not a statement of
// its own (train: 7 such statements, none right). Sentences from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('colon quotations inside another statement', () => {
  it('keeps only "He adds that … two choices: “…”"', () => {
    const text = 'He adds that American Muslims have two choices:\u00a0“You either leave or you fight.” Al-Awlaki extols Nidal Hasan, the former U.S. Army psychiatrist who killed 13 people at Fort Hood in 2009.';
    expect(statements(text).filter((s) => s.cue === ':')).toEqual([]);
    const s = statementQuoting(text, 'two choices');
    expect(s.speaker).toBe('He');
    expect(s.cue).toBe('adds');
  });

  it('keeps only the commentator\'s statement of "imagined Christie was thinking: “…”"', () => {
    const text = 'But after Tuesday night’s appearance, conservative commentator Jonah Goldberg of the anti-Trump National Review imagined Christie was thinking: “My God what have I done?” Others saw the same thing in Christie’s blank stare and robotic words of introduction.';
    expect(statements(text).filter((s) => s.cue === ':')).toEqual([]);
    expect(statementQuoting(text, 'My God').cue).toBe('imagined');
  });

  it('keeps a colon quotation that stands alone', () => {
    const text = 'Clinton’s response was: “Is Dalton Brody off Conn or Wisconsin?” Dalton Brody is a Washington, DC, gifts and accessories store.';
    expect(statementQuoting(text, 'Dalton Brody off').cue).toBe(':');
  });
});
