// Volition verbs with an infinitive ("Clinton wants to sign up …", "The Tax Policy Center plans to release …") are
// statements of intent in PolNeAR, but only after a speaking subject: alone "wants"/"plans" are rarely cues.
// Sentences from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('volition verbs with an infinitive', () => {
  it('reads "She wants to triple …" as her statement with the infinitive as content', () => {
    const text = 'She wants to triple the size of the AmeriCorps program, grow the Peace Corps and create a new national service reserve program.';
    const s = statementQuoting(text, 'to triple the size');
    expect(s.speaker).toBe('She');
    expect(s.cue).toBe('wants');
  });

  it('reads a subject after an opening phrase\'s comma ("More recently, Trump pledged to make Apple …", PolNeAR train)', () => {
    const text = 'More recently, Trump pledged to make Apple “build their damn computers and things in this country.”';
    const s = statementQuoting(text, 'to make Apple');
    expect(s.speaker).toBe('Trump');
    expect(s.cue).toBe('pledged');
  });

  it('leaves a volition verb after a comma inside another statement to it ("… Carly Fiorina says despite being a Stanford alumna, she plans to root for Iowa", PolNeAR train)', () => {
    const text = 'One Republican presidential hopeful, Carly Fiorina, says despite being a Stanford alumna, she plans to root for Iowa.';
    expect(statements(text).map((s) => s.cue)).toEqual(['says']);
  });

  it('reads a relative "who" after a comma as the subject ("Donald J. Trump, who wants to simplify the tax code …", PolNeAR train)', () => {
    const text = 'On the other, there is Donald J. Trump, who wants to simplify the tax code and lower tax rates.';
    const s = statementQuoting(text, 'to simplify the tax code');
    expect(s.speaker).toBe('who');
    expect(s.cue).toBe('wants');
  });

  it('reads "Trump wants to junk …" after a name', () => {
    const text = 'That’s because Trump wants to junk personal exemptions as well as the head-of-household filing status, which subsidizes single parents.';
    const s = statementQuoting(text, 'to junk personal exemptions');
    expect(s.speaker).toBe('Trump');
  });

  it('reads a pledge with its infinitive (Clinton pledged to push for a constitutional amendment …)', () => {
    const text = "Clinton pledged to push for a constitutional amendment to overturn the Supreme Court's Citizens United decision that helped pave the way for super PACs.";
    const s = statementQuoting(text, 'to push for a constitutional amendment');
    expect(s.speaker).toBe('Clinton');
    expect(s.cue).toBe('pledged');
  });

  it('finds no statement in "wants to" without a speaking subject before it', () => {
    const text = 'Anyone who wants to understand the tax plan should read the fine print.';
    expect(statements(text).filter((s) => s.cue === 'wants')).toEqual([]);
  });

  it('reads the subject before a negated auxiliary ("The Trayvon Martin Foundation did not want to address …", PolNeAR train)', () => {
    const text = 'The Trayvon Martin Foundation did not want to address “that person,” telling Fox 35 that the organization is focused on “ending senseless gun violence.”';
    expect(statementQuoting(text, 'to address').speaker).toBe('The Trayvon Martin Foundation');
  });

  it('reads "The Fed does not want to stall growth …" as the Fed\'s (PolNeAR train)', () => {
    const text = "The Fed does not want to stall growth, only to prevent the economy's overheating.";
    expect(statementQuoting(text, 'to stall growth').speaker).toBe('The Fed');
  });

  it('gives a volition verb after "but" the speaker of the sentence\'s frame before it ("Demonstrators said …, but pledged to remain civil", PolNeAR dev)', () => {
    const text = 'Demonstrators said they want “justice for Terrence,” but pledged to remain civil.';
    const s = statementQuoting(text, 'to remain civil');
    expect(s.speaker).toBe('Demonstrators');
    expect(s.cue).toBe('pledged');
  });
});

describe('"would like to"', () => {
  it('reads "He would like to see …" as his statement of intent (PolNeAR train)', () => {
    const text = 'He would like to see the Democratic platform represent some of the progressive ideas Sanders championed.';
    const s = statementQuoting(text, 'to see the Democratic platform');
    expect(s.speaker).toBe('He');
  });

  it('finds no statement in "It looks like …" (a volition cue needs "to" after "like")', () => {
    expect(statements('It looks like the Senate will vote on Tuesday.')).toEqual([]);
  });
});
