// A verb of saying whose subject the noun-phrase rules cannot read still has one: the words back to the start of its
// clause (src/core/loose-subjects.ts). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('subjects the noun-phrase rules cannot read', () => {
  it('gives "Vice President Joseph R. Biden Jr. said …" to the Vice President', () => {
    const text = "Vice President Joseph R. Biden Jr. said Donald J. Trump's remarks had already made him a danger to American allies and military personnel.";
    const s = statementQuoting(text, 'had already made him a danger');
    expect(s.speaker).toBe('Vice President Joseph R. Biden Jr.');
    expect(s.cue).toBe('said');
  });

  it('reads a subject past a time phrase the rules do not know ("RNC spokesman Sean Spicer on Thursday evening said …")', () => {
    const text = 'RNC spokesman Sean Spicer on Thursday evening said the Republican Party was not in a crisis.';
    expect(statementQuoting(text, 'the Republican Party was not in a crisis').speaker).toContain('Sean Spicer');
  });

  it('reads a proportion as a subject ("Two in three said …")', () => {
    const text = 'Two in three said they are less likely to vote Republican in November because of Trump’s views on immigration.';
    expect(statementQuoting(text, 'they are less likely').speaker).toBe('Two in three');
  });

  it('reads such a subject for another finite verb of saying after a name ("His son Donald Jr. announced that …")', () => {
    const text = "His son Donald Jr. announced that New York's delegates had delivered the votes he needed.";
    expect(statementQuoting(text, "New York's delegates had delivered").speaker).toBe('His son Donald Jr.');
  });

  it('reads a percentage as a subject ("47% say the United States should commit troops …")', () => {
    const text = 'When it comes to fighting terrorism: 47% say the United States should commit troops on the ground to combat the self-proclaimed Islamic State.';
    expect(statementQuoting(text, 'should commit troops').speaker).toBe('47%');
  });

  it('reads a subject past an adverb set off by commas ("Proponents of the new bill, however, say …")', () => {
    const text = 'Proponents of the new bill, however, say it would keep enough federal safeguards in place by having the education department act as an “umpire.”';
    expect(statementQuoting(text, 'it would keep enough federal safeguards').speaker).toBe('Proponents of the new bill');
  });

  it('finds no subject for a participle ("A $160 billion megamerger announced Monday would turn …")', () => {
    const text = 'A $160 billion megamerger announced Monday would turn U.S. pharmaceutical behemoth Pfizer Inc. into an Irish drug company.';
    expect(statements(text).filter((s) => s.cue === 'announced')).toEqual([]);
  });

  it('reads a name and its appositives back to the sentence start ("Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said …")', () => {
    const text = 'Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling the successes that coalition forces have had against the Islamic State.';
    expect(statementQuoting(text, 'Obama is overselling').speaker).toBe('Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate');
  });

  it('reads appositives with a place and a relative clause ("Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union …, said …")', () => {
    const text = 'Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union and a supporter of Mr. Trump, said he already received time and a half after eight hours of work.';
    expect(statementQuoting(text, 'he already received time').speaker).toBe('Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union and a supporter of Mr. Trump');
  });

  it('reads a subject for "suggests" with a clause after it ("And a large body of work suggests that tests and simulations …")', () => {
    const text = 'And a large body of work suggests that tests and simulations can give particularly useful information about how a person will perform on the job.';
    expect(statementQuoting(text, 'tests and simulations').speaker).toBe('a large body of work');
  });

  it('finds no subject for a change in number ("the U.S. added around 292,000 jobs")', () => {
    const text = 'In that time, the U.S. added around 292,000 jobs in December, China suffered market chaos.';
    expect(statements(text).filter((s) => s.cue === 'added')).toEqual([]);
  });

  it('finds no subject for an infinitive or a modal ("It is too soon to say whether …", "I can\'t say …")', () => {
    expect(statements('It is too soon to say whether her policies will prove successful, but so far, kudos are in order.')).toEqual([]);
    expect(statements("I can't say my own Twitter use has been all that prolific.")).toEqual([]);
  });
});
