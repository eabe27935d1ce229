// Offset map, text → DOM: a [start,end) of the article text becomes the text-node pieces that show it,
// one per text node, in document order. Block separators and <br> spaces have no node and yield nothing.
import type { TextRun } from './article-text-builder';

export interface TextPiece {
  node: Text;
  /** Offsets into node.data, start < end. */
  start: number;
  end: number;
}

/** Index of the first run that ends after `offset` (binary search; runs are sorted and disjoint). */
function firstRunEndingAfter(runs: readonly TextRun[], offset: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (run.start + run.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function textPiecesFor(runs: readonly TextRun[], start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (let i = firstRunEndingAfter(runs, start); i < runs.length; i++) {
    const run = runs[i]!;
    if (run.start >= end) break;
    const from = run.nodeOffset + Math.max(start, run.start) - run.start;
    const to = run.nodeOffset + Math.min(end, run.start + run.length) - run.start;
    const last = pieces[pieces.length - 1];
    // Runs of one node are in order; joining them also covers the whitespace a reader saw as one space.
    if (last && last.node === run.node && from >= last.end) last.end = to;
    else pieces.push({ node: run.node, start: from, end: to });
  }
  return pieces;
}
