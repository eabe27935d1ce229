// Every message between the extension's parts, typed in one place. The name says the direction.
// Receivers check shape with the guards below: a message is untrusted until it passes them.
import type { AttributionKind, SpeakerType, Stance } from './core/types';

/** One statement as the popup and the card show it: plain data, page text only as strings. */
export interface StatementView {
  id: string;
  kind: AttributionKind;
  stance: Stance;
  /** The statement's words, shortened for display. */
  excerpt: string;
  /** The cue as written ("said", "according to"), or "". */
  cue: string;
  speaker: { name: string; type: SpeakerType; role?: string; mention: string } | null;
  /** Id of the statement a denial/confirmation answers. */
  respondsTo?: string;
}

export type ContentStatus =
  | 'idle' // waiting: click-to-run mode, or not yet run
  | 'running'
  | 'done' // ran; statements may be empty
  | 'no-article' // nothing that looks like an article on this page
  | 'error';

export interface ContentState {
  status: ContentStatus;
  statements: StatementView[];
  highlightsOn: boolean;
  /** The time budget stopped the analysis before the end of the article. */
  truncated: boolean;
  /** Human-readable reason for 'error' / 'no-article'. */
  detail?: string;
  url: string;
  title: string;
}

// popup -> content (browser.tabs.sendMessage)
export type PopupToContent =
  | { type: 'wsw:popup-get-state' }
  | { type: 'wsw:popup-run' }
  | { type: 'wsw:popup-set-highlights'; on: boolean }
  | { type: 'wsw:popup-scroll-to'; id: string };

// content -> background (browser.runtime.sendMessage)
export type ContentToBackground = { type: 'wsw:content-count'; count: number };

const POPUP_TYPES = new Set(['wsw:popup-get-state', 'wsw:popup-run', 'wsw:popup-set-highlights', 'wsw:popup-scroll-to']);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function isPopupToContent(x: unknown): x is PopupToContent {
  if (!isRecord(x) || typeof x.type !== 'string' || !POPUP_TYPES.has(x.type)) return false;
  if (x.type === 'wsw:popup-set-highlights') return typeof x.on === 'boolean';
  if (x.type === 'wsw:popup-scroll-to') return typeof x.id === 'string' && x.id.length < 64;
  return true;
}

export function isContentToBackground(x: unknown): x is ContentToBackground {
  return isRecord(x) && x.type === 'wsw:content-count' && Number.isInteger(x.count) && (x.count as number) >= 0;
}

// content -> popup (the reply to wsw:popup-get-state and the other popup messages).
// Added by the shell: the popup treats the reply as untrusted data until it passes this guard.
const STATUSES = new Set(['idle', 'running', 'done', 'no-article', 'error']);
const KINDS = new Set(['direct', 'indirect', 'mixed']);
const STANCES = new Set(['claim', 'deny', 'confirm']);

export function isStatementView(x: unknown): x is StatementView {
  if (!isRecord(x)) return false;
  if (typeof x.id !== 'string' || typeof x.excerpt !== 'string' || typeof x.cue !== 'string') return false;
  if (typeof x.kind !== 'string' || !KINDS.has(x.kind) || typeof x.stance !== 'string' || !STANCES.has(x.stance)) return false;
  if (x.respondsTo !== undefined && typeof x.respondsTo !== 'string') return false;
  const s = x.speaker;
  if (s === null) return true;
  return isRecord(s) && typeof s.name === 'string' && typeof s.type === 'string' && typeof s.mention === 'string'
    && (s.role === undefined || typeof s.role === 'string');
}

export function isContentState(x: unknown): x is ContentState {
  return isRecord(x) && typeof x.status === 'string' && STATUSES.has(x.status)
    && Array.isArray(x.statements) && x.statements.every(isStatementView)
    && typeof x.highlightsOn === 'boolean' && typeof x.truncated === 'boolean'
    && typeof x.url === 'string' && typeof x.title === 'string'
    && (x.detail === undefined || typeof x.detail === 'string');
}
