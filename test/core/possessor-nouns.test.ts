// After a possessor, a cue word is a statement only when a clause, an infinitive, a quotation or a colon follows
// ("Clinton's claim that …", "Obama's plan to …"): "Ryan’s statement was a stark reminder …" is about the statement,
// and "Trump’s repeated accusations" puts a modifier in the cue's place. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('cue words after a possessor', () => {
  it('finds no statement in "Ryan’s statement was a stark reminder …"', () => {
    const text = 'But Ryan’s statement was a stark reminder that not all Republican leaders are ready to fall in line behind him.';
    expect(statements(text).filter((s) => s.cue === 'statement')).toEqual([]);
  });

  it('keeps "Clinton\'s claim that …"', () => {
    const text = "Clinton's claim that 90 percent of her e-mails were 'in the system' is her camp's calculation.";
    expect(statementQuoting(text, 'that 90 percent').speaker).toBe("Clinton's");
  });
});
