// Small helpers for the engine's construction tests: find the statement whose quote contains some words.
import { analyse, findStatementSpans } from '../../src/core/index';
import type { Cue } from '../../src/core/cues';
import type { Context } from '../../src/core/context';
import type { Sentence } from '../../src/core/sentences';
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

/** A cue finder that proposes exactly the words `cue`, as PolNeAR marks them (a word + preposition cue when it ends
 *  in one): for constructions whose cue the learned finder does not propose yet. */
function onlyCue(cue: string) {
  return (c: Context, s: Sentence): Cue[] => {
    const words = cue.split(' ');
    for (let i = s.from; i + words.length <= s.to; i++) {
      if (words.every((w, k) => c.t.lower[i + k] === w)) {
        const last = i + words.length - 1;
        const prep = words.length > 1 && ['of', 'on', 'for', 'about', 'into', 'to', 'against', 'with'].includes(words[words.length - 1]!);
        return [{ first: i, last, head: prep ? last - 1 : last, score: 0.9, according: false, prep }];
      }
    }
    return [];
  };
}

/** The frame the span stages build for the cue `cue` alone: its speaker mention and quote as text. */
export function frameWithCue(text: string, cue: string): { speaker: string | null; quote: string | null } {
  const [a] = findStatementSpans(text, {}, onlyCue(cue)).attributions;
  return { speaker: a?.speaker ? text.slice(a.speaker.start, a.speaker.end) : null, quote: a ? text.slice(a.quote.start, a.quote.end) : null };
}
