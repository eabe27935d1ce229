// `“…,” said one longtime adviser to Bill Clinton.`: after an inverted cue, a noun for a person (or "close") with "to"
// and a name or a "the" phrase is one mention, as PolNeAR marks it and as the engine reads the same phrase before a
// cue ("a senior adviser to the president said"). Before, the mention stopped at "to" ("one longtime adviser").
// Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('an inverted speaker with "to" after a noun for a person', () => {
  it('keeps "to Bill Clinton" in "said one longtime adviser to Bill Clinton"', () => {
    const text = '“This is eerily similar to the first debate in 2000,” said one longtime adviser to Bill Clinton. “Al want to deliver a knockout.”';
    expect(statementQuoting(text, 'eerily similar').speaker).toBe('one longtime adviser to Bill Clinton');
  });

  it('keeps "to President George W. Bush" after "the former top aide"', () => {
    const text = '“Certainly Donald Trump has gone in the opposite direction from what we recommended,” said the former top aide to President George W. Bush.';
    expect(statementQuoting(text, 'opposite direction').speaker).toBe('the former top aide to President George W. Bush');
  });

  it('keeps "to the Clintons" after "a person close"', () => {
    const text = '“The drop we are seeing now is directly attributable to the emails, the foundation, all the old trust stuff,” said a person close to the Clintons.';
    expect(statementQuoting(text, 'The drop').speaker).toBe('a person close to the Clintons');
  });

  it('leaves an addressee after "to" out when the noun names no person ("said the letter to …" is not read)', () => {
    const text = '“We will not back down,” said the statement to supporters.';
    expect(statementQuoting(text, 'back down').speaker).not.toBe('the statement to supporters');
  });
});
