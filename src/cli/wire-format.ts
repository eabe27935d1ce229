// The exact JSON shape the CLI promises (issue 2, "Interfaces"): fixed keys in a fixed order, optional
// keys omitted rather than null, so other tools can rely on it even if the engine adds internal fields.
import type { Attribution, Span, Speaker } from '../core/types';

export interface WireSpeaker extends Span {
  name: string;
  type: Speaker['type'];
  role?: string;
}

export interface WireAttribution {
  id: string;
  kind: Attribution['kind'];
  quote: Span;
  cue: Span | null;
  speaker: WireSpeaker | null;
  stance: Attribution['stance'];
  respondsTo?: string;
}

const span = (s: Span): Span => ({ start: s.start, end: s.end });

function toWireSpeaker(s: Speaker): WireSpeaker {
  const out: WireSpeaker = { start: s.start, end: s.end, name: s.name, type: s.type };
  if (s.role !== undefined) out.role = s.role;
  return out;
}

export function toWireAttribution(a: Attribution): WireAttribution {
  const out: WireAttribution = {
    id: a.id,
    kind: a.kind,
    quote: span(a.quote),
    cue: a.cue ? span(a.cue) : null,
    speaker: a.speaker ? toWireSpeaker(a.speaker) : null,
    stance: a.stance,
  };
  if (a.respondsTo !== undefined) out.respondsTo = a.respondsTo;
  return out;
}
