// The types at the engine's boundary: defined once, imported everywhere (core, page, popup, CLI).
// Offsets are UTF-16 code units into the analysed text, as String#slice takes them.

export interface Span {
  start: number;
  end: number;
}

export type AttributionKind = 'direct' | 'indirect' | 'mixed';
export type Stance = 'claim' | 'deny' | 'confirm';
export type SpeakerType = 'person' | 'organization' | 'government' | 'media' | 'unnamed' | 'unknown';

export interface Speaker extends Span {
  /** Canonical name of the resolved entity: one entity, one name across the article. */
  name: string;
  type: SpeakerType;
  /** A role the text gives, e.g. "chief of Russia's General Staff". */
  role?: string;
}

export interface Attribution {
  /** Stable within one analysis: "a1", "a2", … in text order. */
  id: string;
  kind: AttributionKind;
  /** What was said. May be empty-length-free: start < end always. */
  quote: Span;
  /** The words that mark the attribution ("said", "according to", "denied"), or null. */
  cue: Span | null;
  /** Who said it: the mention as written, with the resolved entity; null when the text names no one. */
  speaker: Speaker | null;
  stance: Stance;
  /** For a denial or confirmation: the id of the statement it answers. */
  respondsTo?: string;
}

export interface AnalyseOptions {
  /** Stop after this many milliseconds of work and return what was found (page-side time budget). */
  budgetMs?: number;
}

export interface Analysis {
  attributions: Attribution[];
  /** True when a budget stopped the work before the end of the text. */
  truncated: boolean;
}
