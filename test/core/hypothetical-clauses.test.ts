// A verb in a condition or an open question ("If Trump's plan rejected …", "… if they did not confirm their status", "how the United States responds …")
// says what someone might do or think, not what they said: no statement (10 of 40 such frames right on PolNeAR train).
// Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('subjects after "if", "whether", "until", "how"', () => {
  it('makes no statement of "If Trump\'s plan rejected single mothers, …" (dev)', () => {
    const text = "If Trump's plan rejected single mothers, black families would be especially affected.";
    expect(statements(text)).toEqual([]);
  });

  it('makes no statement of "… if you don’t believe your federal government" (train)', () => {
    const text = 'If you don’t believe your federal government, the Washington Post will brand you a liar and NBC News will accuse you of engaging in a “freak out.”';
    expect(statements(text).filter((s) => s.speaker === 'you')).toEqual([]);
  });

  it('gives the words of the condition to the outer statement alone ("Trump said … if Holt asks …")', () => {
    const text = 'Trump said he would make fun of the ratings if Holt asks him about his tax returns.';
    expect(statements(text).map((s) => s.speaker)).toEqual(['Trump']);
  });

  it('makes no statement of an embedded "how" clause ("… to obfuscate exactly how they\'ve avoided Uncle Sam", dev)', () => {
    const text = "Worse, the companies have managed to hide many of their tax havens completely, in many cases reporting different numbers to different government agencies to obfuscate exactly how they've avoided Uncle Sam.";
    expect(statements(text).filter((s) => s.speaker === 'they')).toEqual([]);
  });

  it('keeps a headline that opens with "How" ("How Paul Ryan Thinks About Donald Trump", train)', () => {
    expect(statements('How Paul Ryan Thinks About Donald Trump.').map((s) => s.speaker)).toEqual(['Paul Ryan']);
  });

  it('makes no statement of a volition verb after "if" ("if the Chinese pledged to cap …", dev)', () => {
    const text = 'In the summer of 2014, Mr. Obama sent Mr. Xi a letter with a proposal in which the United States would pledge to increase its target for reducing carbon emissions by 2025 if the Chinese pledged to cap and then gradually reduce their emissions.';
    expect(statements(text).filter((s) => s.speaker === 'the Chinese')).toEqual([]);
  });

  it('leaves the condition in the outer content ("pressed Clinton to do more if she wanted to …", train)', () => {
    const text = 'He said there had been some “good gains” in the pursuit of a more progressive platform, but he pressed Clinton to do more if she wanted to win over his supporters.';
    expect(statements(text).filter((s) => s.speaker === 'she')).toEqual([]);
    expect(statementQuoting(text, 'Clinton to do more').quote).toBe('Clinton to do more if she wanted to win over his supporters');
  });
});
