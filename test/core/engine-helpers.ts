// Small helpers for the engine's construction tests: find the statement whose quote contains some words.
import { analyse } from '../../src/core/index';
import type { Attribution } from '../../src/core/types';

export interface Seen { kind: string; quote: string; cue: string | null; speaker: string | null; stance: string; a: Attribution }

export function statements(text: string): Seen[] {
  return analyse(text).attributions.map((a) => ({
    kind: a.kind,
    quote: text.slice(a.quote.start, a.quote.end),
    cue: a.cue ? text.slice(a.cue.start, a.cue.end) : null,
    speaker: a.speaker ? text.slice(a.speaker.start, a.speaker.end) : null,
    stance: a.stance,
    a,
  }));
}

/** The one statement whose quote contains `words`; fails the test with what was found otherwise. */
export function statementQuoting(text: string, words: string): Seen {
  const all = statements(text);
  const hit = all.find((s) => s.quote.includes(words));
  if (!hit) throw new Error(`no statement quoting "${words}"; found:\n${all.map((s) => `  ${s.speaker} | ${s.cue} | ${s.quote}`).join('\n')}`);
  return hit;
}
