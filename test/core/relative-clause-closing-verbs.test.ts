// A cue inside a relative clause set off by commas says nothing past the comma where the main clause's verb resumes
// (frames.ts endOfRelativeClause). Besides an auxiliary or an -ed verb, a negated auxiliary ("doesn't pretend") or an
// -ly adverb before an auxiliary ("ultimately did not show up") resumes it. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('the verb that closes a relative clause set off by commas', () => {
  it('ends the content before a negated auxiliary (", doesn\'t pretend")', () => {
    const text = 'Kasich, who brags he has held more than 100 town halls in New Hampshire, doesn\'t pretend that his campaign will continue if he doesn\'t have a good night Tuesday.';
    const s = statementQuoting(text, '100 town halls');
    expect(s.speaker).toBe('who');
    expect(s.cue).toBe('brags');
    expect(s.quote).toBe('he has held more than 100 town halls in New Hampshire');
  });

  it('ends the content before an adverb and its auxiliary (", ultimately did not show up")', () => {
    const text = 'Sanders, who endorsed Canova in late May and said he would probably campaign with him, ultimately did not show up in person for the race.';
    const s = statementQuoting(text, 'probably campaign');
    expect(s.cue).toBe('said');
    expect(s.quote).toBe('he would probably campaign with him');
  });

  it('ends the content before a negated auxiliary after a long clause (", doesn\'t appear")', () => {
    const text = 'Still, Sanders, who sees himself as the father of a new political movement that\'s already pushed Clinton leftward on issues including trade agreements and the Keystone pipeline, doesn\'t appear ready to ease off.';
    const s = statementQuoting(text, 'father of a new political movement');
    expect(s.speaker).toBe('who');
    expect(s.quote).toBe('himself as the father of a new political movement that\'s already pushed Clinton leftward on issues including trade agreements and the Keystone pipeline');
  });

  it('keeps a comma inside the clause that no verb follows (", and Mr. Cruz in particular, must do more")', () => {
    const text = "''If you don't have a positive, constructive tone, you will have a hard time getting support from Latinos,'' said Alfonso Aguilar, the executive director of the Latino Partnership for Conservative Principles, who also said that the two men, and Mr. Cruz in particular, must do more to address Latino sensitivities.";
    const s = statementQuoting(text, 'the two men');
    expect(s.speaker).toBe('who');
    expect(s.quote).toContain('must do more to address Latino sensitivities');
  });
});
