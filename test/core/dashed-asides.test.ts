import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';

// A content that stops at the closing dash of a pair ends before the opening one: the aside between the dashes is the
// writer's. A list or an alternative after the dash ("— including …", "— or …") goes on with the content.
describe('content ends before a dashed aside that closes it', () => {
  const quotes = (text: string): string[] => analyse(text).attributions.map((a) => text.slice(a.quote.start, a.quote.end));

  it('ends before "― as was true for …" (PolNeAR dev, huff-post_2016-09-27_hillary-clinton-goes-after-donal)', () => {
    const text = 'When Clinton noted that Trump has occasionally not paid anything in federal income taxes ― as was true for the few years his tax returns were made public ― Trump boasted, “That makes me smart.”';
    expect(quotes(text)).toContain('that Trump has occasionally not paid anything in federal income taxes');
  });

  it('keeps a list after the dash (PolNeAR train, huff-post_2016-05-19_ferguson-is-not-among-the-most-d)', () => {
    const text = 'In 2014, Ferguson had 115 instances of violent crime — including murder, rape and robbery — according to the most recent data available from the FBI.';
    expect(quotes(text).some((q) => q.includes('including murder, rape and robbery'))).toBe(true);
  });
});
