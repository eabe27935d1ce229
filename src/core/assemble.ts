// Stage 6: frames → attributions. Overlapping frames compete (the more reliable cue wins), a carrier
// ("…, Reuters reported") gives way to the speaker whose words it carried, kinds are read from the
// quote marks inside the content, and ids a1..aN follow text order.
import type { Attribution, AttributionKind, Stance } from './types';
import type { Context } from './context';
import type { Frame } from './frames';
import { CARRIER_CUES, CONFIRM_CUES, DENY_CUES } from './lexicon';

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

function kindOf(c: Context, start: number, end: number): AttributionKind {
  let marks = 0, whole = false;
  for (const r of c.regions) {
    if (r.end <= start) continue;
    if (r.start >= end) break;
    marks++;
    if (r.start <= start + 1 && r.end >= end - 1) whole = true;
  }
  if (whole) return 'direct';
  if (marks === 0) return 'indirect';
  // Quoted from its first word to its last: direct even if a cue interrupts (“A,” he said, “B.”).
  const firstIn = c.regions.find((r) => r.end > start && r.start < end);
  let lastIn = firstIn;
  for (const r of c.regions) if (r.end > start && r.start < end) lastIn = r;
  if (firstIn && lastIn && firstIn.start <= start + 1 && lastIn.end >= end - 1) return 'direct';
  return 'mixed';
}

function stanceOf(c: Context, f: Frame): Stance {
  const w = c.t.lower[f.cue.head]!;
  if (DENY_CUES.has(w)) return 'deny';
  if (CONFIRM_CUES.has(w)) return 'confirm';
  return 'claim';
}

export function assemble(c: Context, all: Frame[]): Attribution[] {
  // A carrier ("…, Reuters reported") gives way to the speaker whose words it carried.
  const frames = all.filter((f) => {
    if (f.side !== 'before' || !CARRIER_CUES.has(c.t.lower[f.cue.head]!)) return true;
    return !all.some((k) => k !== f && k.speaker && c.t.start[k.cue.head]! >= f.start && c.t.start[k.cue.head]! < f.end);
  });
  const order = frames.map((f, i) => i).sort((a, b) => frames[b]!.score - frames[a]!.score || a - b);
  const kept: Frame[] = [];
  for (const i of order) {
    const f = frames[i]!;
    let clash = false;
    for (const k of kept) {
      const o = overlap(f.start, f.end, k.start, k.end);
      const jac = o / (f.end - f.start + k.end - k.start - o);
      const cueInside = c.t.start[f.cue.head]! >= k.start && c.t.start[f.cue.head]! < k.end;
      const sameCue = f.cue.head === k.cue.head;
      const cueInSpeaker = k.speaker && f.cue.head >= k.speaker.first && f.cue.head <= k.speaker.last;
      // A denial or confirmation of a statement is kept with it: "Kyiv denies [Russia says …]".
      const kCueInF = c.t.start[k.cue.head]! >= f.start && c.t.start[k.cue.head]! < f.end;
      const nested = kCueInF && !sameCue && !cueInSpeaker && stanceOf(c, f) !== 'claim';
      if ((jac > 0.5 && !nested) || sameCue || cueInSpeaker || (cueInside && c.regionOf[f.cue.head]! >= 0)) { clash = true; break; }
    }
    if (!clash) kept.push(f);
  }
  const final = kept;
  final.sort((a, b) => a.start - b.start || a.end - b.end);
  return final.map((f, i) => {
    const sp = f.speaker;
    const speaker = sp
      ? (() => {
          const start = c.t.start[sp.first]!, end = c.t.end[sp.last]! - f.speakerEndTrim;
          return { start, end: end > start ? end : c.t.end[sp.last]!, name: c.text.slice(start, end > start ? end : c.t.end[sp.last]!), type: 'unknown' as const };
        })()
      : null;
    return {
      id: `a${i + 1}`,
      kind: kindOf(c, f.start, f.end),
      quote: { start: f.start, end: f.end },
      cue: { start: c.t.start[f.cue.first]!, end: c.t.end[f.cue.last]! },
      speaker,
      stance: stanceOf(c, f),
    };
  });
}
