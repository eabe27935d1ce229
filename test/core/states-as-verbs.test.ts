// "states" as a verb of saying: after a subject pronoun or a written thing before "that", a colon or a quotation, or
// after a name before a comma and a quotation. The plural noun ("Rust Belt states", "the United States:") is no cue.
// Sentences from PolNeAR (train, dev) and the saved pages.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('"states" as a verb of saying', () => {
  it('reads "It states that …" after a pronoun', () => {
    const text = 'It states that courts should not issue an opinion in an election case too close to Election Day.';
    expect(statementQuoting(text, 'courts should not issue').speaker).toBe('It');
  });

  it('reads "A document on the Trump campaign\'s website states that …"', () => {
    const text = "A document on the Trump campaign's website states that same-sex couples would receive the six weeks of paid leave.";
    expect(statementQuoting(text, 'same-sex couples').cue).toBe('states');
  });

  it('reads "As the report states: “…”" and "Emery states, “…”" on the saved pages', () => {
    expect(statementQuoting('As the report states: "[T]he birth lottery matters more in the U.S. than in most well-off countries."', 'birth lottery').speaker).toBe('the report');
    expect(statementQuoting('In another tweet, Emery states, “Incredibly, some people actually think they have to put words in Trump’s mouth.”', 'Incredibly').speaker).toBe('Emery');
  });

  it('makes no cue of the plural noun or of "the United States:"', () => {
    expect(statements('Their show of force in politically crucial Rust Belt states underscored how important it was.')).toEqual([]);
    expect(statements('Washington, DC, United States: Getting to the Moon, while not easy, has been done before.').filter((s) => s.cue === 'States')).toEqual([]);
  });
});
