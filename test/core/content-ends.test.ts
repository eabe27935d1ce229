// Where a content starts and ends when the cue is right: PolNeAR's gold contents against what the span stages
// cut. Sentences from PolNeAR train and dev.
import { describe, expect, it } from 'vitest';
import { frameWithCue, statementQuoting, statements } from './engine-helpers';

describe('content starts', () => {
  it('keeps the addressee before an infinitive (urged Republicans to join …)', () => {
    const text = 'In his speech, Graham urged Republicans to join the ranks of climate change believers, and criticized the party’s lack of environmental awareness.';
    const s = statementQuoting(text, 'join the ranks');
    expect(s.quote).toBe('Republicans to join the ranks of climate change believers');
    expect(s.speaker).toBe('Graham');
  });

  it('starts at "that" after an aside set off by commas right after the cue (said, however, that …)', () => {
    const text = 'He said, however, that he hopes “somebody else takes up the cause” against Cruz.';
    expect(statementQuoting(text, 'somebody else').quote).toBe('that he hopes “somebody else takes up the cause” against Cruz');
    const text2 = "Mr. Trump said, among other things, that Mr. Bezos has ''got a huge antitrust problem because he's controlling so much.''";
    expect(statementQuoting(text2, 'antitrust').quote).toBe("that Mr. Bezos has ''got a huge antitrust problem because he's controlling so much.");
  });

  it('starts at "that" after a longer aside right after the cue (insist, most recently in a Labor Day interview with ABC News, that …)', () => {
    const text = "The Republican nominee continues to insist, most recently in a Labor Day interview with ABC News, that he really, really wants to release his taxes but can't because he is being audited.";
    expect(statementQuoting(text, 'release his taxes').quote).toBe("that he really, really wants to release his taxes but can't because he is being audited");
  });

  it('still leaves the addressee out before "that" (told … that)', () => {
    const text = "Emanuel told reporters that his office would stop opposing the video's release next week.";
    expect(statementQuoting(text, 'his office').quote).toBe("that his office would stop opposing the video's release next week");
  });

  it('leaves a longer addressee out up to its "that" (told a meeting of Pacific Island leaders that …)', () => {
    const text = 'In Honolulu last week, he told a meeting of Pacific Island leaders that few people understood the stakes of climate change better than residents of their part of the planet.';
    expect(statementQuoting(text, 'few people').quote).toBe('that few people understood the stakes of climate change better than residents of their part of the planet');
  });
});

describe('contents that start before their speaker', () => {
  it('start at the relative pronoun the content leaves a gap for (the Federal mine, which Mr. Clarke says he is doing everything he can to keep open)', () => {
    const text = "As part of the deal with Patriot, the coal miners' union invested $10 million and took a 20 percent stake in the Federal mine, which Mr. Clarke says he is doing everything he can to keep open even though it doesn't break even.";
    const s = statementQuoting(text, 'everything he can');
    expect(s.quote).toBe("which Mr. Clarke says he is doing everything he can to keep open even though it doesn't break even");
    expect(s.speaker).toBe('Mr. Clarke');
  });

  it('not after a preposition (a black radio show host in April in which she said she always keeps hot sauce …)', () => {
    const text = "Khalif said some of Clinton's rhetoric on the campaign trail has been patronizing, noting her comments to a black radio show host in April in which she said she always keeps hot sauce in her purse.";
    // The frame itself (the sentence from "noting" on, so that "said" is hers): as a statement inside Khalif's
    // "noting …" it is dropped, as PolNeAR does (nesting.ts).
    expect(frameWithCue(text.slice(text.indexOf('noting')), 'said')).toEqual({ speaker: 'she', quote: 'she always keeps hot sauce in her purse' });
  });
});

describe('passive cues', () => {
  it('with no agent never make the subject the source (Mr. Quiros was accused of using $50 million …)', () => {
    // No frame at all (orient.ts, passive-subjects.test.ts); the helper that first wrote this test kept a source-less
    // statement instead, which measured the same F1 with more statements PolNeAR does not mark (docs/decisions.md).
    const text = 'Mr. Quiros was accused of using $50 million for personal expenses including a luxury condominium at Trump Place in New York.';
    expect(statements(text).filter((s) => s.speaker === 'Mr. Quiros')).toEqual([]);
  });

  it('of a state of mind keep their source (some Democrats are concerned that …)', () => {
    const text = 'But despite the math, some Democrats are concerned that Sanders’ tactics could make it more difficult to unite in the summer.';
    const s = statementQuoting(text, 'more difficult');
    expect(s.quote).toBe('that Sanders’ tactics could make it more difficult to unite in the summer');
    expect(s.speaker).toBe('some Democrats');
  });
});

describe('particles', () => {
  it('belong to the cue, not the content (called out his rival Donald Trump for alienating Hispanics)', () => {
    const text = 'Lindsey Graham (R-SC) called out his rival Donald Trump for alienating Hispanics, which he believes will make it impossible for a Republican to win the presidency in 2016.';
    expect(statementQuoting(text, 'his rival').quote).toBe('his rival Donald Trump for alienating Hispanics');
  });
});

describe('a tail inside the sentence', () => {
  it('before a quotation going on in lower case: the words before the tail start the content (…, Mr. Barrett said, "we were floored.")', () => {
    const text = 'So when Patriot signaled last summer that it was going to make a deal with Mr. Clarke, Mr. Barrett said, "we were floored."';
    const s = statementQuoting(text, 'floored');
    expect(s.quote).toBe('So when Patriot signaled last summer that it was going to make a deal with Mr. Clarke, Mr. Barrett said, "we were floored.');
    expect(s.speaker).toBe('Mr. Barrett');
  });
});

describe('object contents and the medium of the statement', () => {
  it('end before "in <medium>" (attacked Machado in early-morning tweets)', () => {
    const text = 'The Democratic presidential candidate’s call came after rival Donald Trump attacked Machado in early-morning tweets.';
    expect(statementQuoting(text, 'Machado').quote).toBe('Machado');
  });

  it('end before "in a statement" after a word + preposition cue (called for more school investment in a statement on Thursday)', () => {
    const text = 'Keron Blair, executive director of AROS, called for more school investment in a statement on Thursday.';
    expect(statementQuoting(text, 'school investment').quote).toBe('more school investment');
  });
});

describe('one-word objects before a subordinator', () => {
  it('end there after a word + preposition cue (critical of Trump since …, lashed out at Khan after …)', () => {
    const text = 'Graham has been critical of Trump since they both were competing in the GOP presidential primary.';
    expect(statementQuoting(text, 'Trump').quote).toBe('Trump');
    const text2 = 'Trump lashed out at Khan after he delivered a moving speech at the Democratic National Convention alongside his wife about losing their son during the Iraq War.';
    expect(statementQuoting(text2, 'Khan').quote).toBe('Khan');
  });
});

describe('a tail between subject and verb', () => {
  it('interrupts the content, which runs on after it (These employees, Stumpf explained earlier in the committee hearing, were …)', () => {
    const text = 'These employees, Stumpf explained earlier in the committee hearing, were “well-paid,” making between $30,000 and $60,000 a year.';
    const s = statementQuoting(text, 'These employees');
    expect(s.quote).toBe('These employees, Stumpf explained earlier in the committee hearing, were “well-paid,” making between $30,000 and $60,000 a year');
    expect(s.speaker).toBe('Stumpf');
  });

  it('also when the cue comes after its speaker in "as X pointed out" or before an adverb (The truth, the senator said then, was …)', () => {
    const truth = 'The truth, the senator said then, was that Trump had personally attacked his wife, Heidi, and his father, Rafael.';
    expect(statementQuoting(truth, 'personally attacked').quote).toBe('The truth, the senator said then, was that Trump had personally attacked his wife, Heidi, and his father, Rafael');
    const hawaii = "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back hurricanes.";
    expect(statementQuoting(hawaii, 'hurricanes').quote).toBe("Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back hurricanes");
  });
});

describe('object contents keep a restrictive relative', () => {
  it('runs on through a bare "who" (refers to the percentage of jobless people in the workforce who are …)', () => {
    const text = 'The unemployment rate is a widely used term with a specific definition: It refers to the percentage of jobless people in the workforce who are actively seeking employment.';
    expect(statementQuoting(text, 'jobless people').quote).toBe('the percentage of jobless people in the workforce who are actively seeking employment');
  });
});

describe('an object pronoun before of/for', () => {
  it('stays in the content (Clinton blasted him for not paying income tax)', () => {
    const text = 'The spot concludes with footage of Trump saying during the debate last week, “That makes me smart,” when Clinton blasted him for not paying income tax.';
    const s = statementQuoting(text, 'income tax');
    expect(s.quote).toBe('him for not paying income tax');
    expect(s.speaker).toBe('Clinton');
  });
});

describe('a coordinated subject inside a content', () => {
  it('opens no second clause (Compton said that she and her husband had opted …)', () => {
    const text = 'Compton said that she and her husband had opted not to join the photo line, but that they then encountered the Bushes as they were posing with the last guests.';
    const said = statements(text).find((s) => s.cue === 'said');
    expect(said?.quote).toBe('that she and her husband had opted not to join the photo line, but that they then encountered the Bushes as they were posing with the last guests');
  });

  it('with a name after "and" (Cruz said both he and Rubio promised …)', () => {
    const text = 'Cruz said both he and Rubio promised as Senate candidates to lead the fight against amnesty for illegal immigrants -- but only he kept his promise, while Rubio sought a compromise plan endorsed by top Senate Democrats.';
    const said = statements(text).find((s) => s.cue === 'said');
    expect(said?.quote).toContain('both he and Rubio promised');
  });
});

describe('object contents and names after a comma', () => {
  it('keep a list of places (pointing to Cruz’s victories Tuesday in Texas, Oklahoma and Alaska)', () => {
    const text = "Packer said the increased focus on Trump is taking a toll on the front-runner, pointing to Cruz's victories Tuesday in Texas, Oklahoma and Alaska.";
    const s = statements(text).find((x) => x.cue?.startsWith('pointing'));
    expect(s?.quote).toBe("Cruz's victories Tuesday in Texas, Oklahoma and Alaska");
  });

  it('keep a name in apposition (referring to Gruenberg’s predecessor, Sheila Bair, who headed …)', () => {
    const text = '“Even the former Chairwoman’s computer had been hacked by a foreign government, likely the Chinese,” the congressional report said, referring to Gruenberg’s predecessor, Sheila Bair, who headed the FDIC from 2006 until 2011 when Gruenberg took over as acting chairman.';
    const s = statements(text).find((x) => x.cue?.startsWith('referring'));
    expect(s?.quote).toBe('Gruenberg’s predecessor, Sheila Bair');
  });
});

describe('a second verb phrase', () => {
  it('belongs to a content with a subject of its own (saying he was rooting for Peyton Manning but would now root …)', () => {
    const text = 'Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning but would now root for North Carolina since Jeb chose Denver.';
    const s = statements(text).find((x) => x.cue === 'saying');
    expect(s?.quote).toBe('he was rooting for Peyton Manning but would now root for North Carolina since Jeb chose Denver');
  });

  it('belongs to a relative clause inside the object (citing the strategic importance of a nation that borders China and has had …)', () => {
    const text = "Foreign policy analysts said geopolitical factors have contributed to elevating Burma's bipartisan appeal, citing the strategic importance of a nation that borders China and has had friendly relations with North Korea.";
    const s = statements(text).find((x) => x.cue === 'citing');
    expect(s?.quote).toBe('the strategic importance of a nation that borders China and has had friendly relations with North Korea');
  });
});

describe('object contents and dates', () => {
  it('end before "in" + a month (Ryan endorsed Trump in early June)', () => {
    const text = 'Ryan endorsed Trump in early June, but only after publicly deliberating over the decision, telling reporters in May that he was “not quite there yet.”';
    const s = statements(text).find((x) => x.cue === 'endorsed');
    expect(s?.quote).toBe('Trump');
  });
});

describe('"to" after the cue', () => {
  it('opens an infinitive, not an adjunct before "that" (promising to impose 35 percent tariffs … that move factories abroad)', () => {
    const text = 'Trump has rallied thousands by promising to impose 35 percent tariffs on imported goods made by American companies that move factories abroad.';
    const s = statements(text).find((x) => x.cue?.startsWith('promising'));
    expect(s?.quote).toBe('to impose 35 percent tariffs on imported goods made by American companies that move factories abroad');
  });

  it('before a speech verb still lets the content start at "that" (refused to admit that he underestimated ISIS …)', () => {
    const text = 'Obama’s highly criticized press conference in Turkey on Monday, when he refused to admit that he underestimated ISIS and that his strategy to fight them may not be working.';
    const s = statements(text).find((x) => x.cue?.includes('refused'));
    expect(s?.quote).toBe('that he underestimated ISIS and that his strategy to fight them may not be working');
  });
});

describe('numbers at the start or inside a content', () => {
  it('"about" before a number means roughly, not the cue’s preposition (McAuliffe has said about 20 people …)', () => {
    const text = 'McAuliffe has said about 20 people have indicated an interest in the seat, but he refuses to discuss potential appointees, aside from saying he wants a diverse congressional delegation.';
    const s = statements(text).find((x) => x.cue?.includes('said'));
    expect(s?.quote).toBe('about 20 people have indicated an interest in the seat');
  });

  it('a comma inside a number does not end an object (I pledged to create 700,000 jobs in seven years)', () => {
    const text = 'I pledged to create 700,000 jobs in seven years.';
    const s = statements(text).find((x) => x.cue === 'pledged');
    expect(s?.quote).toBe('to create 700,000 jobs in seven years');
  });
});

describe('a quoted title inside a quotation’s tail', () => {
  it('is stepped over, and the quotation after the tail continues the content (Sanders said … on CNN’s “State of the Union” Sunday. “Thank God …”)', () => {
    const text = '“Of course we’re going to release our medical records,” Sanders said during an interview on CNN’s “State of the Union” Sunday. “Thank God, I am very healthy. We will get medical records out the same way that Secretary [Hillary] Clinton has gotten her records out. It is not a problem.”';
    const s = statements(text).find((x) => x.cue === 'said');
    expect(s?.quote).toContain('Of course we’re going to release our medical records');
    expect(s?.quote).toContain('It is not a problem.');
  });

  it('is not a resuming quotation after "and" (Oz is “smart as hell,” Steve Mosko wrote …, and “full of s---.”)', () => {
    const text = 'Oz is “smart as hell,” Steve Mosko wrote in an email to the NFL Network’s Rich Eisen, and “full of s---.”';
    const s = statements(text).find((x) => x.cue === 'wrote');
    expect(s?.quote).toContain('full of s---');
  });
});

describe('a quoted title inside an adjunct before "that"', () => {
  it('is stepped over (said on NBC’s ’’Meet the Press’’ on Sunday that …)', () => {
    const text = "Mr. Khan, who had addressed the Democratic National Convention on Thursday, said on NBC's ''Meet the Press'' on Sunday that Mr. Trump had shown disrespect to his wife, and he accused Mr. Trump of running a campaign ''of hatred, of derision, of dividing us.''";
    const s = statements(text).find((x) => x.cue === 'said');
    expect(s?.quote).toBe('that Mr. Trump had shown disrespect to his wife');
  });
});

describe('contents a reader saw wrong on saved pages', () => {
  it('takes the quotation after "said in a statement," as the content (saved NY Post page)', () => {
    const text = 'Australian Prime Minister Scott Morrison said in a statement, “We are profoundly pleased and relieved” at the hostages’ release, adding that Weeks’ family had asked to convey its own relief and gratitude.';
    expect(statementQuoting(text, 'profoundly pleased').quote.startsWith('We are profoundly pleased')).toBe(true);
  });

  it('reads "…, officials said late Thursday." as a tail whose content comes before it (saved NYT page)', () => {
    const text = 'LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on and lift trade sanctions, Obama administration officials said late Thursday.';
    expect(statementQuoting(text, 'lift trade sanctions').speaker).toBe('Obama administration officials');
  });

  it('finds no statement in "he responded quickly" (saved AP page)', () => {
    const text = 'The video had been altered to show Starmer failing to answer a question about Brexit, when, in fact, he responded quickly.';
    expect(statements(text).filter((s) => s.quote === 'quickly')).toEqual([]);
  });

  it('finds no statement in "tensions … continued to run hot" (saved Washington Post page)', () => {
    const text = 'In the immediate aftermath of Tuesday’s elections, tensions between the two sides continued to run hot.';
    expect(statements(text)).toEqual([]);
  });
});
