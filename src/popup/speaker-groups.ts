// Who said what, as the popup lists it: statements grouped by speaker, the most quoted first.
// Pure functions over StatementView, so the ordering and the summary are unit-tested.
import type { StatementView } from '../messages';

export interface SpeakerGroup {
  /** Stable key: the speaker's name folded to lower case, or NO_SPEAKER. */
  key: string;
  /** What the heading shows. */
  name: string;
  type: string;
  role?: string;
  unnamed: boolean;
  statements: StatementView[];
}

export const NO_SPEAKER = '\u0000no-speaker';
export const NO_SPEAKER_NAME = 'No named speaker';

/** Unnamed: the text names no one, or only a vague source ("officials", "reports"). */
export function isUnnamed(statement: StatementView): boolean {
  return statement.speaker === null || statement.speaker.type === 'unnamed';
}

export function groupBySpeaker(statements: readonly StatementView[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup & { firstSeen: number }>();
  statements.forEach((statement, index) => {
    const speaker = statement.speaker;
    const key = speaker ? speaker.name.trim().toLowerCase() : NO_SPEAKER;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        name: speaker?.name.trim() || NO_SPEAKER_NAME,
        type: speaker?.type ?? 'unnamed',
        unnamed: isUnnamed(statement),
        statements: [],
        firstSeen: index,
      };
      if (speaker?.role) group.role = speaker.role;
      groups.set(key, group);
    }
    if (!group.role && speaker?.role) group.role = speaker.role;
    group.statements.push(statement);
  });
  // Most statements first; ties keep the order the article introduces them.
  return [...groups.values()]
    .sort((a, b) => b.statements.length - a.statements.length || a.firstSeen - b.firstSeen)
    .map(({ firstSeen: _firstSeen, ...group }) => group);
}

/** "N statements from M sources, K of them unnamed": K counts sources, like M. */
export function summarise(statements: readonly StatementView[]): string {
  const groups = groupBySpeaker(statements);
  const unnamed = groups.filter((g) => g.unnamed).length;
  return `${plural(statements.length, 'statement')} from ${plural(groups.length, 'source')}, ${unnamed} of them unnamed`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Keeps statements whose words, speaker, role or cue contain every word of the query. */
export function filterStatements(statements: readonly StatementView[], query: string): StatementView[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...statements];
  return statements.filter((s) => {
    const haystack = [s.excerpt, s.cue, s.speaker?.name, s.speaker?.role, s.speaker?.mention]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export const KIND_LABEL: Record<StatementView['kind'], string> = {
  direct: 'direct',
  indirect: 'indirect',
  mixed: 'mixed',
};

export const STANCE_LABEL: Record<StatementView['stance'], string> = {
  claim: 'claim',
  deny: 'denial',
  confirm: 'confirmation',
};
