import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport, printable } from '../../src/cli/format-report';
import type { Attribution, Speaker, Span } from '../../src/core/types';
import { SEED } from './run-extract';

const text = readFileSync(SEED, 'utf8');
const at = (words: string): Span => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in the seed: ${words}`);
  return { start, end: start + words.length };
};
/** The first `length` characters of the place where `words` occurs (to pick "said" in "Putin said,“…"). */
const within = (words: string, from: number, length: number): Span => ({ start: at(words).start + from, end: at(words).start + from + length });
const speaker = (mention: string | Span, name: string, type: Speaker['type'], role?: string): Speaker => ({ ...(typeof mention === 'string' ? at(mention) : mention), name, type, ...(role ? { role } : {}) });

// Hand-made attributions over the seed article: the report is checked on its own, whatever the engine finds.
const statements: Attribution[] = [
  { id: 'a1', kind: 'indirect', quote: at('North Korea sent an estimated total of 14,000 troops'), cue: at('According to'), speaker: null, stance: 'claim' },
  { id: 'a2', kind: 'indirect', quote: at('Russia has reclaimed the Kursk region'), cue: at('has also claimed'), speaker: speaker('Valery Gerasimov, chief', 'Valery Gerasimov', 'person', "chief of Russia's General Staff"), stance: 'claim' },
  { id: 'a3', kind: 'indirect', quote: at('a claim denied by Kyiv'), cue: at('denied'), speaker: speaker('Kyiv', 'Ukraine', 'government'), stance: 'deny', respondsTo: 'a2' },
  { id: 'a4', kind: 'direct', quote: at('The complete defeat of our enemy'), cue: within('Vladimir Putin said,“', 15, 4), speaker: speaker('Vladimir Putin', 'Vladimir Putin', 'person'), stance: 'claim' },
  { id: 'a5', kind: 'direct', quote: at('The operational situation is difficult'), cue: null, speaker: speaker(within('Ukraine said.', 0, 7), 'Ukraine', 'government'), stance: 'claim' },
];

describe('formatReport', () => {
  const report = formatReport(text, statements);
  const headings = report.split('\n').filter((l) => /^\S/.test(l));

  it('groups by resolved speaker, most statements first, ties in order of first appearance, the unattributed last', () => {
    expect(headings).toEqual([
      'Ukraine (government): 2 statements',
      "Valery Gerasimov (person, chief of Russia's General Staff): 1 statement",
      'Vladimir Putin (person): 1 statement',
      '(no speaker named): 1 statement',
    ]);
  });

  it('shows kind, stance, cue, the mention when it differs from the name, and the quote text', () => {
    expect(report).toContain('  a3 indirect, deny · cue “denied” · as “Kyiv”\n      “a claim denied by Kyiv”');
    expect(report).toContain('  a4 direct, claim · cue “said”\n      “The complete defeat of our enemy”');
  });

  it('shows what a denial answers: the answered statement\'s id, speaker and words', () => {
    expect(report).toContain('      answers a2 (Valery Gerasimov): “Russia has reclaimed the Kursk region”');
  });

  it('says so when nothing was found', () => {
    expect(formatReport(text, [])).toBe('No attributed statements found.\n');
  });
});

describe('printable', () => {
  it('turns paragraph breaks into ¶ and escapes control characters so page text cannot drive the terminal', () => {
    expect(printable('continues.\n\n“The operational')).toBe('continues. ¶ “The operational');
    expect(printable('a\u001b[2Jb\u009bc\u0007')).toBe('a\\u001b[2Jb\\u009bc\\u0007');
  });
});
