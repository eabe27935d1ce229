// Measures how often resolveSpeakers gives "he"/"she" the right person, on GUM's news, interview,
// biography and speech documents, whose coreference chains say who each pronoun is. Every
// subject he/she whose chain contains a proper name is treated as a speaker mention; it counts as
// right when the resolved name shares its last word with a proper-name mention of the same chain.
// PRONOUNS=they,it,we measures those instead: every subject they/it/we whose chain is a person, organization or
// place (a group of people, a company, a country) with a proper-name mention, or a person or organization with a
// nominal one ("the officials", "the company"); it counts as right when the resolved name shares a content word with
// a mention of the chain (or with the chain's Wikipedia identity). Prints right / wrong / unresolved for each pronoun.
// Not shipped, not a test: run `npx tsx scripts/analysis/gum-pronoun-accuracy.ts` (SHOW_WRONG=1 lists the wrong ones
// with their context, SHOW_UNRESOLVED=1 the unresolved ones).
// DESCRIPTIONS=1 measures definite descriptions instead: every subject noun phrase opening with the/this/that/these/
// those, a possessive determiner or a name's 's ("the company", "the senator", "Trump's campaign"), given to
// resolveSpeakers from its first word to its head noun, whose chain is a person or organization with a proper-name
// mention. Right when the resolved name shares a content word with a proper-name mention of the chain (or its
// Wikipedia identity); unresolved when the name is the description itself; the count per head noun follows.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveSpeakers } from '../../src/core/entities/index';
import type { Attribution } from '../../src/core/types';

const gumDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpora/ud/gum');
const GENRES = new RegExp(process.env.GENRES ?? "^GUM_(news|interview|bio|speech)_");
const DESCRIPTIONS = Boolean(process.env.DESCRIPTIONS);
const WANTED = (process.env.PRONOUNS ?? 'he,she').toLowerCase().split(',');
const GENDERED = !DESCRIPTIONS && WANTED.every((w) => w === 'he' || w === 'she');
/** What opens a definite description: a determiner, a possessive one; a name's 's is checked on the second word. */
const DETERMINER = /^(?:the|this|that|these|those|his|her|its|their|our)$/i;
const PRONOUN = new RegExp(`^(?:${WANTED.join('|')})$`, 'i');
/** Chains whose nominal mentions count for they/it/we: people and bodies ("the officials", "the company"). */
const NOMINAL_TYPES = new Set(['person', 'organization']);
const NAMED_TYPES = new Set(['person', 'organization', 'place']);
const PRONOUN_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'its', 'their', 'our', 'my', 'your', 'who', 'which', 'that', 'this', 'these', 'those', 'one', 'himself', 'herself', 'itself', 'themselves', 'ourselves']);
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'for', 'to', 'by', 'with', 'from', "'s", '’s', 's', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'these', 'those', 'all', 'some', 'many', 'other', 'who', 'which', 'new', '-', ',', '.', '"', "'"]);

interface Doc { text: string; pronouns: { start: number; end: number; entity: string; word: string }[]; names: Map<string, Set<string>>; nominals: Map<string, Set<string>>; types: Map<string, string>; identity: Map<string, string> }

function readDoc(path: string): Doc {
  let text = '';
  const pronouns: Doc['pronouns'] = [];
  const names = new Map<string, Set<string>>();
  const nominals = new Map<string, Set<string>>();
  const types = new Map<string, string>();
  const identity = new Map<string, string>();
  const open: { id: string; start: number; propn: boolean; noun: boolean; first: string; second: string }[] = [];
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
    for (const o of open) if (!o.second && o.first && o.start < start) o.second = form!;
    if (DESCRIPTIONS && upos === 'NOUN' && deprel!.startsWith('nsubj')) {
      // The innermost mention around the head noun that opens as a definite description.
      // Not a name with a determiner ("The New Zealand government", "The Malaysia Tourism board"): a proper noun may
      // only own it ("Trump 's campaign").
      const o = [...open].reverse().find((m) => (DETERMINER.test(m.first) && !m.propn) || /^['’]s$/.test(m.second));
      if (o) pronouns.push({ start: o.start, end: text.length, entity: o.id, word: form!.toLowerCase() });
    }
    // Opens "(12-person-…" and closes "12)"; a mention may open and close on one token.
    for (const m of entity.matchAll(/\((\d+)-[^()]*?(\))?(?=\(|\d+\)|$)|(\d+)\)/g)) {
      if (m[1]) {
        const fields = m[0].slice(1).split('-');
        types.set(m[1], fields[1]!);
        const wiki = m[0].slice(1).replace(/\)$/, '').split('-').slice(7).join('-');
        if (wiki && !/^(?:coref|ana|cata|pred|appos|sgl|bridge|disc)/.test(wiki)) identity.set(m[1], wiki.replace(/_/g, ' '));
        if (m[2]) record(m[1], start, upos === 'PROPN', upos === 'NOUN');
        else open.push({ id: m[1], start, propn: false, noun: false, first: form!, second: '' });
      } else if (m[3]) {
        const i = open.map((o) => o.id).lastIndexOf(m[3]);
        if (i >= 0) { const o = open.splice(i, 1)[0]!; record(o.id, o.start, o.propn || upos === 'PROPN', o.noun || upos === 'NOUN'); }
      }
    }
    for (const o of open) { if (upos === 'PROPN') o.propn = true; if (upos === 'NOUN') o.noun = true; }
    if (!DESCRIPTIONS && PRONOUN.test(form!) && deprel!.startsWith('nsubj')) {
      const id = /\((\d+)-[^()]*\)/.exec(entity)?.[1];
      if (id) pronouns.push({ start, end: text.length, entity: id, word: form!.toLowerCase() });
    }
    if (misc!.includes('SpaceAfter=No')) text += '\u0000';
  }
  function record(id: string, start: number, propn: boolean, noun: boolean): void {
    const mention = text.slice(start).replace(/\u0000/g, '');
    const into = propn ? names : noun ? nominals : undefined;
    if (!into) return;
    const set = into.get(id) ?? new Set<string>();
    set.add(mention);
    into.set(id, set);
  }
  return { text, pronouns, names, nominals, types, identity };
}

/** Whether a chain can be scored for this pronoun: he/she need a proper name; they/it/we a person, body or place. */
function usableChain(doc: Doc, id: string): boolean {
  if (GENDERED) return doc.names.has(id);
  if (DESCRIPTIONS) return doc.names.has(id) && NOMINAL_TYPES.has(doc.types.get(id) ?? '');
  const type = doc.types.get(id) ?? '';
  return (doc.names.has(id) && NAMED_TYPES.has(type)) || (doc.nominals.has(id) && NOMINAL_TYPES.has(type));
}
const contentWords = (s: string): string[] => s.toLowerCase().split(/[\s'’]+/).filter((w) => w && !STOP.has(w) && !PRONOUN_WORDS.has(w));

let total = 0, right = 0, unresolved = 0;
const byWord = new Map<string, { total: number; right: number; unresolved: number }>();
for (const file of readdirSync(gumDir).filter((f) => GENRES.test(f))) {
  const doc = readDoc(resolve(gumDir, file));
  // Keep offsets stable: the glue marker stands where no space was written.
  const text = doc.text.replace(/\u0000 /g, '\u0000').replace(/\u0000/g, '');
  const shift = (offset: number): number => offset - (doc.text.slice(0, offset).match(/\u0000 ?/g) ?? []).join('').length;
  const usable = doc.pronouns.filter((p) => usableChain(doc, p.entity));
  const attributions: Attribution[] = usable.map((p, i) => {
    const start = shift(p.start), end = shift(p.end);
    return { id: `a${i + 1}`, kind: 'indirect', quote: { start: end, end: Math.min(text.length, end + 10) }, cue: null,
      speaker: { start, end, name: text.slice(start, end), type: 'unknown' }, stance: 'claim' };
  });
  resolveSpeakers(text, attributions);
  attributions.forEach((a, i) => {
    const p = usable[i]!;
    const gold = GENDERED ? [...doc.names.get(p.entity)!]
      : [...(doc.names.get(p.entity) ?? []), ...(doc.nominals.get(p.entity) ?? []), ...(doc.identity.has(p.entity) ? [doc.identity.get(p.entity)!] : [])];
    const name = a.speaker!.name;
    const counts = byWord.get(p.word) ?? { total: 0, right: 0, unresolved: 0 };
    byWord.set(p.word, counts);
    total++; counts.total++;
    const context = (): string => (text.slice(Math.max(0, a.speaker!.start - 300), a.speaker!.start) + '[[' + text.slice(a.speaker!.start, a.speaker!.end) + ']]' + text.slice(a.speaker!.end, a.speaker!.end + 40)).replace(/\n/g, ' ¶ ');
    const written = text.slice(a.speaker!.start, a.speaker!.end).toLowerCase();
    const itself = DESCRIPTIONS ? name.toLowerCase() === written || written.endsWith(` ${name.toLowerCase()}`)
      : PRONOUN.test(name) || /^(?:he|she|it|they|we|i|you)$/i.test(name);
    if (itself) {
      unresolved++; counts.unresolved++;
      if (process.env.SHOW_UNRESOLVED) console.log(`${file}: unresolved, chain ${gold.join(' / ')}\n   …${context()}`);
      return;
    }
    const last = name.split(' ').pop()!.toLowerCase();
    const ok = GENDERED ? gold.some((g) => g.toLowerCase().split(/\s+/).includes(last))
      : contentWords(name).some((w) => gold.some((g) => contentWords(g).includes(w)));
    if (ok) { right++; counts.right++; }
    else if (process.env.SHOW_WRONG) console.log(`${file}: ${name} ≠ ${gold.join(' / ')}\n   …${context()}`);
  });
}
console.log(`GUM ${GENRES.source}: ${total} subject ${DESCRIPTIONS ? 'descriptions' : WANTED.join('/')} with a ${GENDERED || DESCRIPTIONS ? 'named' : 'named or nominal'} antecedent chain`);
if (DESCRIPTIONS) for (const [word, c] of [...byWord].sort((x, y) => y[1].total - x[1].total).slice(0, 25)) console.log(`  ${word}: ${c.total}, right ${c.right}, wrong ${c.total - c.right - c.unresolved}, unresolved ${c.unresolved}`);
else if (!GENDERED) for (const [word, c] of byWord) console.log(`  ${word}: ${c.total}, right ${c.right}, wrong ${c.total - c.right - c.unresolved}, unresolved ${c.unresolved}`);
console.log(`right ${right} (${(100 * right / total).toFixed(1)}%), unresolved ${unresolved} (${(100 * unresolved / total).toFixed(1)}%), wrong ${total - right - unresolved}`);
