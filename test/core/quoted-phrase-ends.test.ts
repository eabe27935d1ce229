// Contents that end where a quoted phrase inside them closes and the narrator takes over. Sentences from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

/** A quote as the scorer compares it: edge punctuation and marks trimmed. */
const quoteOf = (text: string, words: string): string => statementQuoting(text, words).quote.replace(/^[\s.,;:!?"'“”‘’()—–-]+|[\s.,;:!?"'“”‘’()—–-]+$/g, '');

describe('a quoted phrase closing on a comma', () => {
  it('ends the content before ", but" ("… is “true,” but in the course of their report …")', () => {
    const text = 'Politifact then ruled that Trump’s statement about “thousands of shootings” in Chicago is “true,” but in the course of their report they could not resist pointing out that every shooting did not result in a homicide.';
    expect(quoteOf(text, 'thousands of shootings')).toBe('that Trump’s statement about “thousands of shootings” in Chicago is “true');
  });

  it('ends an object content before ", but" + a second verb ("described the incident as a “terrible situation,” but stopped short …")', () => {
    const text = 'Trump further described the incident as a “terrible situation,” but stopped short of calling Shelby’s actions racially motivated.';
    expect(quoteOf(text, 'terrible situation')).toBe('the incident as a “terrible situation');
  });

  it('keeps the second half of "not … but" ("not because of “some kind of personal vendetta against Debbie,” but because …")', () => {
    const text = 'He said he’d be doing so not because of “some kind of personal vendetta against Debbie,” but because Canova is a “good candidate.”';
    expect(quoteOf(text, 'personal vendetta')).toBe('he’d be doing so not because of “some kind of personal vendetta against Debbie,” but because Canova is a “good candidate');
  });
});

describe('a quoted phrase closing before a spaced dash', () => {
  it('ends the content before the writer\'s aside ("… “is going to be a national security election” — an issue …"; PolNeAR train)', () => {
    const text = 'She added that the race can’t just be about reacting to Trump, and that 2016 “is going to be a national security election” — an issue Democrats have struggled with in the past.';
    expect(quoteOf(text, 'national security election')).toBe('that the race can’t just be about reacting to Trump, and that 2016 “is going to be a national security election');
  });

  it('keeps an aside set off by a pair of dashes ("“make America whole again” — itself a rebuttal … — was an inferior slogan"; PolNeAR train)', () => {
    const text = 'And he said that Clinton’s call earlier in the night to “make America whole again” — itself a rebuttal to Trump’s “Make America Great Again” rallying cry — was an inferior slogan.';
    expect(quoteOf(text, 'make America whole')).toBe('that Clinton’s call earlier in the night to “make America whole again” — itself a rebuttal to Trump’s “Make America Great Again” rallying cry — was an inferior slogan');
  });
});
