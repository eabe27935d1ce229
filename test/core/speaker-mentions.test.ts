// Speaker mentions as PolNeAR marks them: a time phrase between subject and cue stays out
// ("David Axelrod on Wednesday called on …"), coordinated names speak together
// ("Former Maryland Gov. Martin O’Malley (D) and former Arkansas Gov. Mike Huckabee (R) announced …").
import { describe, expect, it } from 'vitest';
import { frameWithCue, statementQuoting } from './engine-helpers';

describe('speaker mentions', () => {
  it('reads an appositive holding an ampersand ("Oliver K. Hedge, who appraises … for the real estate brokerage firm Cushman & Wakefield, said …", PolNeAR train)', () => {
    const text = "Oliver K. Hedge, who appraises golf course properties for the real estate brokerage firm Cushman & Wakefield, said the golf industry had ''made great strides'' in shaking off underperforming courses in the last few years.";
    expect(statementQuoting(text, 'the golf industry had').speaker).toBe('Oliver K. Hedge, who appraises golf course properties for the real estate brokerage firm Cushman & Wakefield');
  });

  it('keeps the name before an age set off by commas (Schiff, 56, who has served …, told)', () => {
    const text = "Schiff, 56, who has served on the Intelligence Committee for a decade, told USA TODAY's weekly video newsmaker series it is clear from publicly disclosed information that computer hacking of the Democratic National Committee can be traced to the Russian government or hackers sanctioned by it.";
    expect(statementQuoting(text, 'computer hacking').speaker).toBe('Schiff, 56, who has served on the Intelligence Committee for a decade');
  });

  it('keeps the coordinated names with their party tags as one speaker', () => {
    const text = 'Former Maryland Gov. Martin O’Malley (D) and former Arkansas Gov. Mike Huckabee (R) announced they will suspend their campaigns.';
    const s = statementQuoting(text, 'suspend their campaigns');
    expect(s.speaker).toBe('Former Maryland Gov. Martin O’Malley (D) and former Arkansas Gov. Mike Huckabee (R)');
  });

  it('leaves a time phrase between subject and cue out of the speaker ("David Axelrod on Wednesday called on …")', () => {
    const text = 'David Axelrod on Wednesday called on Howard Dean to apologize to Donald Trump for accusing him of being a cocaine user.';
    expect(statementQuoting(text, 'to apologize').speaker).toBe('David Axelrod');
  });

  it('takes a quantifier alone as the subject when a clause starts before it ("…; most said …", "…, another says …")', () => {
    const text = 'While one company says there are more than 2,400 billionaires in the world, another says there are about 1,800.';
    expect(statementQuoting(text, 'about 1,800').speaker).toBe('another');
    expect(statementQuoting(text, '2,400 billionaires').speaker).toBe('one company');
  });

  it('leaves "in 2010" between subject and cue out of the speaker ("who in 2010 said")', () => {
    const text = 'Obama has had a frosty relationship with McConnell, now the Senate majority leader, who in 2010 said the GOP\'s most important goal was to make Obama a "one-term president."';
    expect(statementQuoting(text, 'most important goal').speaker).toBe('who');
  });

  it('finds a participle\'s subject after an opening phrase ("Chastened by the analyses, …, Trump revised his plan, promising …")', () => {
    const text = 'Chastened by the analyses, as well as complaints over the plan’s costs, Trump revised his plan, promising to focus more of its benefits on average Americans.';
    expect(frameWithCue(text, 'promising').speaker).toBe('Trump');
  });

  it('keeps a possessor to its name, not the clause before it ("Politifact seized on Trump’s claim that …")', () => {
    const text = 'Politifact seized on Trump’s claim that there have been “thousands of shootings” in Chicago this year, and found it true.';
    expect(frameWithCue(text, 'claim').speaker).toBe('Trump’s');
    const opening = 'Following Monday’s presidential debate Politifact did a fact-check on Donald Trump’s claim that there have been “thousands of shootings” in Chicago this year.';
    expect(frameWithCue(opening, 'claim').speaker).toBe('Donald Trump’s');
  });

  it('leaves an adjunct after an inverted speaker out of it ("said O\'Neill, on what was his first full day")', () => {
    const text = "“The exact cause of the explosion has not been determined,” said O'Neill, on what was his first full day on the job following the departure of Bill Bratton as commissioner.";
    expect(statementQuoting(text, 'exact cause').speaker).toBe("O'Neill");
  });

  it('finds the subject before a time phrase, never the time itself ("Wells Fargo just this month announced", "said Tuesday")', () => {
    const text = 'Wells Fargo just this month announced it would get rid of these incentives, beginning in January 2017.';
    expect(statementQuoting(text, 'get rid of these incentives').speaker).toBe('Wells Fargo');
    const police = 'Police had last month charged Corey Lewandowski after determining that a video recording showed him grabbing reporter Michelle Fields by the arm.';
    expect(frameWithCue(police, 'charged').speaker).toBe('Police');
    const tail = '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.';
    // The party tag's closing period is edge punctuation either way (the scorer trims it).
    expect(statementQuoting(tail, 'Our assumption').speaker).toMatch(/^Senate Majority Leader Mitch McConnell, R-Ky\.?$/);
  });

  it('keeps two names joined by a slash in one speaker ("The Reuters/Ipsos poll found")', () => {
    const text = 'The Reuters/Ipsos poll found that Clinton leads by four points among likely voters.';
    expect(statementQuoting(text, 'Clinton leads').speaker).toBe('The Reuters/Ipsos poll');
  });

  it('reads "Today" after a name as part of it, not as a day ("A reporter for USA Today spotted …")', () => {
    const text = 'A reporter for USA Today spotted Stein and her press secretary and said they were being escorted out.';
    expect(statementQuoting(text, 'being escorted out').speaker).toBe('A reporter for USA Today');
  });

  it('takes a determiner and the words after it as an inverted speaker, never the determiner alone ("…," said the ruling.)', () => {
    const text = '"A state cannot avoid the conclusion that its process results in removal \'solely by reason of a failure to vote\' ... by providing that the confirmation notice procedure is triggered by a registrant\'s failure either to vote or to climb Mt. Everest or to hit a hole-in-one," said the ruling.';
    expect(statementQuoting(text, 'A state cannot avoid').speaker).toBe('the ruling');
  });

  it('opens the speaker with a lower-case word that is no verb (\'"…," panel Chairman Rep. Jason Chaffetz (R-Utah) said\')', () => {
    const text = '"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said after Pagliano failed to show up at the second committee hearing.';
    const s = statementQuoting(text, 'Subpoenas are not optional');
    expect(s.speaker).toBe('panel Chairman Rep. Jason Chaffetz (R-Utah)');
    expect(s.cue).toBe('said');
  });

  it('takes a plural noun for people, new to training, as the subject of a verb of saying ("forecasters say …")', () => {
    const text = "If it doesn't slow down, forecasters say health spending will cripple the U.S. economy within decades.";
    expect(statementQuoting(text, 'health spending').speaker).toBe('forecasters');
    const confidants = "Mrs. Clinton's confidants say it is only fitting that she now faces an opponent so eager to go negative with her.";
    expect(statementQuoting(confidants, 'only fitting').speaker).toBe("Mrs. Clinton's confidants");
  });
});

describe('unnamed sources "close to" someone', () => {
  it('keeps the head before "close to" in the mention ("…, a source close to him said.", PolNeAR train)', () => {
    const text = 'Still, Cruz will be re-evaluating how he approaches his colleagues, a source close to him said.';
    expect(statementQuoting(text, 'how he approaches his colleagues').speaker).toBe('a source close to him');
  });

  it('keeps a demonstrative before a lone noun ("This group recognizes that …", PolNeAR train)', () => {
    const text = 'They acknowledge that his victories were partial and his legislation flawed. This group recognizes that there are still millions of people struggling to find good jobs or pay their medical bills.';
    expect(statementQuoting(text, 'millions of people').speaker).toBe('This group');
  });

  it('keeps a capitalized "That" before a lone noun ("That report found children …", saved MSN page)', () => {
    const text = 'That report found children in some CBP facilities didn’t have access to showers, didn’t always have opportunities to change clothes and that they had limited space for medical isolation.';
    expect(statementQuoting(text, 'access to showers').speaker).toBe('That report');
  });
});
