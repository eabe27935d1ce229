// The first stages on their own: quote-mark pairing and the sentence splitter, with seed/corpus text.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/tokens';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences } from '../../src/core/sentences';
import { statementQuoting } from './engine-helpers';

function quotesOf(text: string): string[] {
  const t = tokenize(text);
  return findQuotes(text, t).regions.map((r) => text.slice(r.start, r.end));
}

function sentencesOf(text: string): string[] {
  const t = tokenize(text);
  const { regions, regionOf } = findQuotes(text, t);
  const closeOf = (k: number): boolean => regionOf[k]! >= 0 && regions[regionOf[k]!]!.close === k;
  return splitSentences(text, t, regionOf, closeOf).map((s) => text.slice(t.start[s.from]!, t.end[s.to - 1]!));
}

describe('quote pairing', () => {
  it('pairs a curly quote glued to the word before it (said,“The …”)', () => {
    expect(quotesOf('Vladimir Putin said,“The complete defeat of our enemy along Kursk\'s border region creates the right conditions.”'))
      .toEqual(['The complete defeat of our enemy along Kursk\'s border region creates the right conditions.']);
  });

  it('opens a quote at a paragraph that starts with a closing mark glued to a word (”Fear. … ” ― Name)', () => {
    const text = 'Getty/Instagram.\n\n”Fear. I am truly afraid that Donald Trump will win.” ― Edwin G. Monroy\n“He represents everything the US is not.” ― Karen Bobadilla.';
    expect(quotesOf(text)).toEqual(['Fear. I am truly afraid that Donald Trump will win.', 'He represents everything the US is not.']);
  });

  it('pairs straight double quotes and the NYT double apostrophes (\'\'…\'\')', () => {
    expect(quotesOf('"We need change," the New York businessman said.')).toEqual(['We need change,']);
    expect(quotesOf("Mr. Buchanan called for a ''cultural war'' against liberals.")).toEqual(['cultural war']);
  });

  it('closes a curly quotation at two right single marks typed for a double one (“…,’’ Will Moy … told the BBC)', () => {
    const text = '“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the BBC. “And I think it is inappropriate.”';
    expect(quotesOf(text)).toEqual(['It was an attempt to mislead voters,', 'And I think it is inappropriate.']);
    expect(statementQuoting(text, 'mislead voters').speaker).toBe('Will Moy, chief executive of Full Fact');
    // An apostrophe after a plural's s stays one: "the voters’ rights" holds no mark.
    expect(quotesOf('He defended the voters’ rights and the parties’ money.')).toEqual([]);
  });

  it('does not take apostrophes, possessives or an inch sign for quote marks', () => {
    expect(quotesOf("Valery Gerasimov's deputy didn't comment on the troops' morale. The shells are 6\" wide.")).toEqual([]);
  });

  it('continues a quote into the next paragraph when that paragraph re-opens with a mark', () => {
    const text = '“The defensive operation continues.\n\n“The operational situation is difficult.”';
    expect(quotesOf(text)).toEqual(['The defensive operation continues.\n\n“The operational situation is difficult.']);
  });

  it('keeps a straight mark inside a curly quotation as text (“"><svg …> is only text,” …)', () => {
    const text = '“"><svg onload=alert(3)> is only text once it is escaped,” Mayor Daniel Reyes told reporters.';
    expect(quotesOf(text)).toEqual(['"><svg onload=alert(3)> is only text once it is escaped,']);
  });

  it('closes a curly quotation at a straight mark after its comma when a straight mark reopens it (“A," she said. "B.”, PolNeAR train)', () => {
    const text = '“Our roads and bridges are potholed and crumbling," she said. "Families endure blackouts because our electric grid fails in extreme weather.”';
    expect(quotesOf(text)).toEqual(['Our roads and bridges are potholed and crumbling,', 'Families endure blackouts because our electric grid fails in extreme weather.']);
    expect(statementQuoting(text, 'potholed').speaker).toBe('she');
  });

  it('ignores straight marks that only open paragraphs of a block quotation (never closed)', () => {
    const text = '"PENCE: Gennifer Flowers will not be attending the debate.\n\n"WALLACE: Do you really see those two as equivalent?';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('sentence splitting', () => {
  it('keeps a quotation with its frame: “A. B,” he said.', () => {
    expect(sentencesOf('“In my head. In my heart,” she said. Then she left.')).toEqual(['“In my head. In my heart,” she said.', 'Then she left.']);
  });

  it('ends a sentence at a period before a closing quote when a new sentence follows', () => {
    expect(sentencesOf('Ukraine has said,“The statements are not true.” Russia never confirmed it.'))
      .toEqual(['Ukraine has said,“The statements are not true.”', 'Russia never confirmed it.']);
  });

  it('does not end a sentence after a title or an initial (Sen. Chuck Grassley, George W. Bush)', () => {
    expect(sentencesOf('Sen. Chuck Grassley met George W. Bush. They talked.')).toEqual(['Sen. Chuck Grassley met George W. Bush.', 'They talked.']);
  });

  it('ends a headline at its paragraph break though it has no period', () => {
    expect(sentencesOf('Russia says reclaimed Kursk region, Kyiv denies\n\nMeanwhile, Valery Gerasimov has also claimed it.'))
      .toEqual(['Russia says reclaimed Kursk region, Kyiv denies', 'Meanwhile, Valery Gerasimov has also claimed it.']);
  });
});

describe('abbreviations after a hyphen', () => {
  it('does not end a sentence at "then-Sen." (PolNeAR train)', () => {
    const text = 'Looking back to 2008, Devine argued that the philosophical distance between Clinton and then-Sen. Barack Obama was narrower than what exists between Clinton and Sanders now.';
    expect(statementQuoting(text, 'philosophical distance').quote).toBe('that the philosophical distance between Clinton and then-Sen. Barack Obama was narrower than what exists between Clinton and Sanders now');
  });
});
