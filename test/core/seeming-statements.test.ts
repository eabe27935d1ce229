// How things seem, with no one named to say so: "X appears to …", "X is expected to …", "It appears that …" are
// statements with no source, the whole clause their content (PolNeAR's annotation). A verb of mind after "to"
// ("seemed to recognize") or another sense of the verb ("appeared on MSNBC") makes none. Sentences from PolNeAR.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('statements of seeming', () => {
  it('reads "X is expected to …" as a statement with no speaker, its subject inside the content', () => {
    const s = statementQuoting('Trump is expected to deliver a victory speech later tonight.', 'victory speech');
    expect(s.speaker).toBeNull();
    expect(s.cue).toBe('is expected');
    expect(s.quote).toBe('Trump is expected to deliver a victory speech later tonight');
  });

  it('ends the clause of "appears to have plummeted" before ", when …"', () => {
    const text = 'Enthusiasm for Clinton appears to have plummeted from the levels she enjoyed in 2008, when she won the primary.';
    const s = statementQuoting(text, 'plummeted');
    expect(s.speaker).toBeNull();
    expect(s.quote).toBe('Enthusiasm for Clinton appears to have plummeted from the levels she enjoyed in 2008');
  });

  it('keeps a relative clause inside the subject ("Hizbollah, which has lost …, seems unlikely to …")', () => {
    const text = 'Hizbollah, which has lost over 6,000 dead and wounded in Syria, seems unlikely to want to take on Israel again.';
    const s = statementQuoting(text, 'seems unlikely');
    expect(s.speaker).toBeNull();
    expect(s.quote.startsWith('Hizbollah, which has lost')).toBe(true);
  });

  it('takes what follows the verb when "it" is its subject ("It appears, though, that …")', () => {
    const s = statementQuoting('It appears, though, that the NFL championship game wasn’t boring to everyone.', 'NFL championship');
    expect(s.speaker).toBeNull();
    expect(s.quote).toBe('that the NFL championship game wasn’t boring to everyone');
  });

  it('takes the clause after "it seems" with no "that" (PolNeAR train)', () => {
    const dems = statementQuoting('Although this isn\'t an exact science, it seems the Democrats have way too many superdelegates and the Republicans have too few.', 'superdelegates');
    expect(dems.speaker).toBeNull();
    expect(dems.cue).toBe('seems');
    expect(dems.quote).toBe('the Democrats have way too many superdelegates and the Republicans have too few');
    const text = 'It seems Trump’s campaign to “Make America Great Again” will go on without the support of many of America’s greatest corporations.';
    expect(statementQuoting(text, 'greatest corporations').quote).toBe('Trump’s campaign to “Make America Great Again” will go on without the support of many of America’s greatest corporations');
  });

  it('makes none of an aside ", it seems," before a name (PolNeAR train)', () => {
    const text = "It has taken decades since the horrors of World War II, but Berlin's modern-day allies and, it seems, German leaders themselves are growing more comfortable with the notion that Germany's role as the European Union's de facto leader requires a military dimension.";
    expect(statements(text).filter((s) => s.cue === 'seems')).toEqual([]);
  });

  it('makes no statement of seeming when a verb of mind follows ("Obama himself seemed to recognize …")', () => {
    const text = 'Obama himself seemed to recognize the significance of the Iowa victory.';
    expect(statements(text).filter((s) => s.speaker === null)).toEqual([]);
  });

  it('makes none of "appeared" in its sense of showing up ("then appeared on MSNBC on Tuesday")', () => {
    const text = 'Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would “never” diagnose someone through television.';
    expect(statements(text).filter((s) => s.cue === 'appeared' || s.cue === 'then appeared')).toEqual([]);
  });

  it('leaves a verb coordinated with an earlier statement to it ("… agreed with McLenny and seemed to think …")', () => {
    const text = 'Anderson largely agreed with McLenny and seemed to think the outreach to black voters was overdue.';
    expect(statements(text).filter((s) => s.cue?.includes('seemed'))).toEqual([]);
    expect(statementQuoting(text, 'McLenny').speaker).toBe('Anderson');
  });
});

// Session 10 (sentence from PolNeAR dev).
describe('a free relative "what appeared to be"', () => {
  it('makes no statement of seeming (followed up with what appeared to be Obama’s clear reference …)', () => {
    const text = 'CNN’s Jake Tapper then followed up with what appeared to be Obama’s clear reference to Republican presidential nominee Donald Trump, but Obama said he was not speaking only about Trump.';
    expect(statements(text).filter((s) => s.cue?.startsWith('appeared'))).toEqual([]);
  });
});

// Session 11 (sentences from PolNeAR dev and train): train gold runs on past 24 of 26 "and"s where the clause had stopped.
describe('a statement of seeming runs on through "and"', () => {
  it('keeps a second noun phrase after "and" (he seems to have a different set of rules for his wife and young models …)', () => {
    const s = statementQuoting('Yes, he seems to have a different set of rules for his wife and young models opposed to Mexicans.', 'rules for his wife');
    expect(s.quote).toBe('he seems to have a different set of rules for his wife and young models opposed to Mexicans');
  });

  it('stops at "and," before a new clause (… on the first ballot and, if he follows tradition, Trump will …)', () => {
    const text = 'The real estate magnate was expected to cruise past the 1,237 delegates needed to seal the deal on the first ballot and, if he follows tradition, Trump will officially accept the nomination Thursday during his acceptance speech.';
    expect(statementQuoting(text, 'cruise past').quote).toBe('The real estate magnate was expected to cruise past the 1,237 delegates needed to seal the deal on the first ballot');
  });
});
