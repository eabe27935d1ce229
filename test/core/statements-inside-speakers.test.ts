// A statement whose cue and content lie inside another statement's speaker mention is part of that description, not a
// statement of its own; one spoken by a pronoun or a relative stays (session 12). Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statements, statementQuoting } from './engine-helpers';

describe('a nominal cue inside a speaker mention', () => {
  it('makes no statement (Jorge Castañeda, a former Mexican foreign minister who is a harsh critic of Mr. Peña Nieto, suggests …)', () => {
    const text = "Jorge Castañeda, a former Mexican foreign minister who is a harsh critic of Mr. Peña Nieto, suggests that Mexico's best argument is that the country's stability and prosperity are indispensable for the national security of the United States.";
    expect(statementQuoting(text, "Mexico's best argument").speaker).toBe('Jorge Castañeda, a former Mexican foreign minister who is a harsh critic of Mr. Peña Nieto');
    expect(statements(text).filter((s) => s.quote.includes('Peña Nieto'))).toEqual([]);
  });
});

describe('a relative clause inside a speaker mention', () => {
  it('keeps its own statement (Barkley, who said he typically votes democratic, said …)', () => {
    const text = 'Barkley, who said he typically votes democratic, said he was not sure whom he would support in November.';
    expect(statementQuoting(text, 'typically votes democratic').speaker).toBe('who');
  });
});
