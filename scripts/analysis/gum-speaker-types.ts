// Measures the speaker types resolveSpeakers gives proper names, against GUM's entity types, on GUM's news,
// interview, biography and speech documents. Every mention of a person, organization or place entity whose head is a
// proper noun and the subject (nsubj) of a verb — the position a speaker holds — is given to resolveSpeakers as a
// speaker mention (as gum-pronoun-accuracy.ts gives he/she), cut after its head's name (no appositive, relative
// clause or comma). Its resolved type is compared with GUM's: person → person (a plural group of people: unnamed);
// organization → organization, media or government (GUM calls a ministry, a paper and a company all "organization":
// media and government are counted apart to read by eye); place → government (a place as subject usually stands for its government or people) or
// organization. The name counts as right when its last word is a word of a proper-name mention of the same chain.
// Not shipped, not a test: `npx tsx scripts/analysis/gum-speaker-types.ts [--list]` (GENRES=regex to choose files).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveSpeakers } from '../../src/core/entities/index';
import type { Attribution, SpeakerType } from '../../src/core/types';

const gumDir = process.env.GUM_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpora/ud/gum');
const GENRES = new RegExp(process.env.GENRES ?? '^GUM_(news|interview|bio|speech)_');
const LIST = process.argv.includes('--list');
const GOLD_TYPES = ['person', 'organization', 'place'] as const;
type GoldType = (typeof GOLD_TYPES)[number];

interface Token { form: string; upos: string; plural: boolean; head: number; deprel: string; start: number; end: number }
interface Mention { id: string; type: string; sentence: number; first: number; last: number }
interface Doc { text: string; sentences: Token[][]; mentions: Mention[] }

function readDoc(path: string): Doc {
  let text = '';
  const sentences: Token[][] = [];
  const mentions: Mention[] = [];
  let tokens: Token[] = [];
  let open: { id: string; type: string; first: number }[] = [];
  let glued = true;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_block') && text) { text = text.trimEnd() + '\n\n'; glued = true; }
    if (!line) {
      if (tokens.length) sentences.push(tokens);
      tokens = [];
      open = [];
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols[0]!.includes('-') || cols[0]!.includes('.')) continue;
    const [, form, , upos, xpos, feats, head, deprel, , misc] = cols as string[];
    if (!glued) text += ' ';
    const start = text.length;
    text += form;
    const index = tokens.length;
    tokens.push({ form: form!, upos: upos!, plural: xpos === 'NNPS' || feats!.includes('Number=Plur'), head: Number(head) - 1, deprel: deprel!, start, end: text.length });
    glued = misc!.includes('SpaceAfter=No');
    const entity = /Entity=([^|]+)/.exec(misc!)?.[1] ?? '';
    // Opens "(12-person-…" and closes "12)"; a mention may open and close on one token.
    for (const m of entity.matchAll(/\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|\d+\)|$)|(\d+)\)/g)) {
      if (m[1]) {
        if (m[3]) mentions.push({ id: m[1], type: m[2]!, sentence: sentences.length, first: index, last: index });
        else open.push({ id: m[1], type: m[2]!, first: index });
      } else if (m[4]) {
        const i = open.map((o) => o.id).lastIndexOf(m[4]);
        if (i >= 0) {
          const o = open.splice(i, 1)[0]!;
          mentions.push({ id: o.id, type: o.type, sentence: sentences.length, first: o.first, last: index });
        }
      }
    }
  }
  if (tokens.length) sentences.push(tokens);
  return { text, sentences, mentions };
}

/** The mention's head: its first token whose syntactic head lies outside it. */
function headOf(doc: Doc, m: Mention): number {
  const tokens = doc.sentences[m.sentence]!;
  for (let i = m.first; i <= m.last; i++) if (tokens[i]!.head < m.first || tokens[i]!.head > m.last) return i;
  return m.first;
}

const CUT_RELATIONS = /^(acl|appos|parataxis|punct|advcl|conj|cc)/;
/** The mention cut after its head's name: "Bank of America", not "Bank of America, which …". */
function nameSpan(doc: Doc, m: Mention, head: number): { start: number; end: number } {
  const tokens = doc.sentences[m.sentence]!;
  let last = head;
  for (let i = head + 1; i <= m.last; i++) {
    const t = tokens[i]!;
    // "Kim Jong - il": a hyphen glued to both words is part of the name; "Galois himself" ends before the pronoun.
    if (t.form === '-' && t.start === tokens[i - 1]!.end && tokens[i + 1]?.start === t.end) { last = i; continue; }
    if (CUT_RELATIONS.test(t.deprel) || t.upos === 'PRON' || /^(who|which|that|whose)$/i.test(t.form)) break;
    last = i;
  }
  return { start: tokens[m.first]!.start, end: tokens[last]!.end };
}

// "Americans", "Senate Republicans": GUM's person entities include groups of people, which we call unnamed.
const expected = (gold: GoldType, type: SpeakerType, plural: boolean): boolean =>
  gold === 'person' ? type === 'person' || (plural && type === 'unnamed')
    : gold === 'organization' ? type === 'organization' || type === 'media' || type === 'government'
      : type === 'government' || type === 'organization';

const TYPES: SpeakerType[] = ['person', 'organization', 'government', 'media', 'unnamed', 'unknown'];
const table = new Map<GoldType, Map<SpeakerType, number>>(GOLD_TYPES.map((g) => [g, new Map()]));
const names = new Map<GoldType, [number, number]>(GOLD_TYPES.map((g) => [g, [0, 0]]));
const rights = new Map<GoldType, number>(GOLD_TYPES.map((g) => [g, 0]));
const byEye: string[] = [];
const wrong: string[] = [];
for (const file of readdirSync(gumDir).filter((f) => GENRES.test(f)).sort()) {
  const doc = readDoc(resolve(gumDir, file));
  const chainNames = new Map<string, Set<string>>();
  const subjects: { mention: Mention; span: { start: number; end: number }; plural: boolean }[] = [];
  for (const m of doc.mentions) {
    const head = headOf(doc, m);
    const token = doc.sentences[m.sentence]![head]!;
    if (token.upos !== 'PROPN') continue;
    const span = nameSpan(doc, m, head);
    const words = chainNames.get(m.id) ?? new Set<string>();
    for (const w of doc.text.slice(span.start, span.end).toLowerCase().split(/\s+/)) words.add(w);
    chainNames.set(m.id, words);
    if (token.deprel === 'nsubj' && (GOLD_TYPES as readonly string[]).includes(m.type)) subjects.push({ mention: m, span, plural: token.plural });
  }
  subjects.sort((a, b) => a.span.start - b.span.start);
  const text = doc.text;
  const attributions: Attribution[] = subjects.map(({ span }, i) => ({
    id: `a${i + 1}`, kind: 'indirect', quote: { start: span.end, end: Math.min(text.length, span.end + 10) }, cue: null,
    speaker: { start: span.start, end: span.end, name: text.slice(span.start, span.end), type: 'unknown' }, stance: 'claim',
  }));
  resolveSpeakers(text, attributions);
  attributions.forEach((a, i) => {
    const { mention, span, plural } = subjects[i]!;
    const gold = mention.type as GoldType;
    const type = a.speaker!.type;
    const row = table.get(gold)!;
    if (expected(gold, type, plural)) rights.set(gold, rights.get(gold)! + 1);
    row.set(type, (row.get(type) ?? 0) + 1);
    const last = a.speaker!.name.split(' ').pop()!.toLowerCase();
    const nameRight = chainNames.get(mention.id)!.has(last);
    const n = names.get(gold)!;
    n[0]++;
    if (nameRight) n[1]++;
    const mentionText = text.slice(span.start, span.end);
    const line = `${file.replace(/^GUM_|\.conllu$/g, '')}\t${gold}\t${mentionText}\t→ ${a.speaker!.name}/${type}${nameRight ? '' : '\t(name ≠ chain)'}`;
    if (gold !== 'person' && (type === 'media' || type === 'government')) byEye.push(line);
    if (!expected(gold, type, plural) || !nameRight) {
      const context = (text.slice(Math.max(0, span.start - 80), span.start) + '[[' + mentionText + ']]'
        + text.slice(span.end, span.end + 50)).replace(/\s+/g, ' ');
      wrong.push(`${line}\n      …${context}`);
    }
  });
}

console.log(`GUM ${GENRES.source}: proper-name subjects (nsubj) of person, organization and place entities`);
console.log(`gold \\ engine\t${TYPES.join('\t')}\tright\tname right`);
let all = 0, allRight = 0;
for (const gold of GOLD_TYPES) {
  const row = table.get(gold)!;
  const total = [...row.values()].reduce((s, n) => s + n, 0);
  const right = rights.get(gold)!;
  all += total;
  allRight += right;
  const [n, nameRight] = names.get(gold)!;
  console.log(`${gold.padEnd(13)}\t${TYPES.map((t) => row.get(t) ?? 0).join('\t')}\t${right}/${total}\t${nameRight}/${n}`);
}
console.log(`all: type right ${allRight}/${all} (${(100 * allRight / all).toFixed(1)}%)`);
console.log(`organization or place typed media/government (to read by eye): ${byEye.length}`);
if (LIST) {
  console.log('\n## media/government\n' + byEye.join('\n'));
  console.log(`\n## wrong type or name (${wrong.length})\n` + wrong.join('\n'));
}
