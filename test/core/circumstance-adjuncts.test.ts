import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// A short phrase of circumstance between the cue and its clause ("through a spokesman", "under Warren’s grilling",
// "following a vote in 2001") is the writer's, and the content starts at the clause: its "that" or its subject.
describe('a circumstance phrase after the cue stays out of the content', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('starts at "that" after "through a spokesman" (PolNeAR train, nyt_2016-08-22_foundation-and-donors-complicate)', () => {
    const text = 'Chagoury explained through a spokesman that he had simply wanted to provide insights on elections in Lebanon.';
    expect(quotes(text)).toContain('that he had simply wanted to provide insights on elections in Lebanon');
  });

  it('starts at the subject after "under Warren’s grilling" (PolNeAR dev, huff-post_2016-09-20_elizabeth-warren-hammers-wells-f)', () => {
    const text = '“You should resign. You should give back the money you took while this scam was going on and you should be criminally investigated,” Warren told Stumpf, after he admitted under Warren’s grilling he hadn’t yet been held personally accountable for the actions of his employees.';
    expect(quotes(text)).toContain('he hadn’t yet been held personally accountable for the actions of his employees');
  });
});
