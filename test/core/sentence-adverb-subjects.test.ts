// A sentence adverb ("Perhaps", "Plus") or a question's auxiliary ("Did", "Does") opening the sentence is not part of
// the subject that speaks: PolNeAR marks the noun phrase after it. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a subject after a sentence-opening adverb or auxiliary', () => {
  it('leaves out "Perhaps" (Perhaps young voters prefer …)', () => {
    const text = 'Perhaps young voters prefer Sanders\' call for "revolution" over Hillary Clinton\'s pragmatic incrementalism.';
    expect(statementQuoting(text, 'incrementalism').speaker).toBe('young voters');
  });

  it('leaves out "Plus" (Plus Democrats are defending …)', () => {
    const text = 'Plus Democrats are defending a number of red states in 2018, which would make vulnerable Democrats less than enthusiastic about antagonizing conservative voters in their states.';
    expect(statementQuoting(text, 'red states').speaker).toBe('Democrats');
  });

  it('leaves out a question\'s auxiliary (Did the Clinton Foundation refuse …?)', () => {
    const text = 'Why did the Inspector General issue the subpoenas? Did the Clinton Foundation refuse to turn over relevant documents?';
    expect(statementQuoting(text, 'relevant documents').speaker).toBe('the Clinton Foundation');
  });

  it('keeps "Will" as a given name (Will Estrada, the chairman …, said)', () => {
    const text = '"How do we win Loudoun?" Will Estrada, the chairman for the Northern Virginia exurb, said of the encounter he had last week with Trump.';
    expect(statementQuoting(text, 'encounter').speaker).toBe('Will Estrada, the chairman for the Northern Virginia exurb');
  });
});
