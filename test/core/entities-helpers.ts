// Builds attributions by hand on real sentences, the way the span pipeline hands them to the
// resolver: speaker = the mention as written, type unknown.
import { resolveSpeakers } from '../../src/core/entities/index';
import type { Attribution, Speaker } from '../../src/core/types';

export interface Spec {
  speaker?: string;
  /** Which occurrence of the speaker text (0 = first). */
  speakerAt?: number;
  quote: string;
  cue?: string;
  kind?: Attribution['kind'];
}

function find(text: string, part: string, occurrence = 0, from = 0): { start: number; end: number } {
  let at = text.indexOf(part, from);
  for (let i = 0; i < occurrence && at >= 0; i++) at = text.indexOf(part, at + 1);
  if (at < 0) throw new Error(`not in text: ${part}`);
  return { start: at, end: at + part.length };
}

export function build(text: string, specs: Spec[]): Attribution[] {
  return specs.map((s, i) => {
    const speaker = s.speaker ? find(text, s.speaker, s.speakerAt ?? 0) : null;
    return {
      id: `a${i + 1}`,
      kind: s.kind ?? 'indirect',
      quote: find(text, s.quote),
      cue: s.cue ? find(text, s.cue, 0, speaker ? Math.max(0, speaker.start - 200) : 0) : null,
      speaker: speaker ? { ...speaker, name: text.slice(speaker.start, speaker.end), type: 'unknown' as const } : null,
      stance: 'claim' as const,
    };
  });
}

/** The speakers resolveSpeakers gives the attributions `specs` build on `text`, in their order. */
export function resolvedSpeakers(text: string, specs: Spec[]): (Speaker | null)[] {
  const attributions = build(text, specs);
  resolveSpeakers(text, attributions);
  return attributions.map((a) => a.speaker);
}

/** The speaker resolved for the mention `words` (its first occurrence from `from`), read alone as a speaker mention
 *  whose statement runs from it to the end of the text. */
export function speakerResolvedFor(text: string, words: string, from = 0): Speaker {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`not in text: ${words}`);
  const end = start + words.length;
  const attributions: Attribution[] = [{ id: 'a1', kind: 'indirect', quote: { start: end, end: text.length }, cue: null,
    speaker: { start, end, name: words, type: 'unknown' }, stance: 'claim' }];
  resolveSpeakers(text, attributions);
  return attributions[0]!.speaker!;
}
