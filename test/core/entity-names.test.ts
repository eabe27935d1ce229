// Names and types of speakers on sentences from the saved news pages (../shared/pages, for tests only): the name a
// reader should see on the card, not the run of capitals the text happens to hold.
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../src/core/entities/index';
import { roleAfter, roleBefore, splitTitle } from '../../src/core/entities/roles';
import { headWord, typeOfDescription, typeOfName } from '../../src/core/entities/types';
import { build, resolvedSpeakers } from './entities-helpers';
import { statementQuoting } from './engine-helpers';

const resolved = resolvedSpeakers;

describe('a surname opening a sentence, with an appositive', () => {
  it('names "Reed, who will be the merged company’s chairman" as the Michael Reed named before (saved LA Times page)', () => {
    const text = 'That’s the optimistic view mouthed by Michael Reed, the CEO of New Media Investment Group. '
      + 'Reed, who will be the merged company’s chairman, told investors that the merger would allow the company to pay down debt.';
    const [s] = resolved(text, [{ speaker: 'Reed, who will be the merged company’s chairman', quote: 'that the merger would allow', cue: 'told' }]);
    expect(s).toMatchObject({ name: 'Michael Reed', type: 'person' });
  });
});

describe('a drop cap opening the article', () => {
  it('names "AS Opposition Leader Bill Shorten said" Bill Shorten, a person (saved Herald Sun page)', () => {
    const text = 'The bill is flawed.\n\nAS Opposition Leader Bill Shorten said in a letter to Abbott last month that press freedom concerns should be addressed.';
    const [s] = resolved(text, [{ speaker: 'Opposition Leader Bill Shorten', quote: 'that press freedom', cue: 'said' }]);
    expect(s).toMatchObject({ name: 'Bill Shorten', type: 'person', role: 'Opposition Leader' });
  });

  it('keeps "US" and "WHO" opening a paragraph as names', () => {
    const text = 'Cases rose.\n\nWHO Director-General Tedros Adhanom Ghebreyesus said the outbreak was an emergency.';
    const [s] = resolved(text, [{ speaker: 'WHO Director-General Tedros Adhanom Ghebreyesus', quote: 'the outbreak was', cue: 'said' }]);
    expect(s?.name).toContain('Tedros');
  });
});

describe('a speaker span that ran on into the verb', () => {
  it('names "Taylor Swift posted on Twitter" Taylor Swift (saved BBC page)', () => {
    const text = 'Then, last week, Taylor Swift posted on Twitter accusing Big Machine of trying to stop her performing tracks.';
    const [s] = resolved(text, [{ speaker: 'Taylor Swift posted on Twitter', quote: 'Big Machine of trying', cue: 'accusing' }]);
    expect(s).toMatchObject({ name: 'Taylor Swift', type: 'person' });
  });
});

describe('a title with a longer "of" phrase', () => {
  it.each([
    ['Deputy Director of Public Prosecution Eva-Marie Persson', 'Eva-Marie Persson', 'Deputy Director of Public Prosecution'], // saved BBC page
    ['Secretary of Homeland Security Kirstjen Nielsen', 'Kirstjen Nielsen', 'Secretary of Homeland Security'],
    ['Secretary of State Hillary Rodham Clinton', 'Hillary Rodham Clinton', 'Secretary of State'],
    ['UN High Commissioner for Refugees Antonio Guterres', 'Antonio Guterres', 'UN High Commissioner for Refugees'],
    ['Commissioner for Human Rights Michelle Bachelet', 'Michelle Bachelet', 'Commissioner for Human Rights'],
  ])('splits "%s" into the name %s and the title %s', (run, core, title) => {
    expect(splitTitle(run)).toMatchObject({ core, title });
  });

  it('keeps a title with a "for" phrase and no name whole ("United Nations High Commissioner for Human Rights", saved Al Bawaba page)', () => {
    for (const run of ['United Nations High Commissioner for Human Rights', 'Commissioner for Human Rights']) {
      const split = splitTitle(run);
      expect(split.core).toBe(run);
      expect(split.title).toBeUndefined();
    }
  });
});

describe('a one-word name that speaks a quotation', () => {
  // From a saved Quanta page, shortened: the article never gives Lorenz's first name.
  const text = 'But in November 1960, Lorenz described it during the Q&A session following a talk he gave in Tokyo.\n\n'
    + '“As a matter of fact, we tried out that once with the same equation to see what could happen,” Lorenz said.';

  it('is a person in every statement, the earlier one too', () => {
    const speakers = resolved(text, [
      { speaker: 'Lorenz', quote: 'it during the Q&A session', cue: 'described' },
      { speaker: 'Lorenz', speakerAt: 1, quote: 'As a matter of fact', cue: 'said', kind: 'direct' },
    ]);
    expect(speakers.map((s) => s?.type)).toEqual(['person', 'person']);
  });

  it('is not made a person by a label ("Meanings: Death, failure, …") or a statement', () => {
    const label = 'Meanings: Death, failure, miscarriage, delay, deception, disappointment, despair.';
    const [s] = resolved(label, [{ speaker: 'Meanings', quote: 'Death, failure', cue: ':', kind: 'direct' }]);
    expect(s?.type).toBe('unknown');
    const club = 'Tottenham said in a statement: “Jose is one of the world’s most accomplished managers.”';
    const [t] = resolved(club, [{ speaker: 'Tottenham', quote: 'Jose is one of', cue: 'said', kind: 'direct' }]);
    expect(t?.type).toBe('organization'); // a body speaks in a statement
  });
});

describe('a document named with the body that issued it', () => {
  it.each([
    ['Trump had a moderate risk of a heart attack, according to guidance from the Mayo Clinic.', 'guidance from the Mayo Clinic', 'Mayo Clinic', 'organization'], // saved CNN page
    ['The deficit will grow, according to a report by the Congressional Budget Office.', 'a report by the Congressional Budget Office', 'Congressional Budget Office', 'organization'],
  ])('names "%s" for the issuer', (text, speaker, name, type) => {
    const [s] = resolved(text, [{ speaker, quote: text.slice(0, text.indexOf(',')), cue: 'according to' }]);
    expect(s).toMatchObject({ name, type });
  });

  it.each([
    'a letter signed by', 'the office release', 'a tweet from Vulture magazine', 'answers posted on Quora',
    'a new report released on Monday by Stanford University', 'the Gallup Korea poll released on Friday', 'the photo',
  ])('types the document "%s" unnamed (saved pages)', (description) => {
    expect(typeOfDescription(description)).toBe('unnamed');
  });

  it.each([
    'The doctors offering to operate the flu vaccination clinic', // saved MSN page
    'Republican activists clamoring to block Donald Trump from the GOP nomination', // PolNeAR train
  ])('types people followed by a participle clause ("%s") by the people, unnamed', (description) => {
    expect(typeOfDescription(description)).toBe('unnamed');
  });

  it.each([
    [['the', 'realclearpolitics', 'polling', 'average'], 'average'], // PolNeAR train
    [['fox', 'news', 'reporting'], 'reporting'],
  ])('keeps %j one noun phrase (an -ing word after no plural of people), headed by "%s"', (words, head) => {
    expect(headWord(words)).toBe(head);
  });

  it('does not name a document for a possessor ("a new ad from Donald Trump’s presidential campaign", PolNeAR dev)', () => {
    const text = 'A new ad from Donald Trump’s presidential campaign is seizing on recent comments his rival made.';
    const [s] = resolved(text, [{ speaker: 'A new ad from Donald Trump’s presidential campaign', quote: 'recent comments his rival made', cue: 'is seizing on' }]);
    expect(s?.name).not.toBe('Donald Trump');
  });

  it('leaves a document from no named body unnamed ("a poll of voters")', () => {
    const text = 'The party won, according to a poll of voters.';
    const [s] = resolved(text, [{ speaker: 'a poll of voters', quote: 'The party won', cue: 'according to' }]);
    expect(s?.type).toBe('unnamed');
  });
});

describe('a possessive pronoun cut off before its noun', () => {
  it('resolves "his often-repeated (vow)" as "his" (saved AP page)', () => {
    const text = 'Both Johnson and Corbyn are trying to overcome a mountain of mistrust.\n\n'
      + 'Boris Johnson is under fire for failing to deliver on his often-repeated vow that Britain would leave the EU on Oct. 31.';
    const [s] = resolved(text, [{ speaker: 'his often-repeated', quote: 'that Britain would leave the EU', cue: 'vow' }]);
    expect(s).toMatchObject({ name: 'Boris Johnson', type: 'person' });
  });
});

describe('a body whose name goes on after "and"', () => {
  it('names "Parliament’s Joint Committee on Intelligence and Security" for the committee, not "Security" (saved Herald Sun page)', () => {
    const text = 'But, as Parliament’s Joint Committee on Intelligence and Security has pointed out, it would also be used to find sources.';
    const [s] = resolved(text, [{ speaker: 'Parliament’s Joint Committee on Intelligence and Security', quote: 'it would also be used', cue: 'has pointed out' }]);
    expect(s?.name).toContain('Joint Committee on Intelligence');
    expect(s?.type).toBe('organization');
  });

  it('names "the World Travel and Tourism Council" whole, not "Tourism Council" (saved Washington Post page)', () => {
    const text = 'Tourism is critical to Tunisia’s economy, accounting for 15 percent of its gross domestic product in 2013, according to the World Travel and Tourism Council, an industry body.';
    const [s] = resolved(text, [{ speaker: 'the World Travel and Tourism Council, an industry body', quote: 'Tourism is critical', cue: 'according to' }]);
    expect(s).toMatchObject({ name: 'World Travel and Tourism Council', type: 'organization' });
  });

  it('names "the Bill and Melinda Gates Foundation" whole (PolNeAR train)', () => {
    const text = 'Its many good works will be continued by the Bill and Melinda Gates Foundation. The foundation said it welcomed the decision.';
    const [s] = resolved(text, [{ speaker: 'The foundation', quote: 'it welcomed the decision', cue: 'said' }]);
    expect(s?.name).toBe('Bill and Melinda Gates Foundation');
  });

  it('keeps two bodies two when the first name is already a body’s ("The Washington Post and ABC News", PolNeAR train)', () => {
    const text = 'A national poll released Sunday by The Washington Post and ABC News found that Trump leads the pack.';
    const [s] = resolved(text, [{ speaker: 'A national poll released Sunday by The Washington Post and ABC News', quote: 'that Trump leads', cue: 'found' }]);
    expect(s?.name).not.toContain('Washington Post and');
  });
});

describe('a title-case headline', () => {
  it('is no name: "Obama" below "… Over Wall Street And Obama’s Legacy" is Barack Obama (PolNeAR train)', () => {
    const text = 'The Democratic Primary Is A Fight Over Wall Street And Obama’s Legacy.\n\n'
      + 'President Barack Obama spoke on Thursday. Obama said Wall Street reform was his proudest achievement.';
    const [s] = resolved(text, [{ speaker: 'Obama', quote: 'Wall Street reform was', cue: 'said' }]);
    expect(s).toMatchObject({ name: 'Barack Obama', type: 'person' });
  });

  it('does not name "the cards" for "The Cards That Made Tarot A Global Phenomenon" (saved Smithsonian page)', () => {
    const text = 'The Cards That Made Tarot A Global Phenomenon\n\nWith time and practice, the cards may begin to really convey meaning.';
    const [s] = resolved(text, [{ speaker: 'the cards', quote: 'meaning', cue: 'convey' }]);
    expect(s?.name).toBe('cards');
  });

  it('keeps a name with one capitalized function word inside ("Doctors Without Borders")', () => {
    const text = 'Doctors Without Borders said the hospital was hit.';
    const [s] = resolved(text, [{ speaker: 'Doctors Without Borders', quote: 'the hospital was hit', cue: 'said' }]);
    expect(s?.name).toBe('Doctors Without Borders');
  });
});

describe('"who" after a name and its description', () => {
  it('is the person named, not the description ("Senator James Lankford, an Oklahoma Republican who warned", saved NYT page)', () => {
    const text = 'Senator James Lankford, an Oklahoma Republican who warned of the deficit’s dangers in the past, played down that threat.';
    const [s] = resolved(text, [{ speaker: 'who', quote: 'dangers in the past', cue: 'warned of' }]);
    expect(s).toMatchObject({ name: 'James Lankford', type: 'person' });
  });
});

describe('where a name starts', () => {
  it('opens a name at a known given name after a title inside the run ("NASA’s Administrator Jim Bridenstine")', () => {
    const text = 'In May, NASA’s Administrator Jim Bridenstine said returning to the moon was necessary to build the infrastructure '
      + 'and knowledge base to send astronauts to Mars.';
    const [s] = resolved(text, [{ speaker: 'NASA’s Administrator Jim Bridenstine', quote: 'returning to the moon was necessary', cue: 'said' }]);
    expect(s).toMatchObject({ name: 'Jim Bridenstine', type: 'person', role: 'Administrator' });
  });

  it('leaves a country in front of a name out of it ("special envoy to Ukraine Kurt Volker" … "Volker said")', () => {
    const text = 'Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of the July 10 meeting. '
      + '“I think all of us thought it was inappropriate,” Volker said.';
    const [s] = resolved(text, [{ speaker: 'Volker', speakerAt: 1, quote: 'I think all of us thought it was inappropriate', cue: 'said', kind: 'direct' }]);
    expect(s).toMatchObject({ name: 'Kurt Volker', type: 'person' });
  });

  it('leaves a country out when no given name is known ("ambassador to Britain Liu Xiaming" … "Liu said")', () => {
    const text = 'China’s ambassador to Britain Liu Xiaming has said that China has the “resolution and power” to end Hong Kong unrest amid protests.\n\n'
      + 'Liu said that the People’s Liberation Army could be deployed in Beijing.';
    const [s] = resolved(text, [{ speaker: 'Liu', speakerAt: 1, quote: 'the People’s Liberation Army could be deployed in Beijing', cue: 'said' }]);
    expect(s).toMatchObject({ name: 'Liu Xiaming', type: 'person' });
  });

  it('does not take a headline’s adjective for a given name ("Unpredictable Sondland faces questions")', () => {
    const text = 'Unpredictable Sondland faces questions about Trump, Ukraine\n\n'
      + 'WASHINGTON (AP) — Ambassador Gordon Sondland, the most anticipated witness in the impeachment inquiry, is likely to be unpredictable.\n\n'
      + 'Trump has recently tried to suggest that he barely knows his hand-picked ambassador, but Sondland has said he has spoken several times with the president.';
    const [s] = resolved(text, [{ speaker: 'Sondland', speakerAt: 2, quote: 'he has spoken several times with the president', cue: 'has said' }]);
    expect(s).toMatchObject({ name: 'Gordon Sondland', type: 'person' });
  });

  it('joins a bare surname to a full name whose apposition opens with a country ("Lotfi Azzouz, Tunisia country director")', () => {
    const text = '“It will hurt the tourists,” said Lotfi Azzouz, Tunisia country director for Amnesty International.\n\n'
      + '“We must pay attention to what is written” in that law, Azzouz said.';
    const [first, bare] = resolved(text, [
      { speaker: 'Lotfi Azzouz, Tunisia country director for Amnesty International', quote: 'It will hurt the tourists', cue: 'said', kind: 'direct' },
      { speaker: 'Azzouz', speakerAt: 1, quote: 'We must pay attention to what is written', cue: 'said', kind: 'mixed' },
    ]);
    expect(first).toMatchObject({ name: 'Lotfi Azzouz', type: 'person', role: 'Tunisia country director for Amnesty International' });
    expect(bare).toMatchObject({ name: 'Lotfi Azzouz', type: 'person' });
  });

  it('keeps suffixes and given names that are also titles in the name ("Martin Luther King Jr.")', () => {
    expect(splitTitle('Martin Luther King Jr.').core).toBe('Martin Luther King Jr.');
    expect(splitTitle('San Antonio Spurs').core).toBe('San Antonio Spurs');
  });
});

describe('what a name is', () => {
  it('types bodies named with International, Research, Services, Protection as organizations', () => {
    expect(typeOfName('Amnesty International')).toBe('organization');
    expect(typeOfName('Coresight Research')).toBe('organization');
    expect(typeOfName('Citizenship and Immigration Services')).toBe('organization');
    expect(typeOfName('Customs and Border Protection')).toBe('organization');
  });

  it('knows movements and companies named by a bare name (Taliban, Uber) and territories that govern (Hong Kong)', () => {
    expect(typeOfName('Taliban')).toBe('organization');
    expect(typeOfName('Uber')).toBe('organization');
    expect(typeOfName('Hong Kong')).toBe('government');
  });

  it('gives "it" a company named by a bare name ("Uber has been strenuously defending … It has now promised")', () => {
    const text = 'Uber has been strenuously defending its surge pricing in the wake of accusations that the company enjoyed windfall profits '
      + 'during Hurricane Sandy. It has now promised the state of New York that it will cap its surge prices.';
    const [s] = resolved(text, [{ speaker: 'It', quote: 'it will cap its surge prices', cue: 'promised' }]);
    expect(s).toMatchObject({ name: 'Uber', type: 'organization' });
  });

  it('takes an organization’s name without its last word for the organization ("Big Machine Records" … "Big Machine")', () => {
    const text = 'In the midst of an ongoing public fissure between Swift and her former record label, Big Machine Records, Braun has been '
      + 'trying to get a hold of Swift.\n\nBig Machine have twice denied doing anything wrong.';
    const [s] = resolved(text, [{ speaker: 'Big Machine', speakerAt: 1, quote: 'doing anything wrong', cue: 'denied' }]);
    expect(s).toMatchObject({ name: 'Big Machine Records', type: 'organization' });
  });

  it('types groups of people the article does not name as unnamed ("Traders", "Many Tunisians", "a number of analysts")', () => {
    const text = 'Traders cited the lingering uncertainty over whether the United States and China could agree to end a near 1-1/2 '
      + 'year trade war as a reason for stocks to drift.\n\nMany Tunisians accuse the country’s political Islamists of having been '
      + 'slow to respond.\n\nOver the longer term, a number of analysts say that Obama and Netanyahu will seek to play down the friction between them.';
    const speakers = resolved(text, [
      { speaker: 'Traders', quote: 'the lingering uncertainty', cue: 'cited' },
      { speaker: 'Many Tunisians', quote: 'the country’s political Islamists', cue: 'accuse' },
      { speaker: 'a number of analysts', quote: 'that Obama and Netanyahu will seek to play down the friction between them', cue: 'say' },
    ]);
    expect(speakers.map((s) => s?.type)).toEqual(['unnamed', 'unnamed', 'unnamed']);
  });

  it('types "The Government" as a government and "The utility" as an organization', () => {
    const text = 'The Government has effectively admitted as much by agreeing that the parliamentary committee should conduct a separate review.\n\n'
      + 'The utility said it will closely monitor the weather and could further reduce that number if it improves.';
    const [government, utility] = resolved(text, [
      { speaker: 'The Government', quote: 'as much', cue: 'has effectively admitted' },
      { speaker: 'The utility', quote: 'it will closely monitor the weather', cue: 'said' },
    ]);
    expect(government).toMatchObject({ name: 'Government', type: 'government' });
    expect(utility).toMatchObject({ name: 'utility', type: 'organization' });
  });

  it('gives "who" after a bare plural that group ("outraged local officials and customers who accused the utility")', () => {
    const text = 'The shutoffs affected nearly 2.5 million people and outraged local officials and customers who accused the utility of overkill.';
    const [s] = resolved(text, [{ speaker: 'who', quote: 'the utility of overkill', cue: 'accused' }]);
    expect(s).toMatchObject({ name: 'officials and customers', type: 'unnamed' });
  });

  it('takes an outlet’s name for the person whose surname it is ("Fiona Hill" … "said Hill")', () => {
    const text = 'The testimony came from a key witness in the impeachment probe, former White House Russia adviser Fiona Hill. '
      + '"And I asked, well, on whose authority?” said Hill, who will testify Thursday.';
    const [s] = resolved(text, [{ speaker: 'Hill, who will testify Thursday', quote: 'And I asked, well, on whose authority?', cue: 'said', kind: 'direct' }]);
    expect(s).toMatchObject({ name: 'Fiona Hill', type: 'person' });
  });

  it('types a name ending in a state body as a government ("the Democratic Party-controlled House of Representatives")', () => {
    expect(typeOfName('Democratic Party-controlled House of Representatives')).toBe('government');
    expect(typeOfName('Random House')).not.toBe('government');
  });

  it('names "I" outside quotations the author, and keeps the author out of a later "he" (BBC analysis by Jon Sopel)', () => {
    const text = 'US President Barack Obama has said his failure to pass gun safety laws is the greatest frustration of his presidency.\n\n'
      + 'After nine African-American churchgoers were killed in South Carolina in June, he admitted "politics in this town" meant there were few options available.\n\n'
      + 'The only body swerve the president performed was when I asked him how many minds he had changed on the Iran nuclear deal.\n\n'
      + 'But notably, he did not give a direct answer to that question, which leaves me with the impression that he has persuaded precisely zero.';
    // The helper finds the n-th occurrence of a string: count the "he"s (inside other words too) before the one meant.
    const nth = (part: string, before: string) => text.slice(0, text.indexOf(before)).split(part).length - 1;
    const [, writer, he] = resolved(text, [
      { speaker: 'US President Barack Obama', quote: 'his failure to pass gun safety laws is the greatest frustration of his presidency', cue: 'has said' },
      { speaker: 'I', speakerAt: nth('I', 'I asked'), quote: 'how many minds he had changed on the Iran nuclear deal', cue: 'asked' },
      { speaker: 'he', speakerAt: nth('he', 'he has persuaded'), quote: 'precisely zero', cue: 'persuaded' },
    ]);
    expect(writer).toMatchObject({ name: 'the author', type: 'person' });
    expect(he).toMatchObject({ name: 'Barack Obama' });
  });

  it('gives "They" the two people just named with "and" ("Senator Elizabeth Warren and congresswoman Alexandria Ocasio-Cortez")', () => {
    const text = 'She also accused Big Machine of holding back permission to use any music in an upcoming Netflix documentary about her life.\n\n'
      + 'Her post got the attention of two big-name Democratic politicians: Senator Elizabeth Warren and congresswoman Alexandria Ocasio-Cortez.\n\n'
      + "They criticised Scooter Braun's company and the effect big businesses can have when they buy up smaller ones.";
    const [s] = resolved(text, [{ speaker: 'They', quote: "Scooter Braun's company", cue: 'criticised' }]);
    expect(s).toMatchObject({ name: 'Elizabeth Warren and Alexandria Ocasio-Cortez', type: 'person' });
  });

  it('gives "The 56-year-old" the person just written about, and knows a club is no person ("Manchester United")', () => {
    const text = 'Jose Mourinho has been appointed as Tottenham\'s new head coach.\n\n'
      + 'Negotiations between the London side and Mourinho\'s representatives intensified over the last few days.\n\n'
      + 'The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.\n\n'
      + 'The 56-year-old said after his appointment: "I am excited to be joining a club with such a great heritage."';
    const [s] = resolved(text, [{ speaker: 'The 56-year-old', quote: 'I am excited to be joining a club with such a great heritage.', cue: 'said', kind: 'direct' }]);
    expect(s).toMatchObject({ name: 'Jose Mourinho', type: 'person' });
    expect(typeOfName('Manchester United')).toBe('organization');
  });

  it('types a name the resolver cannot type as a person when the text gives it a role ("Jianxiong, the former executive director …")', () => {
    const text = '“What is the additional incentive of implementing this deal on the Chinese part?” He Jianxiong, the former executive director '
      + 'for China at the International Monetary Fund, said at a Nov. 6 event at the Peterson Institute in Washington.';
    const [s] = resolved(text, [{
      speaker: 'Jianxiong, the former executive director for China at the International Monetary Fund',
      quote: 'What is the additional incentive of implementing this deal on the Chinese part?', cue: 'said', kind: 'direct',
    }]);
    expect(s).toMatchObject({ type: 'person', role: 'former executive director for China at the International Monetary Fund' });
  });

  it('types a name in apposition to a description of a body as that body ("The group that owns most of her music, Big Machine,")', () => {
    const text = 'The group that owns most of her music, Big Machine, says she will be allowed to play her old tracks at the American Music Awards.\n\n'
      + 'Big Machine have twice denied doing anything wrong. "At no point did we say Taylor could not perform on the AMAs," they said.';
    const [group, they] = resolved(text, [
      { speaker: 'Big Machine', quote: 'she will be allowed to play her old tracks at the American Music Awards', cue: 'says' },
      { speaker: 'they', quote: 'At no point did we say Taylor could not perform on the AMAs,', cue: 'said', kind: 'direct' },
    ]);
    expect(group).toMatchObject({ name: 'Big Machine', type: 'organization' });
    expect(they).toMatchObject({ name: 'Big Machine', type: 'organization' });
  });
});

describe('groups of people named by a capitalized plural', () => {
  it('types a headline\'s "Doctors" as the unnamed doctors it stands for (saved MSN page)', () => {
    const text = 'Doctors offer to give free flu shots to detained migrants, warn of epidemic\n\n'
      + 'In a Nov. 5 letter, the doctors pleaded with the administration to reconsider its decision to not vaccinate detained migrants.';
    const [s] = resolved(text, [{ speaker: 'the doctors', quote: 'the administration to reconsider', cue: 'pleaded' }]);
    expect(s).toMatchObject({ name: 'Doctors', type: 'unnamed' });
  });

  it.each(['Project Jonah', 'Operation Warp Speed', 'Doctors for Camp Closure', 'Americans for Prosperity'])(
    'types "%s" an organization: a body named for what it is or whom it gathers (saved Guardian and MSN pages)', (name) => {
      expect(typeOfName(name)).toBe('organization');
    });

  it('types "Prosecutors" as "prosecutors" are typed, and leaves "Sanders" a name', () => {
    expect(typeOfName('Prosecutors')).toBe('government');
    expect(typeOfName('Experts')).toBe('unnamed');
    expect(typeOfName('Sanders')).toBe('unknown');
  });
});

describe('a pronoun is not someone its own statement names', () => {
  // From a saved USA Today page, shortened: the man the quotation names was the nearest subject, and "he" went to him.
  const text = 'Sen. Ben Sasse, R-Neb., called his death "a crisis of public trust" within the prison system. '
    + 'Jeffrey Epstein died in August while in federal custody.\n\n'
    + '"Heads needed to roll the day Jeffrey Epstein died," he said.';

  it('gives "he" the senator, not the man the quotation names', () => {
    // The pronoun is the text's last "he" ("the", "his" hold earlier ones).
    const [s] = resolved(text, [{ speaker: 'he', speakerAt: text.split('he').length - 2, quote: 'Heads needed to roll the day Jeffrey Epstein died', cue: 'said', kind: 'direct' }]);
    expect(s).toMatchObject({ name: 'Ben Sasse', type: 'person' });
  });

  it('rules out, for one mention, whoever any of its statements names (saved NBC page, shortened)', () => {
    const text = 'Patrick Carlineo faces up to 10 years in prison.\n\n'
      + 'He was arrested in April for the call to the offices of Ilhan Omar.\n\n'
      + 'During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said it.';
    const he = text.lastIndexOf(' he ') + 1;
    const mention = { start: he, end: he + 2 };
    const attributions = build(text, [
      { quote: 'the Muslim Brotherhood', cue: 'asked' },
      { quote: 'Omar a “terrorist”', cue: 'called', kind: 'mixed' },
    ]).map((a) => ({ ...a, speaker: { ...mention, name: 'he', type: 'unknown' as const } }));
    resolveSpeakers(text, attributions);
    expect(attributions.map((a) => a.speaker?.name)).toEqual(['Patrick Carlineo', 'Patrick Carlineo']);
  });

  it('still gives "he" the one person near when the reported words name him (PolNeAR dev)', () => {
    const text = 'Donald Trump is raising questions about his microphone problems during Monday’s debate with Hillary Clinton.\n\n'
      + 'He notes that the Commission on Presidential Debates announced earlier Friday that there was an issue with Trump’s microphone.';
    const [s] = resolved(text, [{ speaker: 'He', quote: 'the Commission on Presidential Debates announced earlier Friday that there was an issue with Trump’s microphone', cue: 'notes' }]);
    expect(s).toMatchObject({ name: 'Donald Trump', type: 'person' });
  });
});

describe('an organization named by its first word', () => {
  it('joins "Alden" to "Alden Capital" (saved LA Times page)', () => {
    const text = 'The private equity firm Alden Capital, which owns the Orange County Register, Denver Post, San Jose Mercury News and more than 90 other publications, has attracted much of the publicly expressed ire.\n\n'
      + '(Alden on Tuesday announced that it had become the largest shareholder of Tribune, the former owner of The Times.)';
    expect(statementQuoting(text, 'largest shareholder').a.speaker).toMatchObject({ name: 'Alden Capital', type: 'organization' });
  });
});

describe('a modifier written as a capitalized compound', () => {
  it('leaves "Just-released" out of a name in a headline, so that "Minecraft" is not the person "Just-released Minecraft" (saved page, ars)', () => {
    const text = 'Just-released Minecraft exploit makes it easy to crash game servers\n\n'
      + 'Minecraft developer Mojang said the bug would be fixed.\n\nMinecraft said in a blog post that servers were safe.';
    const [s] = resolved(text, [{ speaker: 'Minecraft', speakerAt: 2, quote: 'servers were safe', cue: 'said' }]);
    expect(s?.name).toBe('Minecraft');
    expect(s?.type).not.toBe('person');
  });
});

describe('a paper named for its city', () => {
  it('types "Hollywood Reporter", "Miami Herald" and "Houston Chronicle" as media, not people (saved page, hollywoodreporter)', () => {
    expect(['Hollywood Reporter', 'Miami Herald', 'Houston Chronicle'].map(typeOfName)).toEqual(['media', 'media', 'media']);
    expect(typeOfName('Fiona Hill')).toBe('person');
  });
});

describe('a Dutch particle in a name', () => {
  it('names "Erik ten Hag" in full, and "Ten Hag" opening a sentence as him', () => {
    const text = 'Manchester United manager Erik ten Hag said the team was improving.\n\nTen Hag added that he was happy.';
    expect(statementQuoting(text, 'the team was improving').a.speaker?.name).toBe('Erik ten Hag');
    expect(statementQuoting(text, 'that he was happy').a.speaker?.name).toBe('Erik ten Hag');
  });
});

describe('people named by their trade or side', () => {
  it('types "Swift\'s rep", "New York\'s chief medical examiner" as persons and "Backers" as unnamed (saved pages)', () => {
    expect(typeOfDescription("Swift's rep")).toBe('person');
    expect(typeOfDescription("New York's chief medical examiner")).toBe('person');
    expect(typeOfDescription('Backers')).toBe('unnamed');
  });

  it('types people described by what they do as people ("a conference organizer", "One protest organizer", "the real estate mogul")', () => {
    expect(typeOfDescription('a conference organizer')).toBe('unnamed');
    expect(typeOfDescription('One protest organizer')).toBe('unnamed');
    expect(typeOfDescription('one user')).toBe('unnamed');
    expect(typeOfDescription('a prominent Republican National Committee member')).toBe('unnamed');
    expect(typeOfDescription('the real estate mogul')).toBe('person');
    expect(typeOfDescription('the retired neurosurgeon')).toBe('person');
  });

  it('does not send "the heckler" to the last speaker (PolNeAR train)', () => {
    const text = '"Apparently there\'s a young man who\'s having some problems," Cruz said as the heckler yelled that Cruz should leave.';
    const [, s] = resolved(text, [{ speaker: 'Cruz', quote: 'Apparently there', cue: 'said' }, { speaker: 'the heckler', quote: 'Cruz should leave', cue: 'yelled' }]);
    expect(s).toMatchObject({ name: 'heckler', type: 'person' });
  });

  it('types people counted, not named, as unnamed: "Few would argue", "Many of us have noticed", "just about everyone" (saved pages)', () => {
    expect(['Few', 'Many of us', 'Many of them', 'about everyone'].map(typeOfDescription)).toEqual(['unnamed', 'unnamed', 'unnamed', 'unnamed']);
  });
});

describe('names joined by "and" in one speaker mention', () => {
  const text = 'Later in the day, Kurt Volker, former special envoy to Kyiv, and Tim Morrison, another top NSC aide, testified before the powerful House Committee.\n\n'
    + 'However, both Vindman and Williams told lawmakers that the request was inappropriate.\n\n'
    + 'Volker and Morrison said that the call with Zelensky was not in line with American national security goals.\n\n'
    + 'He said that the meeting was part of the dialogue.';

  it('names every member, not the last one alone ("Volker and Morrison said", saved Deccan Herald page)', () => {
    const [s] = resolved(text, [{ speaker: 'Volker and Morrison', quote: 'that the call with Zelensky', cue: 'said' }]);
    expect(s).toMatchObject({ name: 'Kurt Volker and Tim Morrison', type: 'person' });
  });

  it('takes no later "he" for the group: a pair is neither he nor she', () => {
    const [, he] = resolved(text, [
      { speaker: 'Volker and Morrison', quote: 'that the call with Zelensky', cue: 'said' },
      { speaker: 'He', quote: 'that the meeting was part', cue: 'said' },
    ]);
    expect(he?.name).not.toContain(' and ');
  });

  it('names bodies together as a body ("The United Nations and European Union stressed", saved Al Bawaba page)', () => {
    const bodies = 'The United Nations and European Union stressed the decision would not change the reality that the settlements were illegal.';
    const [s] = resolved(bodies, [{ speaker: 'The United Nations and European Union', quote: 'the decision would not change', cue: 'stressed' }]);
    expect(s?.name).toBe('United Nations and European Union');
    expect(['organization', 'government']).toContain(s?.type);
  });
});

describe('a document from a named source', () => {
  // The saved Breitbart page: Emery "retweeted an article by Vulture magazine", then "The tweet from Vulture magazine reads".
  const text = 'Emery, a writer for partisan “fact-checking” website Snopes.com, retweeted an article by Vulture magazine relating to the protests of the Hamilton musical.\n\n'
    + 'The tweet from Vulture magazine reads, “#Hamilton Chicago show interrupted by angry Trump supporter.”';

  it('is the source\'s, typed by the class noun after its name, not the speaker named before it', () => {
    const [, s] = resolved(text, [
      { speaker: 'Emery, a writer for partisan “fact-checking” website Snopes.com', quote: 'an article by Vulture magazine', cue: 'retweeted' },
      { speaker: 'The tweet from Vulture magazine', quote: '#Hamilton Chicago show', cue: 'reads', kind: 'direct' },
    ]);
    expect(s).toMatchObject({ name: 'Vulture', type: 'media' });
  });
});

describe('a nation\'s or a party\'s adjective as the source of a noun of saying', () => {
  it('types "Palestinian criticism" as a government\'s (saved Al Bawaba page)', () => {
    const text = 'The United States faced stiff international and Palestinian criticism on Tuesday over its decision to no longer consider Israeli settlements illegal.';
    const [s] = resolved(text, [{ speaker: 'Palestinian', quote: 'its decision to no longer consider', cue: 'criticism on' }]);
    expect(s).toMatchObject({ name: 'Palestinian', type: 'government' });
  });

  it('types "Democratic criticism" as a party\'s, an organization (saved NYT page)', () => {
    const text = 'It allows him to maintain a tough public stance toward China and avoid Democratic criticism that he is caving to Beijing.';
    const [s] = resolved(text, [{ speaker: 'Democratic', quote: 'that he is caving to Beijing', cue: 'criticism' }]);
    expect(s?.type).toBe('organization');
  });

  it('leaves a people\'s adjective with no government unnamed ("Latino support", PolNeAR train)', () => {
    const text = 'Trump and criticizing them as anti-Latino, a tactic Democrats hope will dampen Latino support for them in the general election.';
    const [s] = resolved(text, [{ speaker: 'Latino', speakerAt: 1, quote: 'them in the general election', cue: 'support for' }]);
    expect(s?.type).toBe('unnamed');
  });
});

describe('speakers typed by how the article writes them (PolNeAR dev)', () => {
  it('types a transcript\'s capitalized turn label before a colon as a person ("WALLACE: …")', () => {
    const text = 'Partial transcript as follows:\n\n"WALLACE: Let’s start with breaking news on the debate story.';
    const [s] = resolved(text, [{ speaker: 'WALLACE', quote: 'Let’s start with breaking news', cue: ':', kind: 'direct' }]);
    expect(s).toMatchObject({ name: 'WALLACE', type: 'person' });
  });

  it('keeps "for a" inside a body\'s name ("The Committee for a Responsible Federal Budget")', () => {
    const text = 'The Committee for a Responsible Federal Budget reported that Trump\'s plans would cost $150 billion, even if his cost offsets materialized.';
    const [s] = resolved(text, [{ speaker: 'The Committee for a Responsible Federal Budget', quote: 'that Trump', cue: 'reported' }]);
    expect(s).toMatchObject({ name: 'Committee for a Responsible Federal Budget', type: 'organization' });
  });

  it('types an honorific with a surname as a person, with its gender ("Mr. Trump\'s turn against …", PolNeAR train)', () => {
    const text = "Mr. Trump's turn against the former president started last week.";
    const [s] = resolved(text, [{ speaker: "Mr. Trump's", quote: 'against the former president', cue: 'turn' }]);
    expect(s).toMatchObject({ name: 'Mr. Trump', type: 'person' });
  });

  it('types people counted as unnamed ("Twenty-four percent said …"), not a year ("… sent out in 2013 denouncing", PolNeAR train)', () => {
    const text = 'Twenty-four percent said they were more likely to vote for him because of it, while 9 percent found it troubling.';
    const [s] = resolved(text, [{ speaker: 'Twenty-four percent', quote: 'they were more likely', cue: 'said' }]);
    expect(s?.type).toBe('unnamed');
    const years = '— The blizzard of tweets he sent out in 2013 denouncing Rubio’s amnesty bill as it was sailing through the Senate.';
    const [y] = resolved(years, [{ speaker: '2013', quote: 'Rubio’s amnesty bill', cue: 'denouncing' }]);
    expect(y?.type).not.toBe('unnamed');
  });

  it('types a person by trade ("The actress said …", PolNeAR train)', () => {
    const text = 'The actress said she was tired of the status quo and wanted a candidate who had not accepted money.';
    const [s] = resolved(text, [{ speaker: 'The actress', quote: 'she was tired of the status quo', cue: 'said' }]);
    expect(s?.type).toBe('person');
  });

  it('types a fact-checker as a medium ("PolitiFact announced …")', () => {
    const text = 'On Monday, PolitiFact announced it will have 18 fact-checkers working during the first presidential debate.';
    const [s] = resolved(text, [{ speaker: 'PolitiFact', quote: 'it will have 18 fact-checkers', cue: 'announced' }]);
    expect(s).toMatchObject({ name: 'PolitiFact', type: 'media' });
  });

  it('types an outlet the lists do not name by its nameplate word ("according to the Las Vegas Sun", PolNeAR train)', () => {
    const text = '“I think one has to ask, is this a priority for the two of them because it’s an election year?” O’Malley said at a press conference, according to the Las Vegas Sun.';
    const [s] = resolved(text, [{ speaker: 'the Las Vegas Sun', quote: 'O’Malley said at a press conference', cue: 'according to' }]);
    expect(s).toMatchObject({ name: 'Las Vegas Sun', type: 'media' });
  });

  it('leaves polling averages, tallies and court papers unnamed ("the Real Clear Politics average of recent polls", "the affidavit", PolNeAR train)', () => {
    expect(typeOfDescription('the Real Clear Politics average of recent polls')).toBe('unnamed');
    expect(typeOfDescription('Exit polling')).toBe('unnamed');
    expect(typeOfDescription('the affidavit')).toBe('unnamed');
  });

  it('types people counted, not named, as unnamed ("People briefed on the move said", "those surveyed say", "both condemned", PolNeAR train)', () => {
    const text = 'People briefed on the move said that it reflected Mr. Trump’s realization that his campaign was in trouble.';
    const [s] = resolved(text, [{ speaker: 'People briefed on the move', quote: 'that it reflected', cue: 'said' }]);
    expect(s).toMatchObject({ type: 'unnamed' });
    expect(typeOfDescription('those surveyed')).toBe('unnamed');
    expect(typeOfDescription('both')).toBe('unnamed');
    expect(typeOfName('None')).toBe('unnamed');
  });

  it('keeps a person whose surname is a nameplate word a person ("Don Guardian", "Sam Sun")', () => {
    expect(typeOfName('Don Guardian')).toBe('person');
    expect(typeOfName('Sam Sun')).toBe('person');
  });

  it('types a city that speaks as its government ("The city of Phoenix is demanding …")', () => {
    const text = 'The city of Phoenix is demanding that Donald Trump’s campaign stop using the image of Phoenix police officers in a campaign advertisement.';
    const [s] = resolved(text, [{ speaker: 'The city of Phoenix', quote: 'that Donald Trump’s campaign stop', cue: 'is demanding' }]);
    expect(s?.type).toBe('government');
  });
});

describe('a place whose name ends like a participle or an adverb, opening a sentence', () => {
  it('is still a name ("Beijing responded by sidestepping Moscow", PolNeAR train)', () => {
    const text = 'Some feared it would become a tool for Chinese economic expansion. Beijing responded by sidestepping Moscow, establishing an Asian Infrastructure Investment Bank.';
    const [s] = resolved(text, [{ speaker: 'Beijing', quote: 'by sidestepping Moscow', cue: 'responded' }]);
    expect(s).toMatchObject({ name: 'China', type: 'government' });
  });
});

describe('a group named for the people it gathers', () => {
  it('keeps "Doctors for Camp Closure" whole, an organization (saved MSN page)', () => {
    const text = 'The group Doctors for Camp Closure said it had offered to stage a mobile flu vaccine clinic at no cost to the government.';
    const [s] = resolved(text, [{ speaker: 'The group Doctors for Camp Closure', quote: 'it had offered', cue: 'said' }]);
    expect(s).toMatchObject({ name: 'Doctors for Camp Closure', type: 'organization' });
  });

  it('leaves a role held for someone apart ("Attorneys for Clinton argued", PolNeAR train)', () => {
    const text = 'Attorneys for Clinton argued that the emails were not classified.';
    const [s] = resolved(text, [{ speaker: 'Attorneys for Clinton', quote: 'that the emails', cue: 'argued' }]);
    expect(s?.name).not.toBe('Attorneys for Clinton');
  });
});

describe('"which" after a name and the body noun it names', () => {
  it('is that body ("Netanyahu’s Likud party, which tried … by saying", saved Washington Post page)', () => {
    const text = 'The first comments came with a tough warning about some of the rhetoric from Netanyahu’s Likud party, which tried to rally right-wing support by saying that Arab Israeli voters were “coming out in droves.”';
    const [s] = resolved(text, [{ speaker: 'which', quote: 'that Arab Israeli voters', cue: 'saying' }]);
    expect(s).toMatchObject({ name: 'Likud party', type: 'organization' });
  });
});

describe('an acronym in brackets after the name it abbreviates', () => {
  it('names "RMS" Richard M. Stallman, a person, after "Richard M. Stallman (RMS)" (saved ebb.org page)', () => {
    const text = 'Until now, I have stayed silent regarding all these current topics: from Richard M. Stallman (RMS)\'s public statements, to his resignation. '
      + 'RMS has consistently argued that there was a campaign of “prudish intimidation” — seeking to keep him quiet about his views on sexuality.';
    const [s] = resolved(text, [{ speaker: 'RMS', quote: 'that there was a campaign', cue: 'has consistently argued' }]);
    expect(s).toMatchObject({ name: 'Richard M. Stallman', type: 'person' });
  });

  it('names "the conservative PPP" the People Power Party (saved Korea Herald page)', () => {
    const text = 'Lawmakers from the People Power Party (PPP) were shouted and cursed at as they left en masse after voting on a separate motion. '
      + 'But the conservative PPP also remained formally opposed to a bill appointing a special prosecutor to investigate corruption allegations.';
    const [s] = resolved(text, [{ speaker: 'the conservative PPP', quote: 'to a bill appointing', cue: 'opposed' }]);
    expect(s).toMatchObject({ name: 'People Power Party', type: 'organization' });
  });

  it('leaves an acronym that abbreviates something else alone ("WASHINGTON (AP)")', () => {
    const text = 'WASHINGTON (AP) — The AP said the vote was close.';
    const [s] = resolved(text, [{ speaker: 'The AP', quote: 'the vote was close', cue: 'said' }]);
    expect(s).toMatchObject({ name: 'AP', type: 'media' });
  });
});

describe('a name whose words are joined by a no-break space', () => {
  it('is one name: "FBI Director James\u00a0Comey" is James Comey, and "The director" after him too (PolNeAR train)', () => {
    const text = 'Concerning her use of her private server, FBI Director James\u00a0Comey stated Clinton and her team were “extremely careless in their handling of very sensitive, highly classified information.”\n\n'
      + 'The director further stated, while testifying before Congress earlier this month, that she should have known better.';
    const [s1, s2] = resolved(text, [
      { speaker: 'FBI Director James\u00a0Comey', quote: 'Clinton and her team were', cue: 'stated' },
      { speaker: 'The director', quote: 'that she should have known better', cue: 'stated' },
    ]);
    expect(s1).toMatchObject({ name: 'James Comey', type: 'person' });
    expect(s2).toMatchObject({ name: 'James Comey', type: 'person' });
  });

  it('keeps a body’s name whole across it ("Attorney’s Office\u00a0for the Western District", saved The Hill page)', () => {
    const text = 'A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney’s Office\u00a0for the Western District of New York announced Monday.';
    const [s] = resolved(text, [{ speaker: 'the U.S. Attorney’s Office\u00a0for the Western District of New York', quote: 'A New York man pleaded guilty', cue: 'announced' }]);
    expect(s?.name).toContain('Office for the Western District');
    expect(s?.type).toBe('organization');
  });
});

describe('a description whose head word last named another’s own', () => {
  it('does not take "The office" after "Omar’s office" for the U.S. Attorney’s Office named before (saved The Hill page)', () => {
    const text = 'A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar, the U.S. Attorney’s Office for the Western District of New York announced Monday.\n\n'
      + 'Carlineo was arrested in April for a March 21 phone call he reportedly made to Omar’s office.\n\n'
      + 'The office referred the call to U.S. Capitol Police, who worked with the FBI to investigate.';
    const [, s] = resolved(text, [
      { speaker: 'the U.S. Attorney’s Office for the Western District of New York', quote: 'A New York man pleaded guilty', cue: 'announced' },
      { speaker: 'The office', quote: 'the call to U.S. Capitol Police', cue: 'referred' },
    ]);
    expect(s?.name).not.toContain('Western District');
  });

  it('still takes "The campaign" for the campaign named last, past another’s ("Clinton’s campaign … Donald Trump’s presidential campaign", PolNeAR dev)', () => {
    const text = 'Donald Trump’s campaign is defending his early-morning tweets. Trump took to Twitter overnight to accuse Clinton’s campaign of being duped.\n\n'
      + 'A new ad from Donald Trump’s presidential campaign is seizing on recent comments his rival made.\n\n'
      + 'The campaign says the ad will air nationally as part of its ramped-up spending on television advertising.';
    const [, s] = resolved(text, [
      { speaker: 'Donald Trump’s campaign', quote: 'his early-morning tweets', cue: 'is defending' },
      { speaker: 'The campaign', quote: 'the ad will air nationally', cue: 'says' },
    ]);
    expect(s?.name).toContain('Trump');
  });
});

describe('"one"/"another" and a role noun', () => {
  it('is someone other than the person the role fits ("one Sanders supporter", "another supporter", PolNeAR train)', () => {
    const text = 'Diane Russell, a Maine legislator and Sanders supporter, said the count was unfair. '
      + '"Hillary doesn\'t even care anymore," wrote one Sanders supporter, tweeting a link to a story. '
      + '"Yet another state we would\'ve won if everyone could vote," another supporter wrote on Reddit.';
    const [a, b] = resolved(text, [
      { speaker: 'one Sanders supporter', quote: 'Hillary doesn\'t even care anymore', cue: 'wrote' },
      { speaker: 'another supporter', quote: 'Yet another state we would\'ve won if everyone could vote', cue: 'wrote' },
    ]);
    expect(a?.name).not.toBe('Diane Russell');
    expect(b?.name).not.toBe('Diane Russell');
  });

  it('still lets "the supporter" continue the person whose role fits', () => {
    const text = 'Diane Russell, a Maine legislator and Sanders supporter, said the count was unfair. The supporter said more.';
    const [s] = resolved(text, [{ speaker: 'The supporter', quote: 'more', cue: 'said' }]);
    expect(s?.name).toBe('Diane Russell');
  });
});

describe('a role with an abbreviation or an initial inside', () => {
  it('reads the role through "Mrs." and "George W." ("spokesman for Mrs. Clinton", PolNeAR train)', () => {
    expect(roleAfter(', a spokesman for Mrs. Clinton, said', 0)).toBe('spokesman for Mrs. Clinton');
    expect(roleAfter(', former White House press secretary to George W. Bush, who attended the event', 0)).toBe('former White House press secretary to George W. Bush');
  });

  it('names "Tyler Besecker, president of Mercer Island-based Dana F. Besecker Company" with the whole company (saved Seattle Times page)', () => {
    const text = '“I was shocked to see that level,” said Tyler Besecker, president of Mercer Island-based Dana F. Besecker Company, the largest buyer of Pacific halibut.';
    const [s] = resolved(text, [{ speaker: 'Tyler Besecker, president of Mercer Island-based Dana F. Besecker Company, the largest buyer of Pacific halibut', quote: 'I was shocked', cue: 'said' }]);
    expect(s?.role).toBe('president of Mercer Island-based Dana F. Besecker Company');
  });

  it('reads the role through an acronym\'s periods when a lower-case word follows it ("the U.S. attorney for …", saved NBC page)', () => {
    expect(roleAfter(', the U.S. attorney for the Southern District of New York, said in a statement', 0)).toBe('U.S. attorney for the Southern District of New York');
    expect(roleAfter(', the father of a slain U.S. soldier. Trump lashed out', 0)).toBe('father of a slain U.S. soldier');
    expect(roleAfter(', a Boise State University political scientist who studies U.S.-Canada trade, said', 0)).toBe('Boise State University political scientist');
  });

  it('reads no role through an acronym a capital follows: the next sentence or a name may start there', () => {
    expect(roleAfter(', an ambassador to the U.S. He said it', 0)).toBeUndefined();
    // The part before "who" is read as the first part of an apposition too long to end in the window.
    expect(roleAfter(', a Democrat and former Oklahoma state senator who ran for the U.S. Senate in 2008, said', 0)).toBe('Democrat and former Oklahoma state senator');
  });

  it('reads a fellow, a meteorologist, a commissioner as a post in an apposition (saved pages, PolNeAR train)', () => {
    expect(roleAfter(', a senior fellow at the Brookings Institution. He said', 0)).toBe('senior fellow at the Brookings Institution');
    expect(roleAfter(", PG&E's principal meteorologist, said", 0)).toBe("PG&E's principal meteorologist");
    expect(roleAfter(', the parliamentary commissioner for the military, said', 0)).toBe('parliamentary commissioner for the military');
  });

  it('ends a role before its relative clause ("former Hewlett-Packard CEO who dropped her own presidential bid", PolNeAR train; saved pages)', () => {
    expect(roleAfter(', former Hewlett-Packard CEO who dropped her own presidential bid in early February, said', 0)).toBe('former Hewlett-Packard CEO');
    expect(roleAfter(', a professor at Purdue University whose research includes sustainability in supply chains. If', 0)).toBe('professor at Purdue University');
    expect(roleAfter(', the executive director at the Center of Media Justice and whose also featured in the film, told', 0)).toBe('executive director at the Center of Media Justice');
  });

  it('reads the post a "who is/was" clause names ("Alexander Vindman, who is the White House … Ukraine expert", saved pages; PolNeAR train)', () => {
    expect(roleAfter(', who is the White House National Security Council Ukraine expert. After', 0)).toBe('White House National Security Council Ukraine expert');
    expect(roleAfter(", who was then serving as the President's physician, suggested", 0)).toBe("President's physician");
    expect(roleAfter(', who was chief of staff to Leon E. Panetta at the C.I.A., said', 0)).toBeUndefined();
  });

  it('reads the first part of an apposition too long for the window ("a fellow at the Urban Institute and a co-founder of …", saved pages; PolNeAR dev)', () => {
    expect(roleAfter(', a fellow at the Urban Institute and a co-founder of the Urban-Brookings Tax Policy Center in Washington. “It', 0)).toBe('fellow at the Urban Institute');
    expect(roleAfter(', executive vice president of the Brookings Institution and a former U.S. ambassador to Israel. “It can’t', 0)).toBe('executive vice president of the Brookings Institution');
    expect(roleAfter(', an economist who served as director of the Congressional Budget Office and is now president of the American Action Forum, a', 0)).toBe('economist');
  });

  it('reads no first part that is no post ("Clinton, Sanders and a host of …")', () => {
    expect(roleAfter(', the rally in Des Moines that drew thousands of supporters from across the state and a number of reporters from abroad', 0)).toBeUndefined();
  });

  it('keeps the lower-case words before a role noun written before the name ("Republican presidential candidate Donald Trump", PolNeAR train; saved pages)', () => {
    const before = (s: string, name: string): string | undefined => roleBefore(s, s.length - name.length);
    expect(before('criticism from Republican presidential candidate Donald Trump', 'Donald Trump')).toBe('Republican presidential candidate');
    expect(before('a company owned by talent manager Scooter Braun', 'Scooter Braun')).toBe('talent manager');
    expect(before('High school math teacher Angela Cooper', 'Angela Cooper')).toBe('High school math teacher');
  });

  it('leaves a verb or a conjunction before the role noun out of it ("said pollster Frank Luntz", "grabbing reporter Michelle Fields", PolNeAR train)', () => {
    const before = (s: string, name: string): string | undefined => roleBefore(s, s.length - name.length);
    expect(before('at some point," said pollster Frank Luntz', 'Frank Luntz')).toBe('pollster');
    expect(before('a recording showed him grabbing reporter Michelle Fields', 'Michelle Fields')).toBe('reporter');
    expect(before('on television, although longtime friend Lanny Davis', 'Lanny Davis')).toBe('longtime friend');
  });

  it('reads a coach, a captain, a co-founder, a counsel before a name as their post (saved pages, PolNeAR train)', () => {
    const before = (s: string, name: string): string | undefined => roleBefore(s, s.length - name.length);
    expect(before('Hours before the game, Wild coach Bruce Boudreau', 'Bruce Boudreau')).toBe('Wild coach');
    expect(before('against Wikileaks co-founder Julian Assange', 'Julian Assange')).toBe('Wikileaks co-founder');
    expect(before('the Justice Department senior trial counsel Caroline Lewis Wolverton', 'Caroline Lewis Wolverton')).toBe('Justice Department senior trial counsel');
  });

  it('reads no post when no post noun stands before the name ("the team beat Wild Bruce Boudreau")', () => {
    const before = (s: string, name: string): string | undefined => roleBefore(s, s.length - name.length);
    expect(before('the team beat Wild Bruce Boudreau', 'Bruce Boudreau')).toBeUndefined();
  });

  it('reads no role from a relative clause alone ("Joe Carbone, who works for the Transportation Department", saved page)', () => {
    expect(roleAfter(', who works for the Transportation Department, where he is known', 0)).toBeUndefined();
  });

  it('reads no post in "fellow" as an adjective ("a letter addressed to fellow conservatives", PolNeAR train)', () => {
    expect(roleAfter(', a letter addressed to fellow conservatives, said', 0)).toBeUndefined();
  });

  it('drops the clause that held the abbreviation when the whole is too long, and still ends a role at a sentence\'s period', () => {
    expect(roleAfter(', the former senator from Minnesota who is supporting Mr. Rubio after first backing two of his rivals in the Republican race', 0)).toBe('former senator from Minnesota');
    expect(roleAfter(', a former HP executive. She said', 0)).toBe('former HP executive');
    expect(roleAfter(', Sen. Ted Cruz of Texas and Sen. Marco Rubio of Florida', 0)).toBeUndefined();
  });
});

describe('a surname that is also a nationality', () => {
  it('is the person the article names: "Cuban said" after "Mark Cuban" (PolNeAR train)', () => {
    const text = 'Mark Cuban, the billionaire owner of the Dallas Mavericks, spoke on Sunday. Trump\'s grasp of policy and temperament are worrying, Cuban said.';
    const [s] = resolved(text, [{ speaker: 'Cuban', quote: 'Trump\'s grasp of policy', cue: 'said' }]);
    expect(s).toMatchObject({ name: 'Mark Cuban', type: 'person' });
  });

  it('is still the nation when no one bears it as a surname', () => {
    const text = 'Cuban officials met on Monday. Cuban said the talks were over.';
    const [s] = resolved(text, [{ speaker: 'Cuban', quote: 'the talks were over', cue: 'said' }]);
    expect(s?.type).toBe('government');
  });
});
