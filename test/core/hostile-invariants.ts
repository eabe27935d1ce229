// What must hold for ANY input, however hostile: the contract the page layer and the CLI rely on
// (spans they can slice and highlight, ids they can link). Shared by the hostile-text tests.
import { expect } from 'vitest';
import type { Analysis, Attribution, Span } from '../../src/core/types';

const KINDS = ['direct', 'indirect', 'mixed'];
const STANCES = ['claim', 'deny', 'confirm'];
const SPEAKER_TYPES = ['person', 'organization', 'government', 'media', 'unnamed', 'unknown'];

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when cutting the text at `at` separates the two halves of one astral character (emoji, 𝐀, 𠀀…). */
export function splitsSurrogatePair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

/**
 * Every problem found, as readable strings, so a failing property prints what went wrong and where.
 * `budgeted` says whether a time budget was given: without one, `truncated` must be false — the engine
 * swallows its own exceptions (to never break a page) and reports them as truncated, so a truncated
 * result without a budget is how a crash shows.
 */
export function contractViolations(text: string, analysis: Analysis, budgeted = false): string[] {
  const problems: string[] = [];
  if (!analysis || !Array.isArray(analysis.attributions)) return ['analysis.attributions is not an array'];
  if (typeof analysis.truncated !== 'boolean') problems.push('analysis.truncated is not a boolean');
  if (!budgeted && analysis.truncated) problems.push('truncated without a time budget: the engine failed inside');
  const ids = new Set<string>();
  for (const a of analysis.attributions) {
    if (typeof a.id !== 'string' || a.id === '') problems.push(`bad id ${JSON.stringify(a.id)}`);
    else if (ids.has(a.id)) problems.push(`duplicate id ${a.id}`);
    ids.add(a.id);
  }
  for (const a of analysis.attributions) {
    problems.push(...attributionViolations(text, a, ids));
  }
  return problems;
}

function attributionViolations(text: string, a: Attribution, ids: Set<string>): string[] {
  const problems: string[] = [];
  const check = (label: string, span: Span) => {
    const where = `${a.id}.${label} [${span.start},${span.end})`;
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) problems.push(`${where}: not integer offsets`);
    else if (span.start < 0 || span.end > text.length) problems.push(`${where}: outside the text (length ${text.length})`);
    else if (span.start >= span.end) problems.push(`${where}: start is not before end`);
    for (const edge of [span.start, span.end]) {
      if (splitsSurrogatePair(text, edge)) problems.push(`${where}: edge ${edge} splits a surrogate pair`);
    }
  };
  check('quote', a.quote);
  if (a.cue !== null) check('cue', a.cue);
  if (a.speaker !== null) {
    check('speaker', a.speaker);
    if (typeof a.speaker.name !== 'string' || a.speaker.name.trim() === '') problems.push(`${a.id}.speaker: empty name`);
    if (!SPEAKER_TYPES.includes(a.speaker.type)) problems.push(`${a.id}.speaker: bad type ${a.speaker.type}`);
  }
  if (!KINDS.includes(a.kind)) problems.push(`${a.id}: bad kind ${a.kind}`);
  if (!STANCES.includes(a.stance)) problems.push(`${a.id}: bad stance ${a.stance}`);
  if (a.respondsTo !== undefined) {
    if (!ids.has(a.respondsTo)) problems.push(`${a.id}.respondsTo ${a.respondsTo}: no such statement`);
    if (a.respondsTo === a.id) problems.push(`${a.id}.respondsTo: answers itself`);
  }
  return problems;
}

export function expectContract(text: string, analysis: Analysis, budgeted = false): void {
  expect(contractViolations(text, analysis, budgeted)).toEqual([]);
}

export const quoteText = (text: string, a: Attribution): string => text.slice(a.quote.start, a.quote.end);

/** The statements whose quote contains `words` — how the seed's expected.json identifies statements too. */
export function statementsQuoting(text: string, analysis: Analysis, words: string): Attribution[] {
  return analysis.attributions.filter((a) => quoteText(text, a).includes(words));
}

/** Asserts that some statement quoting `words` is attributed to a speaker whose resolved name matches. */
export function expectAttributed(text: string, analysis: Analysis, words: string, speaker: RegExp): void {
  const found = statementsQuoting(text, analysis, words);
  const described = found.map((a) => `${a.id}: ${a.speaker ? a.speaker.name : 'no speaker'}`);
  expect(found.length, `a statement quoting "${words}"`).toBeGreaterThan(0);
  expect(found.some((a) => a.speaker !== null && speaker.test(a.speaker.name)), `speaker ${speaker} among ${described.join(', ')}`).toBe(true);
}
