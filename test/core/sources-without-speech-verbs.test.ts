// Sources without a verb of saying: "according to" both ways, "X reported", passives, nominals and
// headlines. Sentences from the Kursk seed and PolNeAR.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('according to', () => {
  it('reads "According to X, …" with the content after the comma', () => {
    const text = 'According to reports, North Korea sent an estimated total of 14,000 troops to fight in the Kursk region.';
    const s = statementQuoting(text, 'North Korea sent');
    expect(s.speaker).toBe('reports');
    expect(s.cue).toBe('According to');
    expect(s.quote.startsWith('North Korea')).toBe(true);
  });

  it('reads "…, according to X" with the content before it', () => {
    const text = 'Mitt Romney had a ten-point lead over Obama among the high-earning group in 2012, according to exit polls.';
    const s = statementQuoting(text, 'Mitt Romney had a ten-point lead');
    expect(s.speaker).toBe('exit polls');
    expect(s.quote).not.toContain('according');
  });

  it('ends the source of "according to X" at a spaced dash (… according to the National Academies report - still believe …)', () => {
    const text = 'But unlike Trump and other Republican hopefuls, most Americans - 63 percent in 2014, according to the National Academies report - still believe immigration is a good thing.';
    expect(statements(text).find((s) => s.cue === 'according to')?.speaker).toBe('the National Academies report');
  });
});

describe('reports, passives and nominals', () => {
  it('reads "The New York Post reports that …" with the outlet as speaker', () => {
    const text = 'The New York Post reports that Hillary Clinton’s team avoided taking her to the emergency room following her medical scare on Sunday.';
    expect(statementQuoting(text, 'Hillary Clinton’s team avoided').speaker).toBe('The New York Post');
  });

  it('reads the passive "a claim denied by Kyiv" as Kyiv denying, and stops the claim before it', () => {
    const text = 'Meanwhile, Valery Gerasimov has also claimed that Russia has reclaimed the Kursk region – a claim denied by Kyiv.';
    const claim = statementQuoting(text, 'Russia has reclaimed');
    expect(claim.speaker).toBe('Valery Gerasimov');
    expect(claim.quote).not.toContain('denied');
    const denial = statements(text).find((s) => s.speaker === 'Kyiv');
    expect(denial?.stance).toBe('deny');
    expect(denial?.cue).toBe('denied');
  });

  it('reads the nominal "Mr. Trump\'s claims that …" with the possessor (as PolNeAR marks it, with its \'s) as speaker', () => {
    const text = 'Despite Mr. Trump\'s claims that his net worth exceeds $10 billion, all of the wealth research firms put it far lower.';
    const s = statementQuoting(text, 'his net worth exceeds');
    expect(s.speaker).toBe('Mr. Trump\'s');
    expect(s.quote).not.toContain('wealth research');
  });
});

describe('documents that show', () => {
  it('reads "FEC records show …" with the records as source', () => {
    const text = 'Overall, FEC records show Eksili has donated $38,000 to political campaigns since 2010, though public records indicate he did not own a home.';
    const s = statementQuoting(text, 'Eksili has donated');
    expect(s.cue).toBe('show');
    expect(s.speaker).toBe('FEC records');
  });

  it('takes no statement from "the show" as a programme ("will come on the show to talk about immigration")', () => {
    const text = 'Investigative reporter Julia Hahn will come on the show to talk about immigration.';
    expect(statements(text).filter((st) => st.cue === 'show')).toEqual([]);
  });
});

describe('headlines', () => {
  it('reads a headline without a final period: "Russia says reclaimed Kursk region, Kyiv denies"', () => {
    const text = 'Russia says reclaimed Kursk region, Kyiv denies\n\nMeanwhile, Valery Gerasimov has also claimed that Russia has reclaimed the Kursk region.';
    const says = statements(text).find((s) => s.cue === 'says');
    expect(says?.speaker).toBe('Russia');
    expect(says?.quote).toBe('reclaimed Kursk region');
    const denies = statements(text).find((s) => s.cue === 'denies');
    expect(denies?.speaker).toBe('Kyiv');
    expect(denies?.stance).toBe('deny');
  });

  it('reads a headline "Name: words" as the named speaker’s statement', () => {
    const text = 'Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health Issues\n\nIn offering analysis of the ongoing presidential election, Caddell spoke.';
    expect(statementQuoting(text, 'Democrat Voters Worried').speaker).toBe('Pat Caddell');
  });

  it('reads an editor’s "CLARIFICATION: …" as no one’s statement (PolNeAR dev)', () => {
    const text = 'Clinton campaign spokesman Brian Fallon said on Monday that she would be out campaigning.\n\nCLARIFICATION: The first sentence has been clarified to reflect that Fowler is calling for a process to identify a potential successor, not that he is calling for that potential successor to be immediately identified.';
    expect(statements(text).filter((s) => s.quote.includes('first sentence has been clarified'))).toEqual([]);
  });
});
