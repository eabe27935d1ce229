// Property tests: for any string the engine never throws and returns a contract-abiding analysis.
// The generators lean on what breaks attribution engines: quote marks of every script, paragraph
// breaks, cue words, astral characters and lone surrogates (DOM strings are UTF-16 and may hold them).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';
import { contractViolations, splitsSurrogatePair } from './hostile-invariants';

const SEED = readFileSync(new URL('../../../shared/seed/kursk-article.txt', import.meta.url), 'utf8');
const SEED_WORDS = SEED.split(/\s+/).filter(Boolean);
/** A few real PolNeAR dev articles (US political news), to damage the way the seed is damaged below. */
const DEV_ARTICLES = readFileSync(new URL('../../../shared/corpora/polnear/dev.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).slice(0, 12).map((line) => (JSON.parse(line) as { text: string }).text);

const QUOTE_MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '″', '`'];
const BREAKS = ['\n', '\n\n', '\n\n\n', '\r\n', ' ', '  ', '\t', '\u00a0', '\u2028', '\u2029'];
const CUES = ['said', ' said ', 'says', 'according to', 'According to ', 'told', 'denied', 'confirmed', 'claimed', 'reported', 'has said,', 'said:', 'saying'];
const NAMES = ['Putin', 'Vladimir Putin', 'Kyiv', 'Ukraine', 'he', 'she', 'The general', 'Reuters', 'a senior official', 'Gerasimov,'];
const ODD = ['😀', '🇺🇦', '👩‍👩‍👧', '𝐏', '\u200b', '\u200d', '\u00ad', '\ufeff', '\u200f', '\u202e', '\ud800', '\udc00', '\u0000', 'é', 'ß', 'İ', 'ﬁ'];
const PUNCT = ['.', ',', ':', ';', '—', '–', '-', '?', '!', '(', ')', '…', '...'];

/** A piece of hostile prose: real seed words, cue words and names, quote marks, breaks and oddities. */
const hostilePiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 3, arbitrary: fc.constantFrom(...CUES) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 4, arbitrary: fc.constantFrom(...SEED_WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const hostileProse = fc.array(hostilePiece, { maxLength: 300 }).map((pieces) => pieces.join(''));

/** Any UTF-16 code unit sequence, lone surrogates included. */
const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });

/** Real text with hostile pieces spliced in at random places, cut at a random length: realistic text gone wrong. */
function damaged(source: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(source, fc.nat(), fc.array(fc.tuple(fc.nat(), hostilePiece), { maxLength: 12 }))
    .map(([original, cut, inserts]) => {
      let text = original.slice(0, Math.max(cut % (original.length + 1), 200));
      for (const [at, piece] of inserts) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + piece + text.slice(i);
      }
      return text;
    });
}
const damagedSeed = damaged(fc.constant(SEED));
const damagedNews = damaged(fc.constantFrom(...DEV_ARTICLES));

function holdsForAnalysisOf(text: string): boolean {
  const problems = contractViolations(text, analyse(text));
  if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
  return true;
}

describe('analyse on arbitrary text', () => {
  it('never throws and keeps the contract on strings of any Unicode code point', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), holdsForAnalysisOf), { numRuns: 300 });
  });

  it('never throws and keeps the contract on printable graphemes (emoji sequences, combining marks)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), holdsForAnalysisOf), { numRuns: 300 });
  });

  it('never throws and keeps the contract on raw UTF-16, lone surrogates included', () => {
    fc.assert(fc.property(anyUtf16, holdsForAnalysisOf), { numRuns: 300 });
  });

  it('never throws and keeps the contract on prose rich in quote marks, breaks, "said" and "according to"', () => {
    fc.assert(fc.property(hostileProse, holdsForAnalysisOf), { numRuns: 1000 });
  });

  it('never throws and keeps the contract on the seed article with hostile pieces spliced in', () => {
    fc.assert(fc.property(damagedSeed, holdsForAnalysisOf), { numRuns: 500 });
  });

  it('never throws and keeps the contract on PolNeAR news articles with hostile pieces spliced in', () => {
    fc.assert(fc.property(damagedNews, holdsForAnalysisOf), { numRuns: 300 });
  });

  it('is pure: the same text gives the same analysis every time', () => {
    fc.assert(fc.property(fc.oneof(hostileProse, damagedSeed), (text) => {
      expect(analyse(text)).toEqual(analyse(text));
    }), { numRuns: 200 });
  });

  it('keeps the contract when a time budget cuts the work short', () => {
    fc.assert(
      fc.property(hostileProse, fc.constantFrom(0, 1), (text, budgetMs) => {
        const problems = contractViolations(text, analyse(text, { budgetMs }), true);
        if (problems.length) throw new Error(problems.join('\n'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the contract checker itself', () => {
  // A property test is only as good as its oracle: make sure it sees the faults it is meant to see.
  const text = 'Putin said, “😀 win.”';
  const base = { id: 'a1', kind: 'direct' as const, cue: null, speaker: null, stance: 'claim' as const };

  it('flags a span edge between the two halves of an emoji', () => {
    const emoji = text.indexOf('😀');
    expect(splitsSurrogatePair(text, emoji + 1)).toBe(true);
    expect(contractViolations(text, { attributions: [{ ...base, quote: { start: emoji + 1, end: text.length } }], truncated: false }))
      .toEqual([expect.stringContaining('splits a surrogate pair')]);
  });

  it('flags empty or outside spans, duplicate ids, dangling respondsTo, and truncation without a budget', () => {
    const problems = contractViolations(text, {
      attributions: [
        { ...base, quote: { start: 3, end: 3 } },
        { ...base, quote: { start: 0, end: text.length + 1 }, stance: 'deny', respondsTo: 'a9' },
      ],
      truncated: true,
    });
    expect(problems.join('\n')).toMatch(/truncated without a time budget/);
    expect(problems.join('\n')).toMatch(/duplicate id a1/);
    expect(problems.join('\n')).toMatch(/start is not before end/);
    expect(problems.join('\n')).toMatch(/outside the text/);
    expect(problems.join('\n')).toMatch(/respondsTo a9: no such statement/);
  });
});
