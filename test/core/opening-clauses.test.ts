// A cue inside a clause that opens the sentence ("While …, Mr. Obama is …"): the content ends where the main clause
// starts. Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('contents inside an opening subordinate clause', () => {
  it('end before the main clause\'s subject and auxiliary ("While his advisers have suggested …, Mr. Obama is also determined …")', () => {
    const text = 'While his advisers have suggested his most powerful role in the Clinton campaign is as a convert who has come to respect his onetime rival, Mr. Obama is also determined to warn his supporters about the dangers of failing to turn out and essentially ceding the presidency to Mr. Trump.';
    expect(statementQuoting(text, 'most powerful role').quote).toBe('his most powerful role in the Clinton campaign is as a convert who has come to respect his onetime rival');
  });

  it('keep a relative clause set off by commas ("After campaign aides insisted in June that …, whose support appeared steady …, the campaign has appeared …")', () => {
    const text = 'After campaign aides insisted in June that Mr. Obama would not be pigeonholed to reach African-American voters, whose support appeared steady for Mrs. Clinton, the campaign has appeared to acknowledge his help is needed.';
    expect(statementQuoting(text, 'pigeonholed').quote).toBe('that Mr. Obama would not be pigeonholed to reach African-American voters, whose support appeared steady for Mrs. Clinton');
  });

  it('end at the first plain comma after a subordinator even with no auxiliary in the main clause (train)', () => {
    const text = 'While the president has repeatedly said he opposes sending Americans to fight in far-flung countries, his administration carves out exceptions for Special Operations.';
    const s = statementQuoting(text, 'he opposes');
    expect(s.speaker).toBe('the president');
    expect(s.cue).toContain('said');
    expect(s.quote).toBe('he opposes sending Americans to fight in far-flung countries');
    const even = "Even as Mr. Obama has repeatedly said that he opposes American ''boots on the ground'' in far-flung parts of the world, his administration continues to carve out exceptions for Special Operations forces.";
    expect(statementQuoting(even, 'he opposes').quote).toBe("that he opposes American ''boots on the ground'' in far-flung parts of the world");
    const when = 'When Nega encouraged his students to press for academic freedoms, the police assaulted them and other demonstrators; later, as unrest spread through the city, they shot 41 people dead.';
    expect(statementQuoting(when, 'academic freedoms').quote).toBe('his students to press for academic freedoms');
  });

  it('run on past a number\'s comma and a comma set off from the cue ("As Earnest explained, …, depriving …")', () => {
    const text = 'While one company says there are more than 2,400 billionaires in the world, another puts the count closer to 1,800.';
    expect(statementQuoting(text, 'billionaires').quote).toBe('there are more than 2,400 billionaires in the world');
    const as = 'As White House press secretary Josh Earnest explained, three taxes were postponed in the budget deal, depriving the government of $35 billion.';
    expect(statementQuoting(as, 'three taxes').quote).toBe('three taxes were postponed in the budget deal, depriving the government of $35 billion');
  });
});
