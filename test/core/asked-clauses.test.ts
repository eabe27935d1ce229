// A sentence opening with "Asked …," reports the question put to the speaker: PolNeAR marks it as a statement with
// no source, its content the question (after "about"). Sentences from PolNeAR train and dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"Asked …," openings', () => {
  it('reads "Asked if he was ever bullied," as a statement without a speaker', () => {
    const s = statementQuoting('Asked if he was ever bullied, the Republican presidential candidate said no.', 'if he was ever bullied');
    expect(s.speaker).toBeNull();
    expect(s.cue).toBe('Asked');
    expect(s.quote).toBe('if he was ever bullied');
  });

  it('leaves "about" in the cue and keeps the answer\'s own statement', () => {
    const text = 'Asked about Trump\'s declaration that it had been a bomb, Clinton said, “I think it’s important to know the facts about any incident like this. That’s why it’s critical to support the first responders, the investigators who are looking into it trying to determine what did happen.”';
    expect(statementQuoting(text, 'declaration').quote).toBe("Trump's declaration that it had been a bomb");
    expect(statementQuoting(text, 'important to know').speaker).toBe('Clinton');
  });
});

describe('"asked" inside a sentence', () => {
  it('reads "… said when asked whether …" as a question with no source, next to the answer\'s own statement', () => {
    const text = '"You bet I would," Christie said when asked whether he would issue a quarantine for people traveling into the U.S. from Brazil.';
    const q = statementQuoting(text, 'whether he would issue');
    expect(q.speaker).toBeNull();
    expect(q.cue).toBe('asked');
    expect(q.quote).toBe('whether he would issue a quarantine for people traveling into the U.S. from Brazil');
    expect(statementQuoting(text, 'You bet I would').speaker).toBe('Christie');
  });

  it('reads "was asked if …" as a question with no source (the actress was asked if she’d ever been discriminated against)', () => {
    const text = 'During a HuffPost Live interview in August, the actress was asked if she’d ever been discriminated against.';
    const q = statementQuoting(text, 'discriminated');
    expect(q.speaker).toBeNull();
    expect(q.quote).toBe('if she’d ever been discriminated against');
  });

  it('leaves "asked by a reporter" to the asker\'s own frame', () => {
    const text = 'When he was asked by a reporter whether he would run, the senator laughed.';
    expect(statements(text).filter((s) => s.speaker === null && s.quote.startsWith('by a reporter'))).toEqual([]);
  });
});
