// A negative imperative opening a sentence ("Don't ask that.") has no subject: PolNeAR gives it a statement with no
// source, where the capitalized "Don't" had been read as the speaker (session 12). Sentences from PolNeAR train and dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a sentence opening with "Don\'t"', () => {
  it('is a statement with no speaker (Don\'t ask that.)', () => {
    const text = "A: Susan, I'm not going to answer. Don't ask that.";
    expect(statementQuoting(text, 'that').speaker).toBeNull();
  });

  it('is a statement with no speaker (Don\'t blame Bush.)', () => {
    const text = "Failing to comprehend the threats today is a clear dereliction of duty.\n\nDon't blame Bush.";
    expect(statementQuoting(text, 'Bush').speaker).toBeNull();
  });
});
