// One popup group per real speaker: the popup groups statements by resolved name (src/popup/speaker-groups.ts, case
// folded), so one person under two names is two groups and two speakers under one name are one. Over the saved news
// pages (../shared/pages, read in place as page-speakers.ts reads them) and PolNeAR dev, prints each document's groups
// — resolved name, type, role, the mentions that fell into it — and flags:
//   SPLIT?  a group named by a lower-case description ("production company", "career Army officer", "China's ambassador
//           to Britain") while the document names a person whose roles hold the description's head noun and its capitalized
//           words (Liu Xiaming, "China's ambassador to Britain"), or a body whose name ends in one of the description's
//           nouns ("Dick Clark Productions" for "production company");
//   MERGE?  a group with a speaker mention that names someone and none of them is the group's own ("The statement, which
//           was obtained by Variety" under Taylor Swift): two speakers under one name. Names in an apposition after the
//           group's own ("Tom Forte, who follows Amazon") do not count.
// The flags are candidates to judge by hand, not errors: the counts at the end are of flags.
//   npx tsx scripts/analysis/speaker-groups.ts            flagged documents only, with all their groups
//   npx tsx scripts/analysis/speaker-groups.ts --all      every document's groups
//   npx tsx scripts/analysis/speaker-groups.ts --pages    (or --dev) one corpus only
import { analyse } from '../../src/core/index';
import { indexEntities } from '../../src/core/entities/index';
import { mentionsWithin, readRoles, type Entity } from '../../src/core/entities/canonical';
import { isPersonNoun } from '../../src/core/entities/types';
import { articleTextFromHtml } from '../../src/cli/article-from-html';
import { polnearPath, readCorpus } from '../../src/cli/corpus';
import { listSavedPages } from '../../test/page/pages-corpus';

const args = process.argv.slice(2);
const all = args.includes('--all');
const onlyPages = args.includes('--pages');
const onlyDev = args.includes('--dev');

interface Group { name: string; type: string; role?: string; mentions: Map<string, number>; others: Set<string> }

/** Words that are no content of a description: "China's ambassador to Britain" → head "ambassador". */
const LINK_WORDS = new Set(['of', 'to', 'for', 'at', 'in', 'on', 'with', 'from', 'and', 'the', 'a', 'an', 'by']);
const OTHER_SPEAKER_TYPES = new Set(['person', 'organization', 'media']);
const NAMED_NEXT_CHARS = 400;
const stem = (w: string): string => w.toLowerCase().replace(/['’]s$/, '').replace(/(?:ies|s)$/, '').slice(0, 6);

/** A name that is a lower-case description of one speaker: some word other than a link word opens in lower case, and
 *  its head is no plural ("economists", "senators" are many people, one group by design). */
function isDescription(name: string): boolean {
  const head = partsOf(name).head;
  return head !== '' && !/[^su]s$/.test(head);
}

/** The description's head (its last lower-case word before a preposition), its nouns and its capitalized words. */
function partsOf(name: string): { head: string; nouns: string[]; proper: string[] } {
  const words = name.split(/\s+/);
  const cut = words.findIndex((w, k) => k > 0 && LINK_WORDS.has(w) && w !== 'and');
  const core = cut > 0 ? words.slice(0, cut) : words;
  const lower = core.filter((w) => /^\p{Ll}/u.test(w) && !LINK_WORDS.has(w));
  const proper = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => stem(w));
  return { head: lower[lower.length - 1] ?? '', nouns: lower, proper };
}

/** People and bodies of the document that fit a description group, by role or name. */
function fitting(text: string, entities: Entity[], name: string, at: number): string[] {
  const { head, nouns, proper } = partsOf(name);
  if (!head) return [];
  const out: string[] = [];
  for (const e of entities) {
    if (e.name.toLowerCase() === name.toLowerCase() || isDescription(e.name)) continue;
    if (e.type === 'person') {
      readRoles(text, e);
      const roles = [e.role ?? '', ...(e.roleTexts ?? [])].join(' | ');
      const words = new Set(roles.split(/[^\p{L}'’]+/u).map(stem));
      const held = e.roleWords?.has(head) || words.has(stem(head));
      if (held && proper.every((p) => words.has(p))) out.push(`${e.name} (${e.role ?? 'role word'})`);
      // A person named right after a description of a person that introduces them ("a career Army officer who described … Lt. Col. Alexander
      // Vindman told"), whatever role the engine reads.
      else if (isPersonNoun(head) && e.firstStart >= at && e.firstStart - at < NAMED_NEXT_CHARS) out.push(`${e.name} (named next)`);
    } else if (e.type === 'organization' || e.type === 'government' || e.type === 'media') {
      const last = stem(e.name.split(/\s+/).pop()!);
      if (nouns.some((n) => stem(n) === last)) out.push(e.name);
    }
  }
  return out;
}

let docs = 0, groupsSeen = 0, splitFlags = 0, mergeFlags = 0;
function report(label: string, text: string): void {
  docs++;
  const found = analyse(text).attributions;
  const index = indexEntities(text);
  const groups = new Map<string, Group>();
  const firstAt = new Map<string, number>();
  for (const a of found) {
    if (!a.speaker) continue;
    const key = a.speaker.name.trim().toLowerCase();
    let g = groups.get(key);
    if (!g) { g = { name: a.speaker.name, type: a.speaker.type, mentions: new Map(), others: new Set() }; groups.set(key, g); }
    if (!g.role && a.speaker.role) g.role = a.speaker.role;
    const written = text.slice(a.speaker.start, a.speaker.end).replace(/\s+/g, ' ');
    g.mentions.set(written, (g.mentions.get(written) ?? 0) + 1);
    const inside = mentionsWithin(index, a.speaker.start, a.speaker.end);
    // Only a group with a proper name, and only other people or bodies (not places: "the Vermont senator").
    if (inside.length > 0 && !isDescription(a.speaker.name) && !inside.some((m) => m.entity.name.toLowerCase() === key || key.includes(m.entity.name.toLowerCase()))) {
      for (const m of inside) if (OTHER_SPEAKER_TYPES.has(m.entity.type)) g.others.add(m.entity.name);
    }
    if (!firstAt.has(key)) firstAt.set(key, a.speaker.end);
  }
  groupsSeen += groups.size;
  const lines: string[] = [];
  let flagged = false;
  for (const g of groups.values()) {
    const fits = isDescription(g.name) ? fitting(text, index.entities, g.name, firstAt.get(g.name.trim().toLowerCase())!) : [];
    const split = fits.length > 0;
    const merge = g.others.size > 0;
    if (split) splitFlags++;
    if (merge) mergeFlags++;
    flagged ||= split || merge;
    const mentions = [...g.mentions].map(([w, n]) => (n > 1 ? `${w} ×${n}` : w)).join('; ');
    lines.push(`  ${split ? 'SPLIT? ' : merge ? 'MERGE? ' : '       '}${g.name}/${g.type}${g.role ? `/${g.role}` : ''}  [${mentions}]`
      + (split ? `  fits: ${fits.join('; ')}` : '') + (merge ? `  names: ${[...g.others].join('; ')}` : ''));
  }
  if (all || flagged) console.log(`${label}\n${lines.join('\n')}`);
}

if (!onlyDev) {
  let n = 0;
  for (const page of listSavedPages()) {
    const text = articleTextFromHtml(page.source());
    if (text === null) continue;
    n++;
    report(`p${n} ${page.id}`, text);
  }
}
if (!onlyPages) for (const doc of readCorpus(polnearPath('dev'))) report(`dev ${doc.id}`, doc.text);
console.log(`documents: ${docs}; speaker groups: ${groupsSeen}; flagged split: ${splitFlags}; flagged merge: ${mergeFlags}`);
