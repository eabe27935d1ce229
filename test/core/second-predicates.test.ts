import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// "denied the charges and counter-accused her of battery": after an object, "and" + an -ed verb with an object of its
// own is a second predicate of the subject, not part of what was denied, so the object's content ends before it.
describe('a second predicate after an object stays out of the content', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before "and counter-accused her" (PolNeAR train, politico_2016-07-29_sex-lies-and-the-grayson-family-)', () => {
    const text = 'He denied the charges and counter-accused her of battery.';
    expect(quotes(text)).toContain('the charges');
  });

  it('ends before "and celebrated the ruling" (PolNeAR train, wash-post_2016-06-28_ruling-solidifies-candidates-abo)', () => {
    const text = 'Presumptive Democratic presidential nominee Hillary Clinton has vowed to keep abortion legal and celebrated the ruling Monday.';
    expect(quotes(text)).toContain('to keep abortion legal');
  });

  it('ends before "and pledged to …" in an object cut hard (PolNeAR train, wash-post_2016-03-22_presidential-candidates-promise-)', () => {
    const text = 'But as Trump denounced Iran\'s missile tests and pledged to confront murders at the hands of "knife-wielding Palestinians," many in the audience appeared to warm to his message, and any walkouts were either called off or went unnoticed.';
    expect(quotes(text)).toContain('Iran\'s missile tests');
  });

  it('keeps the second verb of a wh-clause (PolNeAR train, wash-post_2015-11-10_opposition-appears-to-win-landsl)', () => {
    const text = "She remembers when military officers showed up at her family's door and tried to arrest her sister, who had given speeches criticizing the government.";
    expect(quotes(text)).toContain("when military officers showed up at her family's door and tried to arrest her sister");
  });
});
