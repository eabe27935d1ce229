// Sentence starts, found once per text, so that resolution can ask "same sentence?" by binary
// search. Rough on purpose: only coreference uses it, to prefer the subject of a nearby sentence.

const ABBREVIATIONS = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Maj|Cmdr|Brig|No|vs|etc|[A-Z])$/;
const BOUNDARY = /[.!?]+["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])|\n+/gu;

/** Offsets where sentences start, ascending, beginning with 0. */
export function findSentenceStarts(text: string): number[] {
  const starts = [0];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0][0] === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** Index of the sentence holding `offset`. */
export function sentenceOf(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}
