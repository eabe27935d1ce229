// Measures how often resolveSpeakers gives "he"/"she" the right person, on GUM's news, interview,
// biography and speech documents, whose coreference chains say who each pronoun is. Every
// subject he/she whose chain contains a proper name is treated as a speaker mention; it counts as
// right when the resolved name shares its last word with a proper-name mention of the same chain.
// Not shipped, not a test: run `npx tsx scripts/analysis/gum-pronoun-accuracy.ts`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveSpeakers } from '../../src/core/entities/index';
import type { Attribution } from '../../src/core/types';

const gumDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpora/ud/gum');
const GENRES = new RegExp(process.env.GENRES ?? "^GUM_(news|interview|bio|speech)_");

interface Doc { text: string; pronouns: { start: number; end: number; entity: string }[]; names: Map<string, Set<string>> }

function readDoc(path: string): Doc {
  let text = '';
  const pronouns: Doc['pronouns'] = [];
  const names = new Map<string, Set<string>>();
  const open: { id: string; start: number; propn: boolean }[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_block') && text) text += '\n\n';
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols[0]!.includes('-') || cols[0]!.includes('.')) continue;
    const [, form, , upos, , , , deprel, , misc] = cols as string[];
    if (text && !text.endsWith('\n') && !text.endsWith(' ')) text += ' ';
    const start = text.length;
    text += form;
    const entity = /Entity=([^|]+)/.exec(misc!)?.[1] ?? '';
    // Opens "(12-person-…" and closes "12)"; a mention may open and close on one token.
    for (const m of entity.matchAll(/\((\d+)-[^()]*?(\))?(?=\(|\d+\)|$)|(\d+)\)/g)) {
      if (m[1]) {
        if (m[2]) record(m[1], start, upos === 'PROPN');
        else open.push({ id: m[1], start, propn: false });
      } else if (m[3]) {
        const i = open.map((o) => o.id).lastIndexOf(m[3]);
        if (i >= 0) { const o = open.splice(i, 1)[0]!; record(o.id, o.start, o.propn || upos === 'PROPN'); }
      }
    }
    for (const o of open) if (upos === 'PROPN') o.propn = true;
    if (/^(he|she)$/i.test(form!) && deprel!.startsWith('nsubj')) {
      const id = /\((\d+)-[^()]*\)/.exec(entity)?.[1];
      if (id) pronouns.push({ start, end: text.length, entity: id });
    }
    if (misc!.includes('SpaceAfter=No')) text += '\u0000';
  }
  function record(id: string, start: number, propn: boolean): void {
    if (!propn) return;
    const mention = text.slice(start).replace(/\u0000/g, '');
    const set = names.get(id) ?? new Set<string>();
    set.add(mention);
    names.set(id, set);
  }
  return { text, pronouns, names };
}

let total = 0, right = 0, unresolved = 0;
for (const file of readdirSync(gumDir).filter((f) => GENRES.test(f))) {
  const doc = readDoc(resolve(gumDir, file));
  // Keep offsets stable: the glue marker stands where no space was written.
  const text = doc.text.replace(/\u0000 /g, '\u0000').replace(/\u0000/g, '');
  const shift = (offset: number): number => offset - (doc.text.slice(0, offset).match(/\u0000 ?/g) ?? []).join('').length;
  const usable = doc.pronouns.filter((p) => doc.names.has(p.entity));
  const attributions: Attribution[] = usable.map((p, i) => {
    const start = shift(p.start), end = shift(p.end);
    return { id: `a${i + 1}`, kind: 'indirect', quote: { start: end, end: Math.min(text.length, end + 10) }, cue: null,
      speaker: { start, end, name: text.slice(start, end), type: 'unknown' }, stance: 'claim' };
  });
  resolveSpeakers(text, attributions);
  attributions.forEach((a, i) => {
    const gold = [...doc.names.get(usable[i]!.entity)!];
    const name = a.speaker!.name;
    total++;
    if (/^(he|she)$/i.test(name)) { unresolved++; return; }
    const last = name.split(' ').pop()!.toLowerCase();
    if (gold.some((g) => g.toLowerCase().split(/\s+/).includes(last))) right++;
    else if (process.env.SHOW_WRONG) console.log(`${file}: ${name} ≠ ${gold.join(' / ')}\n   …${(text.slice(Math.max(0, a.speaker!.start - 300), a.speaker!.start) + '[[' + text.slice(a.speaker!.start, a.speaker!.end) + ']]' + text.slice(a.speaker!.end, a.speaker!.end + 40)).replace(/\n/g, ' ¶ ')}`);
  });
}
console.log(`GUM ${GENRES.source}: ${total} subject he/she with a named antecedent chain`);
console.log(`right ${right} (${(100 * right / total).toFixed(1)}%), unresolved ${unresolved} (${(100 * unresolved / total).toFixed(1)}%), wrong ${total - right - unresolved}`);
