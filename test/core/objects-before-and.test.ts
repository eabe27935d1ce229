// "a woman asked for a photo and Clinton said": a lower-case noun seldom a speaker before "and" and a name ends the
// verb's object; the name alone starts the next clause and speaks ("a photo and Clinton" was the speaker). Sentences
// from PolNeAR train and dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('objects before "and" + a name', () => {
  it('takes the name alone as the subject (asked for a photo and Clinton said)', () => {
    const text = 'At one point, a woman asked for a photo and Clinton said, “as long as we’re not violating any election laws.”';
    expect(statementQuoting(text, 'election laws').speaker).toBe('Clinton');
  });

  it('takes the name alone after an object (copied on the AP\'s questions and Gates said)', () => {
    const text = "Manafort did not directly respond to AP's requests to discuss the work, but he was copied on the AP's questions and Gates said he spoke to Manafort before providing answers to them.";
    expect(statementQuoting(text, 'he spoke to Manafort').speaker).toBe('Gates');
  });

  it('takes the name alone after "the investigation" (mishandled the investigation and Democrats accused) (dev)', () => {
    const text = 'Republicans are increasingly convinced the Justice Department mishandled the investigation and Democrats accused the GOP of stoking the issue for maximum political gain.';
    expect(statementQuoting(text, 'stoking the issue').speaker).toBe('Democrats');
  });
});
