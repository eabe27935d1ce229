// An infinitive of purpose after the clause's verb phrase ("took to Twitter overnight to accuse …", "used his platform
// Friday to discuss …") is said by the clause's subject, when the sentence opens with it and runs as one clause up to
// the "to". Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('the subject of an infinitive of purpose', () => {
  it('reads "Trump took to Twitter overnight to accuse Clinton’s campaign of …" as Trump\'s (dev)', () => {
    const text = 'Trump took to Twitter overnight to accuse Clinton’s campaign of being “duped” by “a con” and encourage Americans to check out what he called Machado’s “sex tape.”';
    const s = statementQuoting(text, 'being “duped”');
    expect(s.speaker).toBe('Trump');
  });

  it('reads "Breitbart London’s Raheem Kassam will call in LIVE from London to discuss …" as his (train)', () => {
    const text = 'Breitbart London’s Raheem Kassam will call in LIVE from London to discuss the Syrian migrant crisis in Europe.';
    const s = statementQuoting(text, 'the Syrian migrant crisis');
    expect(s.speaker).toBe('Breitbart London’s Raheem Kassam');
    expect(s.quote).toBe('the Syrian migrant crisis in Europe');
  });

  it('reads the subject after an opening phrase\'s comma ("At the very least, he has yet to explain why …", dev)', () => {
    const text = 'At the very least, he has yet to explain why these loopholes for real estate developers should be retained and how they benefit the public.';
    const s = statementQuoting(text, 'these loopholes');
    expect(s.speaker).toBe('he');
    expect(s.cue).toBe('explain');
  });

  it('gives no speaker to a sentence opening with a time phrase ("Last week Stumpf … appeared to blame …", dev)', () => {
    const text = 'Last week Stumpf in a televised interview appeared to blame low-level workers for this behavior, which was widespread throughout the bank.';
    expect(statements(text).filter((s) => s.speaker === 'Last')).toEqual([]);
  });
});
