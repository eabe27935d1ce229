// Span matching as ../shared/eval/score.mjs does it, for analysis scripts that label predictions right or wrong:
// trimmed of white space and edge punctuation, compared by character overlap and Jaccard.
export interface Span { start: number; end: number }

const EDGE = /[\s.,;:!?"'“”‘’«»()\[\]—–-]/;

/** The span without edge white space and punctuation; null when nothing is left. */
export function trim(text: string, s: Span | null): Span | null {
  if (!s || s.end <= s.start) return null;
  let a = Math.max(0, s.start), b = Math.min(text.length, s.end);
  while (a < b && EDGE.test(text[a]!)) a++;
  while (b > a && EDGE.test(text[b - 1]!)) b--;
  return b > a ? { start: a, end: b } : null;
}

export const overlap = (x: Span, y: Span): number => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));

export const jaccard = (x: Span, y: Span): number => { const o = overlap(x, y); return o / (x.end - x.start + y.end - y.start - o); };
