// The person-readable view of one analysis: who said what, grouped by speaker, most statements first.
import type { Attribution, Span } from '../core/types';

const NO_SPEAKER = '(no speaker named)';

interface SpeakerGroup {
  name: string;
  type: string | undefined;
  role: string | undefined;
  statements: Attribution[];
}

export function formatReport(text: string, attributions: Attribution[]): string {
  if (attributions.length === 0) return 'No attributed statements found.\n';
  const byId = new Map(attributions.map((a) => [a.id, a]));
  const out: string[] = [];
  for (const group of groupBySpeaker(attributions)) {
    const details = [group.type, group.role].filter(Boolean).join(', ');
    const count = `${group.statements.length} statement${group.statements.length === 1 ? '' : 's'}`;
    out.push(`${group.name}${details ? ` (${details})` : ''}: ${count}`);
    for (const a of group.statements) out.push(...formatStatement(text, a, group.name, byId));
    out.push('');
  }
  return out.join('\n');
}

/** Stable: groups of equal size keep the order in which their speaker first appears in the article. */
function groupBySpeaker(attributions: Attribution[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const a of attributions) {
    const name = a.speaker?.name || NO_SPEAKER;
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, type: a.speaker?.type, role: undefined, statements: [] }));
    g.role ??= a.speaker?.role;
    g.statements.push(a);
  }
  const ordered = [...groups.values()].sort((x, y) => y.statements.length - x.statements.length);
  // The unattributed pile goes last whatever its size: it is not a speaker.
  return [...ordered.filter((g) => g.name !== NO_SPEAKER), ...ordered.filter((g) => g.name === NO_SPEAKER)];
}

function formatStatement(text: string, a: Attribution, groupName: string, byId: Map<string, Attribution>): string[] {
  const head = [`${a.id} ${a.kind}, ${a.stance}`];
  if (a.cue) head.push(`cue ${quoted(text, a.cue)}`);
  const mention = a.speaker ? printable(text.slice(a.speaker.start, a.speaker.end)) : '';
  if (a.speaker && mention !== groupName) head.push(`as ${quoted(text, a.speaker)}`);
  const lines = [`  ${head.join(' · ')}`, `      ${quoted(text, a.quote)}`];
  const answered = a.respondsTo ? byId.get(a.respondsTo) : undefined;
  if (a.respondsTo) {
    const who = answered?.speaker?.name ?? NO_SPEAKER;
    lines.push(answered
      ? `      answers ${answered.id} (${who}): ${quoted(text, answered.quote, 100)}`
      : `      answers ${a.respondsTo} (not found)`);
  }
  return lines;
}

function quoted(text: string, span: Span, maxChars = Infinity): string {
  let s = printable(text.slice(span.start, span.end));
  if (s.length > maxChars) s = s.slice(0, maxChars - 1) + '…';
  return `“${s}”`;
}

/**
 * Page text goes to a terminal: control characters (ANSI escapes among them) are shown, not obeyed,
 * and paragraph breaks inside a multi-paragraph quote become ¶ so each statement stays on its line.
 */
export function printable(s: string): string {
  return s
    .replace(/\s*\n\s*\n\s*/g, ' ¶ ')
    .replace(/[\n\r\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
