// From the engine's attributions to what the highlighter wraps: one colour per speaker (in order of first
// appearance), denials marked, overlaps clipped so no text is wrapped twice, last statement first.
import type { Attribution } from '../core/types';
import type { HighlightSpec } from './highlight';

/** Palette slots in highlights.css; speakers beyond this share colours. */
export const SPEAKER_COLOURS = 8;

/** The statements the page shows: those in the article's body, not its headline (see ArticleText.bodyStart). */
export function shownStatements(attributions: readonly Attribution[], bodyStart: number): Attribution[] {
  return attributions.filter((a) => a.quote.start >= bodyStart);
}

export interface HighlightPlan {
  /** Last statement first, as Highlighter#wrap needs them. */
  specs: HighlightSpec[];
  /** A statement lying wholly inside another is shown by the other's highlight: id → covering id. */
  coveredBy: Map<string, string>;
}

export function highlightPlan(attributions: readonly Attribution[]): HighlightPlan {
  const colourOf = new Map<string, string>();
  const specs: HighlightSpec[] = [];
  const coveredBy = new Map<string, string>();
  const inTextOrder = [...attributions].sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
  for (const a of inTextOrder) {
    let colour = 'none';
    const name = a.speaker && a.speaker.type !== 'unnamed' && a.speaker.type !== 'unknown' ? a.speaker.name : null;
    if (name) {
      colour = colourOf.get(name) ?? String(colourOf.size % SPEAKER_COLOURS);
      colourOf.set(name, colour);
    }
    const previous = specs[specs.length - 1];
    // Overlaps are clipped so no text is wrapped twice.
    const start = previous ? Math.max(a.quote.start, previous.end) : a.quote.start;
    if (start >= a.quote.end) {
      if (previous) coveredBy.set(a.id, previous.id);
      continue;
    }
    specs.push({ id: a.id, start, end: a.quote.end, colour, denial: a.stance === 'deny' });
  }
  // The highlighter needs the last statement first (see Highlighter#wrap).
  return { specs: specs.reverse(), coveredBy };
}

export function highlightSpecs(attributions: readonly Attribution[]): HighlightSpec[] {
  return highlightPlan(attributions).specs;
}
