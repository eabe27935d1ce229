// Direct quotes in every form the issue lists, with sentences from the Kursk seed and PolNeAR.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('direct quotes', () => {
  it('finds a curly quote glued to its cue with no space (said,“The …) and gives Putin as speaker', () => {
    const text = 'Congratulating the Russian military for taking Kursk back, Vladimir Putin said,“The complete defeat of our enemy along Kursk\'s border region creates the right conditions for further successes.”';
    const s = statementQuoting(text, 'The complete defeat of our enemy');
    expect(s.kind).toBe('direct');
    expect(s.speaker).toBe('Vladimir Putin');
    expect(s.cue).toBe('said');
    expect(s.quote.startsWith('The complete')).toBe(true);
  });

  it('finds a quote before its cue: “…,” Ukraine said.', () => {
    const text = '“The defensive operation of the Ukrainian Defense Forces in certain areas in the Kursk region continues. The operational situation is difficult,” Ukraine said.';
    const s = statementQuoting(text, 'The operational situation is difficult');
    expect(s.kind).toBe('direct');
    expect(s.speaker).toBe('Ukraine');
  });

  it('takes a determiner and a noun new to the lexicon as the speaker of a tail (“…,” the investor said), not the noun as its verb', () => {
    const text = '“If you’re in the Senate and another senator says you could get shot and nobody in the Senate would come to your aid,” the investor said, “that’s even worse.”';
    const s = statementQuoting(text, 'If you’re in the Senate');
    expect(s.speaker).toBe('the investor');
    expect(s.cue).toBe('said');
  });

  it('closes a curly quotation on a straight mark when no curly closing mark follows (PolNeAR dev: “…," Chaffetz said)', () => {
    const text = '“Immunity deals should not be a requirement for cooperating with the FBI," Oversight Chairman Jason Chaffetz (R-Utah) said in a statement.';
    const s = statementQuoting(text, 'Immunity deals should not be a requirement');
    expect(s.kind).toBe('direct');
    expect(s.speaker).toContain('Jason Chaffetz');
    expect(s.quote).toBe('Immunity deals should not be a requirement for cooperating with the FBI,');
  });

  it('finds straight double quotes the same way as curly ones', () => {
    const text = '"We are clearly called in the Bible to adhere to our civil authorities," Rubio said in a video posted by CBN.';
    const s = statementQuoting(text, 'We are clearly called in the Bible');
    expect(s.kind).toBe('direct');
    expect(s.speaker).toBe('Rubio');
  });

  it('joins both halves around a cue in the middle: “A,” he said, “B.”', () => {
    const text = '“I’m not as well worded,” he said, “because Mike Baxter can say this stuff quickly and funny.”';
    const s = statementQuoting(text, 'I’m not as well worded');
    expect(s.quote).toContain('because Mike Baxter');
    expect(s.kind).toBe('direct');
    expect(s.speaker).toBe('he');
    expect(statements(text)).toHaveLength(1);
  });

  it('keeps a quoted sentence that follows in the paragraph with the quote before the cue', () => {
    const text = '“This just isn’t right,” Warren said. “You squeezed employees to the breaking point.”';
    const s = statementQuoting(text, 'This just isn’t right');
    expect(s.quote).toContain('You squeezed employees');
    expect(s.speaker).toBe('Warren');
  });

  it('finds inverted order with an appositive speaker: “…,” said Kristan Hawkins, president of …', () => {
    const text = '"I think a lot of people today probably made up their mind," said Kristan Hawkins, president of Students For Life of America.';
    const s = statementQuoting(text, 'made up their mind');
    expect(s.speaker).toBe('Kristan Hawkins, president of Students For Life of America');
  });

  it('finds a quote introduced with a colon: He said: “…”', () => {
    const text = 'In one tweet Friday, Trump said: “Did Crooked Hillary help disgusting Alicia M become a U.S. citizen?”';
    const s = statementQuoting(text, 'Did Crooked Hillary');
    expect(s.kind).toBe('direct');
    expect(s.speaker).toBe('Trump');
  });

  it('finds a quote closed by any verb after its speaker (“…?” Vitter demanded.)', () => {
    const text = '“Why isn’t this crystal clear proof that an entity as big as Wells is too big to fail?” Vitter demanded.';
    const s = statementQuoting(text, 'crystal clear proof');
    expect(s.speaker).toBe('Vitter');
    expect(s.cue).toBe('demanded');
  });

  it('carries a multi-paragraph quote on: a paragraph that opens a quote without closing it continues into the next', () => {
    const text = 'Ukraine said: “The defensive operation of the Ukrainian Defense Forces in the Kursk region continues.\n\n“The operational situation is difficult, but our units continue to hold designated positions.”\n\nPutin visited the region.';
    const s = statementQuoting(text, 'The defensive operation');
    expect(s.quote).toContain('The operational situation is difficult');
    expect(s.quote).not.toContain('Putin visited');
    expect(s.speaker).toBe('Ukraine');
  });

  it('attributes a quotation in the next paragraph to a cue ending in a colon', () => {
    const text = 'The New York Times reports:\n\n"In an illustration of the lack of enthusiasm for her among some liberal activists, just 24 percent of the contributors have given $200 or less."';
    const s = statementQuoting(text, 'In an illustration of the lack');
    expect(s.speaker).toBe('The New York Times');
    expect(s.kind).toBe('direct');
  });

  it('does not read a section label before a byline as a speaker (Analysis: Jon Sopel, BBC News, Washington)', () => {
    const text = 'Analysis: Jon Sopel, BBC News, Washington\n\nPENCE: Gennifer Flowers will not be attending the debate tomorrow night.';
    expect(statements(text).map((s) => s.speaker)).toEqual(['PENCE']);
  });

  it('reads transcript lines (PENCE: …) as the named speaker’s words', () => {
    const text = 'PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\nWALLACE: Do you really see those two as equivalent?';
    expect(statementQuoting(text, 'Gennifer Flowers will not').speaker).toBe('PENCE');
    expect(statementQuoting(text, 'Do you really see').speaker).toBe('WALLACE');
  });

  it('reads a dash byline after a quote (“…” ― Pamela Padilla) as its speaker', () => {
    const text = '“During the debate Trump said Hispanics live in hell. He is ignorant of our culture and lives.”― Pamela Padilla';
    expect(statementQuoting(text, 'He is ignorant of our culture').speaker).toBe('Pamela Padilla');
  });

  it('reads a tail that opens with a possessive (“…,” my father often said.)', () => {
    const text = '"We live in Satan\'s kingdom," my father often said.';
    const s = statementQuoting(text, 'We live in Satan');
    expect(s.speaker).toBe('my father');
    expect(s.cue).toBe('often said');
  });

  it('reads a cue that opens the sentence before its speaker (Said Ellis: “…”)', () => {
    const text = 'Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”';
    const s = statementQuoting(text, 'least bit interested');
    expect(s.speaker).toBe('Ellis');
    expect(s.kind).toBe('direct');
  });

  it('keeps a party tag and an appositive with the speaker after a quote (Rep. Jim Jordan (R-Ohio), an oversight panel member, said)', () => {
    const text = '“If the FBI wanted any other American’s laptops, they’d just go get them,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview.';
    const s = statementQuoting(text, 'If the FBI wanted');
    expect(s.speaker).toBe('Rep. Jim Jordan (R-Ohio), an oversight panel member');
  });
});

describe('an adjunct before a colon and a quotation', () => {
  it('takes the quotation alone as the content of "said in a statement: “…”" (saved Sky News page)', () => {
    const text = 'Tottenham said in a statement: "Jose is one of the world\'s most accomplished managers having won 25 senior trophies."';
    const s = statementQuoting(text, 'accomplished managers');
    expect(s.kind).toBe('direct');
    expect(s.quote).toBe('Jose is one of the world\'s most accomplished managers having won 25 senior trophies.');
    expect(statements(text)).toHaveLength(1);
  });
});

describe('quotation paragraphs after a tail', () => {
  it('continues the content into a next paragraph that is one quotation with no frame of its own', () => {
    const text = '“Millions of American voters, like the ‘Leave’ supporters, are understandably angry and frustrated by the economic forces that are destroying the middle class,” he continued.\n\n“In this pivotal moment, the Democratic Party and a new Democratic president need to make clear that we stand with those who are struggling and who have been left behind. We must create national and global economies that work for all, not just a handful of billionaires.”';
    const s = statementQuoting(text, 'Millions of American voters');
    expect(s.speaker).toBe('he');
    expect(s.quote.endsWith('not just a handful of billionaires.')).toBe(true);
  });
});

describe('a quoted sentence after a tail, with more text after it', () => {
  it('joins the next quoted sentence to the content when the paragraph goes on after it (PolNeAR train)', () => {
    const text = '"This is an absolute epidemic," Cruz said. "We need leadership to solve it. Solving it has to occur at the state and local level with programs like AA and counseling and churches and charities." It’s unclear if Cruz is aware that much funding for state treatment comes from federal grants.';
    const s = statementQuoting(text, 'absolute epidemic');
    expect(s.speaker).toBe('Cruz');
    expect(s.quote.endsWith('churches and charities.')).toBe(true);
  });

  it('does not give the joined quotation to the next sentence\'s subject ("… love and joy.” Others paid tribute …", PolNeAR train)', () => {
    const text = '“He’s a new dad,” he said. “A dad for the second time now and I know that would have filled him with love and joy.” Others paid tribute on social media to the geologist.';
    expect(statementQuoting(text, 'love and joy').speaker).toBe('he');
  });
});

describe('a quoted sentence after a tail that goes on in the narrator’s words', () => {
  it('joins the whole sentence to the content (PolNeAR dev: “… just a tax increase” for the top income bracket.)', () => {
    const text = "''It's more tinkering at the edges,'' said Alan Cole, an economist at the Tax Foundation's policy center. ''I wouldn't call it reform. There aren't any major reformulations to make the code simpler or fairer. It's basically just a tax increase'' for the top income bracket.";
    const s = statementQuoting(text, 'tinkering at the edges');
    expect(s.speaker).toBe('Alan Cole, an economist at the Tax Foundation\'s policy center');
    expect(s.quote.endsWith('a tax increase\'\' for the top income bracket')).toBe(true);
  });

  it('not after a participle in the tail, whose own statement may go on there (PolNeAR dev: , she said, referencing …)', () => {
    const text = '“You squeezed employees to the breaking point” to drive up the stock price and your compensation, she said, referencing the bank’s fierce drive to “cross-sell” or make customers open up multiple accounts. “You went on television to blame thousands of $12-an-hour” workers.';
    const s = statementQuoting(text, 'You squeezed employees');
    expect(s.quote.includes('You went on television')).toBe(false);
  });
});
