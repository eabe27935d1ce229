// Export of the popup's list as Markdown or JSON, saved through a blob URL: no network, no permission.
import type { ContentState, StatementView } from '../messages';
import { groupBySpeaker, KIND_LABEL, STANCE_LABEL, summarise } from './speaker-groups';

export function toJson(state: Pick<ContentState, 'url' | 'title' | 'statements' | 'truncated'>, now = new Date()): string {
  const { url, title, statements, truncated } = state;
  return `${JSON.stringify({ url, title, exportedAt: now.toISOString(), truncated, statements }, null, 2)}\n`;
}

export function toMarkdown(state: Pick<ContentState, 'url' | 'title' | 'statements' | 'truncated'>): string {
  const lines = [`# Who said what: ${escapeMarkdown(state.title || state.url)}`, '', `<${encodeURI(decodeSafe(state.url))}>`, ''];
  lines.push(`${summarise(state.statements)}.`, '');
  if (state.truncated) lines.push('_Stopped early on a very large page: the list may be incomplete._', '');
  for (const group of groupBySpeaker(state.statements)) {
    const about = [group.type, group.role].filter(Boolean).map((t) => escapeMarkdown(t!)).join(', ');
    lines.push(`## ${escapeMarkdown(group.name)}${about ? ` (${about})` : ''}`, '');
    for (const s of group.statements) lines.push(`- ${statementLine(s)}`);
    lines.push('');
  }
  return lines.join('\n');
}

function statementLine(s: StatementView): string {
  const tags = [KIND_LABEL[s.kind], STANCE_LABEL[s.stance]];
  if (s.cue) tags.push(`cue: ${escapeMarkdown(s.cue)}`);
  return `“${escapeMarkdown(s.excerpt)}” — ${tags.join(', ')}`;
}

/** Page text must stay text wherever the Markdown is rendered later: no links, HTML or emphasis. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`);
}

function decodeSafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** File name from the page's host and today's date, e.g. who-said-what-example.com-2026-11-27.md */
export function exportFileName(url: string, extension: 'md' | 'json', now = new Date()): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '') || 'page';
  } catch {}
  return `who-said-what-${host}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** Saves text as a file through an anchor with a download attribute. */
export function downloadText(doc: Document, text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
