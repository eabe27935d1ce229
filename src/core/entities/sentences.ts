// Sentence starts, found once per text, so that resolution can ask "same sentence?" by binary
// search. Rough on purpose: only coreference uses it, to prefer the subject of a nearby sentence.

// Words whose period ends no sentence, and any single capital (an initial).
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Jr', 'Sr', 'St', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt',
  'Adm', 'Prof', 'Rev', 'Maj', 'Cmdr', 'Brig', 'No', 'vs', 'etc']);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const BOUNDARY = /[.!?]+["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])|\n+/gu;

/** Offsets where sentences start, ascending, beginning with 0. */
export function findSentenceStarts(text: string): number[] {
  const starts = [0];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0][0] === '.' && abbreviationBefore(text, m.index)) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/**
 * Whether an abbreviation or an initial ends right before `at`, opening the text or after white space or a bracket:
 * /(?:^|[\s(])(?:Mr|Mrs|…|etc|[A-Z])$/ on the six characters before, by the letters before `at` (no slice, no regex).
 * Every alternative is letters only and shorter than the six: the letters before `at` must be exactly one of them.
 */
function abbreviationBefore(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from <= LONGEST_ABBREVIATION && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  if (from === at || at - from > LONGEST_ABBREVIATION) return false;
  if (from > 0 && !isSpaceOrBracket(text.charCodeAt(from - 1))) return false;
  if (at - from === 1) return text.charCodeAt(from) >= 65 && text.charCodeAt(from) <= 90;
  return ABBREVIATIONS.has(text.slice(from, at));
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** [\s(]: white space and line terminators as a regex reads them, or an opening bracket. */
const isSpaceOrBracket = (c: number): boolean => c === 40 || c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680
  || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Index of the sentence holding `offset`. */
export function sentenceOf(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}
