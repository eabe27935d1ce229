// "said Robert B. Reich, a secretary of labor … who has endorsed Senator Bernie Sanders": a restrictive "who" (no comma
// or dash before it) closing an appositive right after or inside another statement's speaker describes that speaker;
// PolNeAR seldom marks its clause as a statement (train: 2 of 17 right). A relative set off by a comma, or one with no
// appositive before it, keeps its statement. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('a restrictive relative clause describing a speaker', () => {
  it('makes no statement after an inverted speaker ("said X, a … who has endorsed …")', () => {
    const text = "''Hillary Clinton's statement that if elected president she'd put Bill Clinton 'in charge of revitalizing the economy ... because, you know, he knows how to do it' suggests she's no longer touting the successes of the Obama economy, or even linking herself to it,'' said Robert B. Reich, a secretary of labor during the Clinton administration who has endorsed Senator Bernie Sanders of Vermont in the Democratic primary.";
    const s = statementQuoting(text, 'no longer touting');
    expect(s.cue).toBe('said');
    expect(s.speaker).toMatch(/^Robert B\. Reich/);
    expect(statements(text).some((x) => x.speaker === 'who')).toBe(false);
  });

  it('makes no statement inside a subject ("X, a former Fed governor who argued with …, said")', () => {
    const text = 'Laurence Meyer, a former Fed governor who argued with Ms. Brainard at the February conference, said in a recent interview that Congress had instructed the Fed to focus on the United States.';
    const s = statementQuoting(text, 'Congress had instructed');
    expect(s.speaker).toBe('Laurence Meyer, a former Fed governor who argued with Ms. Brainard at the February conference');
    expect(s.cue).toBe('said');
    expect(statements(text).some((x) => x.speaker === 'who')).toBe(false);
  });

  it('keeps the statement of a restrictive "who" with no appositive before it ("two senators present who requested anonymity")', () => {
    const text = "Senator Kelly Ayotte, a New Hampshire Republican who is also in a difficult re-election fight, used a closed-door luncheon to complain that Mr. Trump's comments were obscuring the party's economic message and urged Mr. Sessions to tell Mr. Trump to drop his jeremiad against the judge, according to two senators present who requested anonymity  to reveal private conversations.";
    const s = statementQuoting(text, 'anonymity');
    expect(s.speaker).toBe('who');
    expect(s.cue).toBe('requested');
  });

  it('keeps the statement of a relative set off by a comma ("said Harvey, who acknowledged …")', () => {
    const text = '“We show anger, we show emotion,” said Harvey, who acknowledged Trump was his fourth choice for nominee, behind arch-conservative Rick Santorum, Senator Marco Rubio, and Senator Ted Cruz.';
    const s = statementQuoting(text, 'his fourth choice');
    expect(s.speaker).toBe('who');
    expect(s.cue).toBe('acknowledged');
  });
});
