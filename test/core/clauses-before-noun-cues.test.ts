// A noun cue's subject read back through a finite verb holds a clause: "Millennials have reached a generational
// consensus on …" is the millennials' statement, and "Millennials have reached a generational" was the speaker. A
// clause coordinated after the verb keeps its own subject. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('finite verbs before a noun cue', () => {
  it('ends the speaker before "have reached" (Millennials have reached a generational consensus on …)', () => {
    const text = 'Millennials have reached a generational consensus on some of the major issues that have proved divisive for their elders.';
    expect(statementQuoting(text, 'the major issues').speaker).toBe('Millennials');
  });

  it('ends the speaker before "has been" (Mrs. Clinton has been a dogged defender of …)', () => {
    const text = "Mrs. Clinton has been a dogged defender of the Affordable Care Act, while Mr. Sanders has dwelled on the program's not going far enough.";
    expect(statementQuoting(text, 'Affordable Care Act').speaker).toBe('Mrs. Clinton');
  });
});
