// "Some" alone as the subject of a cue verb, like "most" and "many" (orient.ts QUANTIFIER_SUBJECTS): real sentences
// from PolNeAR train; the two negative cases are dev sentences (train has none of their shape).
import { describe, expect, it } from 'vitest';
import { statements, statementQuoting } from './engine-helpers';

describe('"some" as a subject', () => {
  it('speaks when a clause starts right before it', () => {
    const urged = statementQuoting('Some have urged Republicans to focus on the general election and what is at stake.', 'focus on the general election');
    expect(urged.speaker).toBe('Some');
    expect(urged.cue).toContain('urged');
    const accused = statementQuoting('Some accused Trump of inciting violence against Clinton.', 'inciting violence');
    expect(accused.speaker).toBe('Some');
    expect(accused.quote).toBe('Trump of inciting violence against Clinton');
    const interpret = statementQuoting('And some interpret Axelrod’s commentary as somewhat self-serving — at their expense.', 'self-serving');
    expect(interpret.speaker).toBe('some');
  });

  it('is a determiner before a verb form that agrees with a plural noun ("some calls into the VA hotline")', () => {
    const text = 'The report found that some calls into the VA hotline were actually going to voicemail, a problem since repaired.';
    expect(statements(text).some((s) => s.speaker === 'some')).toBe(false);
  });

  it('is no subject inside another frame\'s content ("…, and some speculated about …")', () => {
    const text = 'Rendell noted that Ronald Reagan appeared unsteady in his first debate against Walter Mondale in 1984, and some speculated about his health at the time.';
    expect(statements(text).some((s) => s.speaker === 'some')).toBe(false);
    expect(statementQuoting(text, 'appeared unsteady').speaker).toBe('Rendell');
  });
});
