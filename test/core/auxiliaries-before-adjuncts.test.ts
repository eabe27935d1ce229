// An auxiliary before an adjunct set off by commas belongs to the verb after it: "U.S. officials have, in fact,
// praised …" is said by "U.S. officials". The mention used to run back over the auxiliary to an earlier comma ("Kurt
// Volker, shifted his own account of the July 10 meeting to say Sondland did" on a saved AP page).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('an auxiliary before a comma-set adjunct', () => {
  it('ends the subject before "have" in "U.S. officials have, in fact, praised" (PolNeAR train)', () => {
    const text = 'The U.S. has never formally accused its important, oil-rich ally of complicity. U.S. officials have, in fact, praised the Saudis for their help in battling terrorist groups such as al-Qaeda, which aims to oust the Saudi monarchy.';
    const s = statementQuoting(text, 'the Saudis for their help');
    expect(s.speaker).toBe('U.S. officials');
    expect(s.cue).toBe('praised');
  });

  it('gives "did, in fact, discuss" to Sondland, not to a span from Kurt Volker on (saved AP page)', () => {
    const text = 'Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of the July 10 meeting to say Sondland did, in fact, discuss investigations with the visiting Ukrainians.';
    const s = statementQuoting(text, 'investigations with the visiting');
    expect(s.speaker).toBe('Sondland');
  });

  it('keeps an adjunct after a subject with no auxiliary out of the mention ("Clinton, at Monday’s debate, said")', () => {
    const text = 'Clinton, at Monday’s debate, said that the economy was growing.';
    expect(statementQuoting(text, 'the economy was growing').speaker).toBe('Clinton');
  });
});
