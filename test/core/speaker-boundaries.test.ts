// Where a speaker mention starts and ends, as PolNeAR marks it: the members listed after "including" stay in the
// mention, and so does an appositive between dashes; a relative clause that is a statement of its own ("who said …")
// does not, nor one between dashes. Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { frameWithCue, statementQuoting, statements } from './engine-helpers';

describe('speaker mention boundaries', () => {
  it('keeps the members named after "including" in the subject ("Proponents, including …, have urged")', () => {
    const text = 'Proponents, including the United States Conference of Mayors, have urged Congress to leave the program intact, although they say they support some of the changes lawmakers are expected to consider.';
    expect(statementQuoting(text, 'leave the program intact').speaker).toBe('Proponents, including the United States Conference of Mayors');
  });

  it('keeps the members after "including" before "said" (Six Gannett newspapers …, including the Asbury Park Press, said)', () => {
    const text = 'Six Gannett newspapers in New Jersey, including the Asbury Park Press, said he isn’t even fit to be governor any more.';
    expect(statementQuoting(text, 'fit to be governor').speaker).toBe('Six Gannett newspapers in New Jersey, including the Asbury Park Press');
  });

  it('leaves a "who said …" clause out of the subject (Podesta, who said …, said)', () => {
    const text = "Podesta, who said the project was vetted by his firm's counsel, said he was unaware of any such disagreements.";
    expect(statementQuoting(text, 'unaware of any such').speaker).toBe('Podesta');
  });

  it('leaves a "who acknowledged …" clause out of an inverted speaker (“…,” said Harvey, who acknowledged …)', () => {
    const text = '“We show anger, we show emotion,” said Harvey, who acknowledged Trump was his fourth choice for nominee, behind arch-conservative Rick Santorum, Senator Marco Rubio, and Senator Ted Cruz.';
    expect(statementQuoting(text, 'we show emotion').speaker).toBe('Harvey');
  });

  it('keeps a second appositive after an inverted speaker (“…,” said Carmel Martin, executive vice president …, a liberal think tank)', () => {
    const text = '"The plan is discriminating against fathers, fathers and mothers who adopt, LGBT parents and apparently some set of unmarried parents," said Carmel Martin, executive vice president for policy for the Center for American Progress, a liberal think tank.';
    expect(statementQuoting(text, 'The plan is discriminating').speaker).toBe('Carmel Martin, executive vice president for policy for the Center for American Progress, a liberal think tank');
  });

  it('keeps an age and the appositive after it in an inverted speaker (said Ryan Leenders, 30, a member of …)', () => {
    const text = "''We like that he does not support T.P.P., that he has taken the position that there should be trade tariffs for a company that moves jobs overseas,'' said Ryan Leenders, 30, a member of the International Association of Machinists in Washington State.";
    expect(statementQuoting(text, 'We like that').speaker).toBe('Ryan Leenders, 30, a member of the International Association of Machinists in Washington State');
  });

  it('finds a subject with a ", which …" clause and no appositive before it (The … tracking poll, which tracks …, showed)', () => {
    const text = 'The USC Dornsife/Los Angeles Times Daybreak tracking poll, which tracks Americans’ support for the presidential candidates on a daily basis, showed that as of Friday, Trump is leading Clinton 47.1 percent to 41.7 percent.';
    expect(statementQuoting(text, 'Trump is leading Clinton').speaker).toBe('The USC Dornsife/Los Angeles Times Daybreak tracking poll, which tracks Americans’ support for the presidential candidates on a daily basis');
  });

  it('keeps an aside between dashes before the verb in the subject (Kall -- co-editor of …, a book … -- said)', () => {
    const text = "Kall -- co-editor of Debating The Donald, a book analyzing Trump's performances at GOP primary debates -- said the candidate tended to make announcements at those encounters, such as his proclamation that he would not run an independent campaign.";
    expect(statementQuoting(text, 'tended to make announcements').speaker).toBe("Kall -- co-editor of Debating The Donald, a book analyzing Trump's performances at GOP primary debates");
  });

  it('finds the subject before a relative clause between em dashes (The film ― which weaves together … ― explains)', () => {
    // PolNeAR dev's mention is "The film": a relative clause between dashes stays out (dash-asides-in-subjects).
    const text = 'The film ― which weaves together the voices of expert historians and activists like Angela Davis and The New Jim Crow author Michelle Alexander, among others ― explains America’s historical treatment of black people.';
    expect(statementQuoting(text, 'historical treatment').speaker).toBe('The film');
  });

  it('ends a participle’s borrowed subject before its verb (Hillary Clinton spoke out Tuesday …, arguing)', () => {
    const text = 'Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa, Oklahoma, arguing that the epidemic of police officers killing unarmed black people should be recognized as “intolerable.”';
    expect(statementQuoting(text, 'the epidemic of police').speaker).toBe('Hillary Clinton');
  });

  // "overturned" is a cue in 2 of its 5 training occurrences, under the cue finder's threshold since session 6: the cue is
  // handed to the span stages as the finder used to propose it (with its auxiliary), and the agent is what is checked.
  it('takes a determiner and unseen words as a passive’s agent (his decision was overturned by an appeals court)', () => {
    const text = 'While a federal judge found that action unconstitutional, his decision was overturned by an appeals court, and the Supreme Court declined to step into the fray.';
    expect(frameWithCue(text, 'was overturned')).toEqual({ speaker: 'an appeals court', quote: 'his decision' });
  });

  it('keeps a home town after ", of" with the name before the verb (Johnnie Wilson, of Springfield, Va., said)', () => {
    const text = "Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam ''for the nation's rights, knowing that back home we didn't have the rights.''";
    expect(statementQuoting(text, 'fought in Vietnam').speaker).toBe('Johnnie Wilson, of Springfield, Va.');
  });

  it('keeps an age and a home town in an inverted speaker (said Rachel Woolard, 20, of Jacksonville, Fla.)', () => {
    const text = "''Bernie seemed more to be more transparent than her,'' said Rachel Woolard, 20, of Jacksonville, Fla.";
    expect(statementQuoting(text, 'more transparent').speaker).toBe('Rachel Woolard, 20, of Jacksonville, Fla');
  });

  it('leaves an opening phrase without its comma out of the subject (In a Bloomberg interview Trump declared …)', () => {
    const text = 'In a Bloomberg interview Trump declared “I think NATO may be obsolete. ... NATO was set up a long time ago, many, many years ago. Things are different now.”';
    expect(statementQuoting(text, 'NATO may be obsolete').speaker).toBe('Trump');
  });

  it('keeps the modifier of a quantity that opens the subject (Only 52 percent of registered voters agreed …)', () => {
    const text = 'Only 52 percent of registered voters agreed that Clinton is in "good enough overall health to serve as president," while 73 percent said the same of Trump.';
    expect(statementQuoting(text, 'good enough overall health').speaker).toBe('Only 52 percent of registered voters');
  });

  it('keeps "Not" before "everyone" in the subject (Not everyone finds that pitch … compelling)', () => {
    const text = "Not everyone finds that pitch or Mr. Obama's remarks compelling, especially given that African-Americans have been such a loyal voting bloc for the Democrats and the Clintons over the years.";
    expect(statementQuoting(text, 'that pitch').speaker).toBe('Not everyone');
  });

  it('keeps a glued slash in an "according to" source (according to a New York Times/CBS News poll released last week)', () => {
    const text = 'And Mrs. Clinton now holds a gaping advantage of 83 percentage points over the Republican presidential nominee, Donald J. Trump, among black voters, according to a New York Times/CBS News poll released last week.';
    expect(statementQuoting(text, 'gaping advantage').speaker).toBe('a New York Times/CBS News poll released last week');
  });

  it('keeps a weak cue after a named subject with a relative clause (the … Coalition, which represents …, wants to)', () => {
    const text = 'Many leaders of ethnic communities in the U.S. share these apprehensions, but the Central and East European Coalition, which represents more than 20 million Americans, wants to preserve its non-endorsement policy.';
    expect(statementQuoting(text, 'preserve its non-endorsement').speaker).toBe('the Central and East European Coalition, which represents more than 20 million Americans');
  });

  it('keeps the time of a participle that ends the subject (A … report released last year found)', () => {
    const text = 'A Government Accountability Office report released last year found that the agency could not be sure that money used for the visas was not coming from "the drug trade, human trafficking or other criminal activities."';
    expect(statementQuoting(text, 'the agency could not be sure').speaker).toBe('A Government Accountability Office report released last year');
  });

  it('leaves a time phrase after a passive’s agent out of it (were rejected by the Human Rights Council in 2015)', () => {
    const text = 'For instance, calls to establish a commission to investigate atrocities in Yemen, where a Saudi-led military coalition is battling ethnic Houthi insurgents, were rejected by the Human Rights Council in 2015.';
    const s = statements(text).find((x) => x.cue === 'were rejected');
    expect(s?.speaker).toBe('the Human Rights Council');
  });

  it('keeps a time phrase with the addressee, out of the content (he told Bloomberg News in October, “…”)', () => {
    const text = '"This is a political thing," he told Bloomberg News in October, "keeping interest rates at this level."';
    expect(statements(text).filter((x) => x.quote === 'in October')).toEqual([]);
  });

  it('keeps an unseen noun before a plural head after a clause opener (where restructuring experts say …)', () => {
    const text = 'For this second bankruptcy filing, Patriot chose to file in Richmond, Va., where restructuring experts say some judges are eager to move large bankruptcy cases through quickly.';
    expect(statementQuoting(text, 'some judges are eager').speaker).toBe('restructuring experts');
  });

  it('keeps the name before a second appositive in the subject (Matthew Prince, chief executive of CloudFlare, a San Francisco company, said)', () => {
    const text = 'Matthew Prince, chief executive of CloudFlare, a San Francisco company, said that in one case Internet activists criticized his company for keeping several Islamic State websites online when, in fact, the sites in question were pro-Kurdish.';
    expect(statementQuoting(text, 'Internet activists criticized').speaker).toBe('Matthew Prince, chief executive of CloudFlare, a San Francisco company');
  });

  it('reads a subject with appositives before "said" as the speaker, not as an inverted tail’s content (Jean-Marc Ayrault, …, said North Korea’s latest “…”)', () => {
    const text = 'Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said North Korea\'s latest "provocation cannot be left without consequences, especially at the U.N. Security Council."';
    const s = statementQuoting(text, 'provocation cannot');
    expect(s.speaker).toBe('Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council');
  });

  it('completes an "of" phrase with a plural new to the lexicon (A group of doctors in 2015 sent a letter …, calling for …)', () => {
    const text = 'A group of doctors in 2015 sent a letter to the vice chairman of the Columbia University department of surgery (where Oz practices medicine), calling for his dismissal.';
    expect(statementQuoting(text, 'his dismissal').speaker).toBe('A group of doctors');
  });

  it('gives a coordinated verb to the outer subject, not to one inside its content (Theresa May said … that the country would … and suggested …)', () => {
    const text = 'British Prime Minister Theresa May said this week that the country would formally declare its intention to break with the E.U. by the end of March and suggested that it would withdraw from the single market that has been a hallmark of membership.';
    expect(statementQuoting(text, 'withdraw from the single market').speaker).toBe('British Prime Minister Theresa May');
  });

  it('keeps an unseen noun before a lower-case compound after "and", so the clause is a statement of its own (…, and human rights groups warned that …)', () => {
    const text = "Obama emphasized that Burma's reforms were not complete, and human rights groups warned that the administration was relinquishing critical leverage over the military, which retains significant power.";
    expect(statementQuoting(text, 'relinquishing critical leverage').speaker).toBe('human rights groups');
    expect(statementQuoting(text, "Burma's reforms").quote).toBe("that Burma's reforms were not complete");
  });

  it('takes no speaker from a sentence-opening phrase around the cue (In a White House statement, President Obama condemned …)', () => {
    const text = 'In a White House statement, President Obama condemned Friday\'s test as "provocative and destabilizing" and a "grave threat" to regional and international stability.';
    expect(statementQuoting(text, 'provocative and destabilizing').speaker).toBe('President Obama');
  });

  it('keeps the article of the subject a participle borrows (In 1986, the Supreme Court blocked …, citing …)', () => {
    const text = 'In 1986, the Supreme Court blocked a New Jersey company from abandoning its oil waste processing plants in bankruptcy, citing a threat to public health and safety.';
    expect(statementQuoting(text, 'a threat to public health').speaker).toBe('the Supreme Court');
  });

  it('keeps a conjunct opening with "the" and a name in a borrowed subject, up to its verb (The New York Times and the Gannett newspaper chain filed …, arguing)', () => {
    const text = "The New York Times and the Gannett newspaper chain filed a motion to unseal the records, arguing the move was needed to contribute to public debate over the real estate mogul and Republican nominee's fitness for the presidency.";
    expect(statementQuoting(text, 'the move was needed').speaker).toBe('The New York Times and the Gannett newspaper chain');
  });

  it('keeps an article and a known modifier before one unseen noun (A federal appeals court ruled …)', () => {
    const text = "A federal appeals court ruled Friday against Ohio's procedure for removing voters from state rolls, dealing a blow to Republican Secretary of State Jon Husted and handing a victory to voting rights advocates in a key presidential swing state.";
    expect(statementQuoting(text, "Ohio's procedure").speaker).toBe('A federal appeals court');
  });
});

describe('"to" after a noun for a person joins the speaker', () => {
  it.each([
    ['China’s ambassador to Britain accused the UK and the US of meddling in the country’s affairs.', 'the UK and the US', 'China’s ambassador to Britain'], // saved Express page
    ['A senior adviser to the president said the talks had failed.', 'the talks had failed', 'A senior adviser to the president'],
  ])('reads the whole phrase in "%s"', (text, words, speaker) => {
    expect(statementQuoting(text, words).speaker).toBe(speaker);
  });

  it('leaves a name after the place its own speaker ("special envoy to Ukraine Kurt Volker")', () => {
    const text = 'Another diplomat, former special envoy to Ukraine Kurt Volker said he had not known of the plan.';
    expect(statementQuoting(text, 'he had not known').speaker).toContain('Kurt Volker');
    expect(statementQuoting(text, 'he had not known').speaker).not.toContain('envoy to');
  });

  it('keeps a plural noun for people before "in" and a place ("Clinton\'s biggest boosters in New Hampshire insisted", train)', () => {
    const text = "When her double-digit lead slipped last fall, Clinton's biggest boosters in New Hampshire insisted it was a temporary dip.";
    expect(statementQuoting(text, 'it was a temporary dip').speaker).toBe("Clinton's biggest boosters in New Hampshire");
  });

  it('leaves the country out of the name after it ("ambassador to Britain Liu Xiaming"; saved page aeb/express-624fcd903d)', () => {
    const text = 'China’s ambassador to Britain Liu Xiaming has said that China has the “resolution and power” to end Hong Kong unrest amid protests.';
    expect(statementQuoting(text, 'to end Hong Kong unrest').speaker).toBe('Liu Xiaming');
  });
});

describe('subjects that stop at a verb or a time phrase (saved pages)', () => {
  it('does not run a nominal cue\'s source across the verb after a name ("The United States faced stiff international and Palestinian criticism")', () => {
    const text = "The United States faced stiff international and Palestinian criticism on Tuesday over its decision to no longer consider Israeli settlements illegal, while the Jewish state's premier cheered on the \"historic\" move.";
    expect(statements(text).filter((s) => s.speaker?.includes('United States'))).toEqual([]);
  });

  it('leaves "for years" out of the subject ("for years the United States has imposed …")', () => {
    const text = 'Sudan is one of the most isolated countries in Africa, and for years the United States has imposed punitive measures against it in a largely unsuccessful attempt to get the Sudanese government to stop killing its own people.';
    expect(statementQuoting(text, 'punitive measures').speaker).toBe('the United States');
  });

  it('reads no source in "according to how expensive they were to build"', () => {
    expect(statements('4. Hotel rooms are priced according to how expensive they were to build')).toEqual([]);
  });

  it('still finds the verb\'s subject for a participle after its object ("The St. Paul City Council on Wednesday approved a resolution condemning …", PolNeAR train)', () => {
    const text = "The St. Paul City Council on Wednesday approved a resolution condemning Republican presidential candidate Donald Trump’s call for a ban on Muslims entering the United States.";
    expect(statementQuoting(text, 'call for a ban').speaker).toBe('The St. Paul City Council');
  });
});
