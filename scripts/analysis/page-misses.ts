// What the engine misses on the 50 saved news pages (../shared/pages, read in place as page-statements.ts reads them):
// the other side of page-statements.ts, which lists only what is shown. Two measures a reader would expect covered:
//   (a) quotations: every region the engine's own quote finder pairs (src/core/quotes.ts) holding ≥ 4 words, covered
//       when some statement's content overlaps it;
//   (b) said-sentences: every sentence (the engine's own splitter) holding a verb of saying or a source phrase
//       (said, says, told, added, according to, announced, …), covered when some statement's content, cue or
//       speaker mention overlaps it.
// Neither is a gold standard: titles, scare quotes, names of works and sentences about saying that attribute nothing
// are rightly left out, so the uncovered ones are read, not counted as errors.
//   npx tsx scripts/analysis/page-misses.ts                 the totals
//   npx tsx scripts/analysis/page-misses.ts --list          with every uncovered quotation and sentence
import { analyse, type Span } from '../../src/core/index';
import { tokenize, WORD } from '../../src/core/tokens';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences } from '../../src/core/sentences';
import { articleTextFromHtml } from '../../src/cli/article-from-html';
import { listSavedPages } from '../../test/page/pages-corpus';

const list = process.argv.includes('--list');
const SAYING = /\b(said|says|told|added|according to|announced|stated|wrote|asked|explained|insisted|claimed|denied|confirmed|warned|argued|noted)\b/i;
const MIN_QUOTE_WORDS = 4;
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
const overlaps = (a: Span, from: number, to: number): boolean => a.start < to && from < a.end;

let quotes = 0, quotesCovered = 0, saying = 0, sayingCovered = 0, n = 0;
for (const page of listSavedPages()) {
  const text = articleTextFromHtml(page.source());
  if (text === null) continue;
  n++;
  const found = analyse(text).attributions;
  const contents = found.map((a) => a.quote);
  const anyPart = found.flatMap((a) => [a.quote, ...(a.cue ? [a.cue] : []), ...(a.speaker ? [a.speaker] : [])]);
  const t = tokenize(text);
  const { regions, regionOf } = findQuotes(text, t);
  for (const r of regions) {
    let words = 0;
    for (let k = r.open; k < r.close; k++) if (t.kind[k] === WORD) words++;
    if (words < MIN_QUOTE_WORDS) continue;
    quotes++;
    if (contents.some((q) => overlaps(q, r.start, r.end))) { quotesCovered++; continue; }
    if (list) console.log(`p${n}\tQUOTE\t${oneLine(text.slice(r.start, r.end)).slice(0, 160)}`);
  }
  const sentences = splitSentences(text, t, regionOf, (k) => regionOf[k]! >= 0 && regions[regionOf[k]!]!.close === k);
  for (const s of sentences) {
    const from = t.start[s.from]!, to = t.end[s.to - 1]!;
    const sentence = text.slice(from, to);
    if (!SAYING.test(sentence)) continue;
    saying++;
    if (anyPart.some((p) => overlaps(p, from, to))) { sayingCovered++; continue; }
    if (list) console.log(`p${n}\tSAID\t${oneLine(sentence).slice(0, 220)}`);
  }
}
const pct = (a: number, b: number): string => `${(100 * a / Math.max(1, b)).toFixed(1)}%`;
console.log(`pages ${n}: quotations (≥ ${MIN_QUOTE_WORDS} words) covered ${quotesCovered}/${quotes} (${pct(quotesCovered, quotes)}); `
  + `said-sentences covered ${sayingCovered}/${saying} (${pct(sayingCovered, saying)})`);
