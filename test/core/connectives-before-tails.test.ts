import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

// "For instance, she is proposing $275 billion …", "And, Kasich tells the crowd, he’s been known to …": a connective
// alone before the subject's comma links the sentence to the one before. It is no content; what was said follows the cue.
describe('a lone connective before a subject is no content', () => {
  it('"For instance, she is proposing …" (PolNeAR train, nyt_2016-06-15_clinton-s-chance-to-make-bold-ch)', () => {
    const text = 'For instance, she is proposing $275 billion in federal infrastructure investment over five years. That is less than 10 percent of what the American Society of Civil Engineers estimates will be needed.';
    expect(statements(text).some((s) => s.quote === 'For instance')).toBe(false);
    expect(statementQuoting(text, '$275 billion').quote.startsWith('$275 billion in federal infrastructure investment')).toBe(true);
  });

  it('"And, Kasich tells the crowd, he’s been known to …" (PolNeAR train, breitbart_2016-02-20_the-latest-hillary-clinton-tells)', () => {
    const text = 'And, Kasich tells the crowd, he’s been known to be “brusk” and “tough” in his home state of Ohio.';
    const s = statementQuoting(text, 'known to be');
    expect(s.speaker).toBe('Kasich');
    expect(s.quote.startsWith('he’s been known to be')).toBe(true);
  });
});
