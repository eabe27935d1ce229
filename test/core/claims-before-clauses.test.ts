// "claims" before a subject pronoun or a possessive determiner is read as "claims that": the clause it opens is what
// is claimed. Sentences from PolNeAR train and a saved page; "claims" as a noun before such a word makes no cue.
// The positive cases read the whole article: a sentence alone is a headline to the cue finder, whose headline-verb
// path reads "Trump claims he's …" without this rule (session 17 mutation check, branch tests28).
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';
import { polnearText } from './polnear-text';

describe('"claims" before a pronoun or a possessive', () => {
  it('reads "Trump claims he\'s worth $10 billion" (PolNeAR train)', () => {
    const s = statementQuoting(polnearText('train', 'usa-today_2016-06-07_did-donald-trump-really-scam-stu'), "he's worth $10 billion");
    expect(s.cue).toBe('claims');
    expect(s.speaker).toBe('Trump');
  });

  it('reads "And he claims his boss is OK with it" and "The candidate claims his net worth is …" (PolNeAR train)', () => {
    expect(statementQuoting(polnearText('train', 'west-journal_2016-08-03_pence-endorses-paul-ryan-with-tr'), 'his boss is OK').cue).toBe('claims');
    expect(statementQuoting(polnearText('train', 'west-journal_2016-05-17_trump-files-largest-financial-st'), 'his net worth is in excess').cue).toBe('claims');
  });

  it('makes no cue of the noun: "The claims he made about the deal were false."', () => {
    expect(statements('The claims he made about the deal were false.').filter((s) => s.cue === 'claims')).toEqual([]);
  });
});
