// Words of saying in senses that say nothing ("boast" with a noun phrase for object means "has"; "the best known
// authorities" describes them; "found himself", "found a way", "showed up"), and phrasal verbs of saying ("speak out about"),
// whose verb is part of the cue. Sentences from PolNeAR train and dev and a saved page.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('senses of cue words that are not speech', () => {
  it('finds no statement in "boasts a reputation as …" (saved page)', () => {
    const text = 'The private equity firm Alden Capital, which owns the Orange County Register, Denver Post, San Jose Mercury News and more than 90 other publications and boasts a reputation as a pitiless parer of payroll, has attracted much of the publicly expressed ire.';
    expect(statements(text)).toEqual([]);
  });

  it('finds no statement of hers in "She boasts a roughly 45-point lead nationally"', () => {
    const text = 'She boasts a roughly 45-point lead nationally, which her campaign refers to as a firewall.';
    expect(statements(text).filter((s) => s.cue?.includes('boasts'))).toEqual([]);
  });

  it('keeps "boasted that …" and "boasted about …" as statements', () => {
    const text = 'Trump boasted that he had won the debate. He also boasted about a plan to spend “a million dollars a day.”';
    expect(statementQuoting(text, 'won the debate').speaker).toBe('Trump');
    expect(statementQuoting(text, 'a plan to spend').cue).toContain('boasted');
  });
});

describe('"find" in the senses of finding oneself or a way', () => {
  it('finds no statement in "found a way through the Clean Air Act" (dev)', () => {
    const text = 'They found a way through the Clean Air Act of 1970, which gives the Environmental Protection Agency the authority to issue regulations on dangerous pollutants.';
    expect(statements(text).filter((s) => s.cue?.includes('found'))).toEqual([]);
  });

  it('finds no statement in "have found ways to make the tax code work for them" (dev)', () => {
    const text = 'Companies and individuals complain bitterly that taxes are too high and the rules too complicated, but many corporations and the wealthiest members of our society have found ways to make the tax code work for them.';
    expect(statements(text).filter((s) => s.cue?.includes('found'))).toEqual([]);
  });

  it('finds no statement in "Obama found himself in the awkward position of …" (train)', () => {
    const text = 'Just three hours later, Obama found himself in the awkward position of addressing Friday’s attack in Munich.';
    expect(statements(text)).toEqual([]);
  });

  it('finds no statement in "found a/an <thing>" (saved pages, train)', () => {
    for (const text of [
      'Rothman found a wedding announcement from 1963.',
      'After a lengthy search, he found an odd deck of cards in a shop in Switzerland.',
      'But in New Hampshire, even more so than in Iowa, Sanders found a receptive audience for his populist, anti-establishment message.',
    ]) expect(statements(text).filter((s) => s.cue?.includes('found'))).toEqual([]);
  });

  it('keeps a poll\'s "finds an …" and "found an astonishing 73 percent …" as statements (train, dev)', () => {
    const poll = 'A USA TODAY/Rock the Vote Millennial Poll finds an emerging generation that is more pragmatic than ideological.';
    expect(statementQuoting(poll, 'emerging generation').cue).toContain('finds');
    const count = 'The authors combed through the filings of the Fortune 500 for 2015 and found an astonishing 73 percent ‘‘maintained subsidiaries in offshore tax havens.’’';
    expect(statementQuoting(count, '73 percent').cue).toContain('found');
  });

  it('keeps "found that …" as a statement', () => {
    const text = 'A Times/CBS News poll in December found that roughly three times as many voters were worried.';
    expect(statementQuoting(text, 'three times').cue).toContain('found');
  });
});

describe('"show up" as arriving', () => {
  it('finds no statement in "The real Trump showed up at debate" (dev headline)', () => {
    expect(statements('The real Trump showed up at debate. GOP must live with it.')).toEqual([]);
  });

  it('finds no statement in "… validators showed up in the flesh" (train)', () => {
    const text = 'On Sunday afternoon, the woman who is one of Clinton’s best personality validators showed up in the flesh after arriving by car from Chicago to help her oldest friend.';
    expect(statements(text)).toEqual([]);
  });

  it('keeps "shows" with a clause as a statement', () => {
    const text = 'A new poll shows that Republicans are divided.';
    expect(statementQuoting(text, 'Republicans are divided').cue).toBe('shows');
  });
});

describe('phrasal verbs of saying', () => {
  it('takes the verb before "out about" into the cue, not for the speaker ("to speak out about this", saved page)', () => {
    const text = 'I was told that it was my duty to FSF to speak out about this within the organization.';
    expect(statements(text).filter((s) => s.speaker === 'speak')).toEqual([]);
    const train = "Trump's idea for banning Muslims, but neither man has spoken out about Mr. Trump's remarks.";
    expect(statementQuoting(train, "Mr. Trump's remarks").cue).toBe('has spoken out about');
  });

  it('reads "known" before a noun as a description ("one of the best known authorities on such topics", saved page)', () => {
    const text = 'His work was well received in mystic and academic circles, and he was soon one of the best known authorities on such topics.';
    expect(statements(text)).toEqual([]);
  });

  it('reads knowing someone and being known to be something as no statement (PolNeAR train)', () => {
    const acquaintance = '"Anybody who attacks him, it\'s like buyer beware," said Louise Sunshine, who has known Trump since the 1970s and worked closely with him as he set about reshaping Manhattan\'s skyline.';
    expect(statements(acquaintance).filter((s) => s.cue === 'has known')).toEqual([]);
    expect(statementQuoting(acquaintance, 'buyer beware').speaker).toContain('Louise Sunshine');
    const reputation = 'A developer known to be bullish on golf is the ubiquitous Donald J. Trump, who in 2012 added to his portfolio of 14 courses by purchasing two more in Florida.';
    expect(statements(reputation).filter((s) => s.cue === 'known')).toEqual([]);
  });

  it('reads "talking points" as a noun, not a verb of speaking (PolNeAR train)', () => {
    const text = "The New Jersey governor was the most forceful figure on stage at Saturday's final debate, mocking  Rubio as a neophyte who memorized talking points and lacked the executive experience a president needs.";
    expect(statements(text).filter((s) => s.cue === 'talking')).toEqual([]);
    expect(statementQuoting(text, 'memorized talking points').cue).toBe('mocking');
  });

  it('reads "think tank" as a noun, not a verb of thinking (PolNeAR train, huff-post_2016-08-12_why-progressives-are-celebrating)', () => {
    const text = 'Felicia Wong, president of the Roosevelt Institute, a progressive think tank, and Stan Greenberg, co-founder of the Democratic polling firm Democracy Corps, applauded Clinton’s remarks.';
    expect(statements(text).filter((s) => s.cue === 'think')).toEqual([]);
  });

  it('makes no statement of "issued a formal statement Sunday afternoon", which names the document only (PolNeAR train)', () => {
    const text = 'While Trump issued a formal statement Sunday afternoon, he made most of his points about the attack via Twitter.';
    expect(statements(text).filter((s) => s.cue === 'issued')).toEqual([]);
  });

  it('keeps "issued a statement expressing optimism about …", which says what the statement says (PolNeAR train)', () => {
    const text = 'And soon after it was over, both men issued a statement expressing optimism about working together.';
    expect(statementQuoting(text, 'a statement expressing optimism').speaker).toBe('both men');
  });
});

describe('idioms and unseen forms of saying', () => {
  it('reads "…, as a Homeland Security memo put it." as the memo\'s (PolNeAR dev)', () => {
    const text = 'A number of other members of Congress echo her concerns, in large part because while most visa applicants must meet education or work requirements, the primary requirement for the EB-5 program is a "lawful source of investment income," as a Homeland Security memo put it.';
    expect(statements(text).some((s) => s.cue === 'put it' && s.speaker === 'a Homeland Security memo')).toBe(true);
  });

  it('takes a form training never saw of a verb whose other forms are cues ("Election scholars caution that …", PolNeAR train)', () => {
    const text = "Election scholars caution that high turnout during the primaries doesn't necessarily translate to an advantage in November.";
    expect(statementQuoting(text, 'high turnout').speaker).toBe('Election scholars');
  });
});

describe('"called for" is not naming', () => {
  it('keeps "The minister called for “calm and restraint”" a statement (a constructed sentence: the naming rule is for a bare "called")', () => {
    const text = 'The minister called for “calm and restraint” and urged protesters to go home.';
    expect(statementQuoting(text, 'calm and restraint').cue).toBe('called for');
  });
});
