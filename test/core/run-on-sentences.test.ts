// A run-on "sentence" with no full stop (a hostile or broken page) is cut into pieces of at most
// MAX_SENTENCE_TOKENS, so the span stages, which scan a sentence once per cue in it, stay linear in the text.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';
import { findQuotes } from '../../src/core/quotes';
import { MAX_SENTENCE_TOKENS, splitSentences } from '../../src/core/sentences';
import { tokenize } from '../../src/core/tokens';

function sentencesOf(text: string) {
  const t = tokenize(text);
  const { regions, regionOf } = findQuotes(text, t);
  return { t, sentences: splitSentences(text, t, regionOf, (k) => regionOf[k]! >= 0 && regions[regionOf[k]!]!.close === k) };
}

describe('run-on sentences', () => {
  it('are cut into pieces of at most MAX_SENTENCE_TOKENS tokens, after a comma where one is near', () => {
    const text = `Trump ${'profits rose, the agency said in a report, and '.repeat(500)}nothing.`;
    const { t, sentences } = sentencesOf(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.to - s.from).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    for (const s of sentences.slice(0, -1)) expect(text.slice(t.start[s.to - 1]!, t.end[s.to - 1]!)).toBe(',');
    // Every token is in exactly one piece, in order.
    expect(sentences[0]!.from).toBe(0);
    for (let i = 1; i < sentences.length; i++) expect(sentences[i]!.from).toBe(sentences[i - 1]!.to);
  });

  it('leaves a long sentence whole (PolNeAR\'s longest, train and dev, is 329 tokens)', () => {
    const text = `The senator, who spoke on Tuesday, said the plan would cost more than it saves${', and the governor said it would not'.repeat(45)}.`;
    const { t, sentences } = sentencesOf(text);
    expect(t.n).toBeGreaterThan(350);
    expect(sentences).toHaveLength(1);
  });

  it('are read in linear time: 8× the repeats of a frame-making phrase take far less than 64× the time', () => {
    // Each repeat makes a frame whose subject and content scans reach across the sentence: quadratic when uncut
    // (1,000 repeats 1.8 s, 8,000 repeats 67 s before the cap).
    const phrase = 'he unleashed tweets early saying ';
    const t0 = performance.now();
    analyse(`Trump ${phrase.repeat(1000)}nothing.`);
    const t1 = performance.now();
    analyse(`Trump ${phrase.repeat(8000)}nothing.`);
    const t2 = performance.now();
    expect(t2 - t1).toBeLessThan(20 * (t1 - t0) + 500);
  }, 120_000);
});
