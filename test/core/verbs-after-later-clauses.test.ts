// A coordinated verb or a participle after a later clause with its own subject and finite verb ("…, and the New
// Jersey governor tripped up …", "… when Trump spotted …", "… as he accepted …") is that clause's subject's, not the
// sentence's first subject's. A subordinate clause closed by a comma or a dash gives the verbs after it back. Sentences
// from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('verbs after a later clause with its own subject', () => {
  it('a participle after a lead word takes the subject of a clause joined by "and" (Christie unleashed …, and the New Jersey governor tripped up Rubio by calling …)', () => {
    const text = 'Christie unleashed withering attacks against Rubio in Saturday’s debate, and the New Jersey governor tripped up Rubio by calling him out in real-time for his reliance on rehearsed talking points.';
    const s = statementQuoting(text, 'his reliance on rehearsed talking points');
    expect(s.speaker).toBe('the New Jersey governor');
    expect(s.cue).toBe('calling');
  });

  it('a coordinated verb takes the subject of a "when" clause it continues (The Louisville crowd cheered when Trump spotted a sign … and asked …)', () => {
    const text = 'The Louisville crowd cheered when Trump spotted a sign in the crowd and asked it to be fetched for him.';
    expect(statementQuoting(text, 'it to be fetched for him').speaker).toBe('Trump');
  });

  it('a coordinated verb takes the pronoun of a clause after "but" (Sanders has said …, but he hasn\'t endorsed her or conceded …)', () => {
    const text = "Sanders has said he will vote for Clinton, but he hasn't endorsed her or conceded his bid for the Democratic nomination.";
    expect(statementQuoting(text, 'his bid for the Democratic nomination').speaker).toBe('he');
  });

  it('a participle after a comma takes the subject of a clause joined by "and" (prosecutors charged … and Emanuel fired his police chief, …, acknowledging …)', () => {
    const text = 'Over the past two weeks, prosecutors charged the officer with murder and Emanuel fired his police chief, Garry F. McCarthy, acknowledging that significant segments of the city have lost trust in the force.';
    expect(statementQuoting(text, 'lost trust in the force').speaker).toBe('Emanuel');
  });

  it('a participle after a comma takes the subject of an "as"/"when" clause right before it (Donald Trump painted … as he accepted …, delivering …)', () => {
    const text = 'CLEVELAND - Donald Trump painted a dire portrait of a lawless, terrorized nation as he accepted the Republican presidential nomination here Thursday night, delivering a sweeping indictment of a feckless political and corporate class that he argued was thrusting the United States into a perilous decline.';
    expect(statementQuoting(text, 'a sweeping indictment').speaker).toBe('he');
    const tweet = '“Too forced?” He tweeted when Clinton ended a Democratic debate last December with a reference to the blockbuster "Star Wars" sequel hitting the theaters, remarking, “Thank you, and may The Force be with you.”';
    expect(statementQuoting(tweet, 'may The Force be with you').speaker).toBe('Clinton');
  });

  it('gives a coordinated verb back to the main subject after a subordinate clause closed by a comma (He defended … when the billionaire came under attack …, and has also not answered …)', () => {
    const text = "He defended Trump's remarks on immigration when the billionaire came under attack earlier this year, and has also not answered the question of what he would do with the 11 million people in the United States illegally, stating that the border must be secured first.";
    expect(statementQuoting(text, 'the border must be secured first').speaker).toBe('He');
  });
});
