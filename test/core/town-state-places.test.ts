// A state after a town's comma ("in Ames, Iowa,", "in Aspen, Colo.,") ends a place: it is not the subject after an
// opening phrase, nor an appositive's name before the verb. Sentences from PolNeAR train (dev holds none the engine
// read wrongly).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a town and its state', () => {
  it('reads the opening phrase on past the state (At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …)', () => {
    const text = "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her earlier statement, saying that the United States should play a leadership role and ''be rallying our partners and allies.''";
    expect(statementQuoting(text, 'leadership role').speaker).toBe('Mrs. Clinton');
  });

  it('takes an abbreviated state too (At a conference that month in Aspen, Colo., the … graduate ended her speech by quoting …)', () => {
    const text = 'At a conference that month in Aspen, Colo., the Stanford medieval-history graduate ended her speech by quoting Leonardo da Vinci in Italian: "Ogni impedimento è distrutto dal rigore."';
    expect(statementQuoting(text, 'Leonardo da Vinci').speaker).toBe('the Stanford medieval-history graduate');
  });

  it('finds the mention before the relative clause that holds the place (Sandy Phillips, who lost … in Aurora, Colorado, in July 2012, said)', () => {
    const text = 'Sandy Phillips, who lost her daughter Jessica Ghawi during the mass shooting in Aurora, Colorado, in July 2012, said that Sanders had treated her family disrespectfully during a phone call.';
    expect(statementQuoting(text, 'disrespectfully').speaker).toMatch(/^Sandy Phillips/);
  });

  it('keeps a mention that ends at the state when no comma stands before the town (… in Chappaqua, N.Y., speaking …, said)', () => {
    const text = "Federal officials familiar with the server taken from Mrs. Clinton's house in Chappaqua, N.Y., speaking on the condition of anonymity because they were not authorized to discuss the investigation, said that it did appear to have some moderately sophisticated security features.";
    expect(statementQuoting(text, 'security features').speaker).toBe("Federal officials familiar with the server taken from Mrs. Clinton's house in Chappaqua, N.Y.");
  });
});
