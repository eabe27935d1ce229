// "Netanyahu and other right-wing Israeli leaders shunned …, claiming …": a participle takes the sentence's subject,
// and when that subject is two noun phrases joined by "and" before the clause's verb, the whole list speaks, as
// PolNeAR marks it and as the engine reads the same list before a cue. Before, the left-to-right walk stopped at
// "and" before a lower-case word ("Netanyahu", "Establishment Republicans"). Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a coordinated subject taken by a participle', () => {
  it('keeps "and other right-wing Israeli leaders"', () => {
    const text = 'Netanyahu and other right-wing Israeli leaders shunned Jimmy Carter during his recent trips to Israel, claiming that the former president is "anti-Israel." Carter has suggested that Israel is in danger.';
    const s = statementQuoting(text, 'former president is');
    expect(s.speaker).toBe('Netanyahu and other right-wing Israeli leaders');
    expect(s.cue).toBe('claiming');
  });

  it('keeps "and their big-money allies"', () => {
    const text = "Establishment Republicans and their big-money allies are rushing to build a multistate defense system to protect Senate and House candidates, fearing that the party could lose its hold on Congress if Donald Trump is at the top of the ticket in November.";
    expect(statementQuoting(text, 'could lose its hold').speaker).toBe('Establishment Republicans and their big-money allies');
  });

  it('keeps "and mother" after a possessive name', () => {
    const text = "Mr. Rubio's father and mother married in Cuba when they were young and arrived in Miami in 1956, hoping for better - better jobs, better prospects and better dreams for their children, a common immigrant sentiment.";
    expect(statementQuoting(text, 'better jobs').speaker).toBe("Mr. Rubio's father and mother");
  });

  it('leaves the infinitive frame its named first conjunct (a saved Salon page)', () => {
    const text = 'The company’s war on regulation will also carry a social price. Uber and its supporters don’t seem to understand that regulations exist for a reason.';
    const s = statementQuoting(text, 'regulations exist');
    expect(s.speaker).toBe('Uber');
    expect(s.cue).toBe('understand');
  });

  it('leaves a subject without "and" as it was', () => {
    const text = 'Republican presidential candidate Donald Trump on Saturday tweeted an image of rival Hillary Clinton, prompting critics to call it anti-Semitic.';
    expect(statementQuoting(text, 'anti-Semitic').speaker).not.toContain(' and ');
  });
});
