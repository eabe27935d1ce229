// Attributions (offsets into the article text) → StatementViews (plain strings for the popup and card).
import type { Attribution } from '../core/types';
import type { StatementView } from '../messages';

const EXCERPT_CHARS = 160;

/** Collapses whitespace and shortens on a code-point boundary, with an ellipsis. */
export function shorten(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
  const head = flat.slice(0, cut);
  const lastSpace = head.lastIndexOf(' ');
  return `${lastSpace > max * 0.6 ? head.slice(0, lastSpace) : head}…`;
}

export function toStatementView(text: string, a: Attribution): StatementView {
  const view: StatementView = {
    id: a.id,
    kind: a.kind,
    stance: a.stance,
    excerpt: shorten(text.slice(a.quote.start, a.quote.end)),
    cue: a.cue ? shorten(text.slice(a.cue.start, a.cue.end), 40) : '',
    speaker: a.speaker
      ? { name: a.speaker.name, type: a.speaker.type, mention: shorten(text.slice(a.speaker.start, a.speaker.end), 80) }
      : null,
  };
  if (a.speaker?.role) view.speaker!.role = a.speaker.role;
  if (a.respondsTo) view.respondsTo = a.respondsTo;
  return view;
}
