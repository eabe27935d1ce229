// "Murphy — after a knock-on-wood-gesture — told me …": an aside between dashes after a subject that opens with a
// relative pronoun, an adjunct's preposition or a subordinator is no part of PolNeAR's mention (train 10 of 13), while
// an appositive between dashes is ("Jason Sims — a teacher from Mount Pleasant — says"). Sentences from PolNeAR dev
// and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('an aside between dashes after a subject', () => {
  it('leaves out an adjunct ("Murphy — after a knock-on-wood-gesture — told me", train)', () => {
    const text = 'Murphy — after a knock-on-wood-gesture — told me he’s had a relatively tragedy-free life and was utterly unprepared for the emotional toll of his encounters with the Sandy Hook families.';
    expect(statementQuoting(text, 'tragedy-free life').speaker).toBe('Murphy');
  });

  it('leaves out a relative clause ("The film ― which weaves together … ― explains", dev)', () => {
    const text = 'The film ― which\u00a0weaves together the voices of expert historians and activists like Angela Davis and The New Jim Crow author Michelle Alexander, among others ― explains America’s historical treatment of black people.';
    expect(statementQuoting(text, 'historical treatment').speaker).toBe('The film');
  });

  it('keeps an appositive ("Jason Sims — a teacher from Mount Pleasant — says", train)', () => {
    const text = 'Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision to vote for Marco Rubio.';
    expect(statementQuoting(text, 'last-minute decision').speaker).toBe('Jason Sims — a teacher from Mount Pleasant');
  });

  it('keeps an aside with a verb of its own in the mention, so the main verb keeps its statement (train)', () => {
    const text = 'Sanders - who digested his new circumstances and discussed a path ahead with advisers and family Wednesday aboard a cross-country flight home to Vermont - has vowed to fight on.';
    expect(statementQuoting(text, 'fight on').cue).toBe('has vowed');
  });
});
