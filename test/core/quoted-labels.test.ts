// A verb that is no verb of saying still reports someone's words when its object carries a short quoted label:
// "admires Putin as a “strong leader,”", "branded North Korea an “outlaw nation …”", "exhorted Republicans to “vote
// your conscience”". The subject right before the verb used the label. Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('quoted labels on the object of a verb', () => {
  it('reads "X admires Y as a “…”" as X\'s words, the content ending with the label', () => {
    const s = statementQuoting('Trump openly admires Russian President Vladimir Putin as a “strong leader,” comparing him favorably to President Obama.', 'strong leader');
    expect(s.speaker).toBe('Trump');
    expect(s.cue).toBe('openly admires');
    expect(s.quote.startsWith('Russian President Vladimir Putin as a “strong leader,')).toBe(true);
    expect(s.quote).not.toContain('comparing');
  });

  it('reads "X branded Y an “…”" as X\'s words', () => {
    const s = statementQuoting('Japan branded North Korea an "outlaw nation in the neighborhood." Russia insisted that Pyongyang "stop its dangerous escapades."', 'outlaw nation');
    expect(s.speaker).toBe('Japan');
    expect(s.cue).toBe('branded');
  });

  it('reads "X exhorted Y to “…”" as X\'s words', () => {
    const s = statementQuoting('Cruz exhorted Republicans to "vote your conscience" and said he was standing on truth and principle.', 'vote your conscience');
    expect(s.speaker).toBe('Cruz');
    expect(s.cue).toBe('exhorted');
  });

  it('takes a phrasal verb\'s particle into the cue: "Reid has gone after Trump as a “human leech …”"', () => {
    const text = 'In recent weeks, Reid has gone after Trump as a “human leech who will bleed the country” and a “spoiled brat.”';
    const s = statementQuoting(text, 'human leech');
    expect(s.speaker).toBe('Reid');
    expect(s.cue).toBe('has gone after');
  });

  it('takes no plural noun for the verb before a particle: "They had guns at the ready to “…”"', () => {
    const text = 'They had guns at the ready to "shoot any intruder" that night.';
    expect(statements(text).filter((s) => s.quote.includes('shoot'))).toEqual([]);
  });

  it('takes a plural noun before "as" into the object: "PolitiFact rated 32% of Republican claims as “false” …"', () => {
    const text = 'PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims – a 3 to 1 margin. Conversely, PolitiFact rated 22% of Democratic claims as “entirely true” compared to 11% of Republican claims – a 2 to 1 margin.';
    const s = statementQuoting(text, 'entirely true');
    expect(s.speaker).toBe('PolitiFact');
    expect(s.cue).toBe('rated');
    // Words right after the label go on with the object.
    expect(s.quote).toBe('22% of Democratic claims as “entirely true” compared to 11% of Republican claims – a 2 to 1 margin');
  });

  it('goes on past a label followed by a relative: "characterizes herself as a “change warrior” who “saved the company.”"', () => {
    const text = 'When the subject comes up on the campaign trail, Fiorina routinely characterizes herself as a "change warrior" who "saved the company."';
    const s = statementQuoting(text, 'change warrior');
    expect(s.speaker).toBe('Fiorina');
    expect(s.quote).toContain('saved the company');
  });

  it('takes no label after a preposition: "Cruz is holding a party at the “Red Neck Country Club”"', () => {
    const text = 'Cruz is holding a party at the “Red Neck Country Club” in Houston.';
    expect(statements(text).filter((s) => s.quote.includes('Red Neck'))).toEqual([]);
  });
});
