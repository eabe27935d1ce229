// Sentence starts, found once per text, so that resolution can ask "same sentence?" by binary
// search. Rough on purpose: only coreference uses it, to prefer the subject of a nearby sentence.

// Words whose period ends no sentence, and any single capital (an initial).
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Jr', 'Sr', 'St', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt',
  'Adm', 'Prof', 'Rev', 'Maj', 'Cmdr', 'Brig', 'No', 'vs', 'etc']);
// A month's period before a day ("scheduled for Feb. 14."): a date, not a sentence's end.
const MONTHS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const BOUNDARY = /[.!?]+["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])|\n+/gu;

/** Offsets where sentences start, ascending, beginning with 0. */
export function findSentenceStarts(text: string): number[] {
  const starts = [0];
  BOUNDARY.lastIndex = 0;
  // test(), not exec(): a match array and string per boundary were a fortieth of the engine's allocation. The match
  // ends at lastIndex, and how it opens is read back from there.
  for (let from = 0; BOUNDARY.test(text); from = BOUNDARY.lastIndex) {
    if (!periodAfterAbbreviation(text, from, BOUNDARY.lastIndex)) starts.push(BOUNDARY.lastIndex);
  }
  return starts;
}

/**
 * Whether the BOUNDARY match found from `from` and ending at `end` opens with a period that ends an abbreviation or an
 * initial. Read backwards: the first alternative is white space after closing marks after a run of . ! ?, and opens
 * where the run does. A match ending in a line break may be the second alternative (line breaks alone) with such a run
 * before it that made no boundary ("Jr. \nsaid", the lookahead failing): only then is the regex asked again, with exec.
 */
function periodAfterAbbreviation(text: string, from: number, end: number): boolean {
  let k = end;
  while (k > from && isRegexSpace(text.charCodeAt(k - 1))) k--;
  while (k > from && isCloser(text.charCodeAt(k - 1))) k--;
  let run = k;
  while (run > from && isTerminalMark(text.charCodeAt(run - 1))) run--;
  if (run === k || text.charCodeAt(run) !== 46 || !abbreviationBefore(text, run, isDigit(text.charCodeAt(end)))) return false;
  if (text.charCodeAt(end - 1) !== 10) return true;
  BOUNDARY.lastIndex = from;
  const m = BOUNDARY.exec(text)!;
  BOUNDARY.lastIndex = end;
  return m[0][0] === '.';
}

/** [.!?] and ["”’)] of BOUNDARY, by character code. */
const isTerminalMark = (c: number): boolean => c === 46 || c === 33 || c === 63;
const isCloser = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 41;

/**
 * Whether an abbreviation or an initial ends right before `at`, opening the text or after white space or a bracket:
 * /(?:^|[\s(])(?:Mr|Mrs|…|etc|[A-Z])$/ on the six characters before, by the letters before `at` (no slice, no regex).
 * Every alternative is letters only and shorter than the six: the letters before `at` must be exactly one of them.
 */
function abbreviationBefore(text: string, at: number, dayFollows: boolean): boolean {
  let from = at;
  while (from > 0 && at - from <= LONGEST_ABBREVIATION && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  if (from === at || at - from > LONGEST_ABBREVIATION) return false;
  if (from > 0 && !isSpaceOrBracket(text.charCodeAt(from - 1))) return false;
  if (at - from === 1) return text.charCodeAt(from) >= 65 && text.charCodeAt(from) <= 90;
  const word = text.slice(from, at);
  return ABBREVIATIONS.has(word) || (dayFollows && MONTHS.has(word));
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** \s: white space and line terminators as a regex reads them. */
const isRegexSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680
  || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** [\s(]: white space as a regex reads it, or an opening bracket. */
const isSpaceOrBracket = (c: number): boolean => c === 40 || isRegexSpace(c);

/** Index of the sentence holding `offset`. */
export function sentenceOf(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}
