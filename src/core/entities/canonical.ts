// One entity, one name: groups the article's name mentions into entities and names each by the
// longest form seen ("Gerasimov", "Gen. Gerasimov" → "Valery Gerasimov"; "Kyiv" → "Ukraine").
// Built once per text from the name index; lookups by offset are binary searches.
import type { SpeakerType } from '../types';
import { findNameMentions, lastMentionBefore, type NameMention } from './names';
import { roleAfter, roleBefore, splitTitle } from './roles';
import { governmentNameOf, isDemonym, typeOfName } from './types';

export interface Entity {
  name: string;
  type: SpeakerType;
  role?: string;
  /** Lower-case words of every role and title seen, to match descriptions ("the general"). */
  roleWords: Set<string>;
  gender?: 'm' | 'f';
}

export interface EntityMention extends NameMention {
  entity: Entity;
  /** The name as written, titles removed: what the mention itself says. */
  core: string;
}

export interface EntityIndex {
  mentions: EntityMention[];
  entities: Entity[];
}

// Abbreviated titles stand for the nouns a later description uses: "Gen. Gerasimov" … "the general".
const TITLE_NOUN: Readonly<Record<string, string>> = {
  'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor', 'gen.': 'general', 'lt.': 'lieutenant',
  'col.': 'colonel', 'adm.': 'admiral', 'sgt.': 'sergeant', 'capt.': 'captain', 'maj.': 'major',
  'prof.': 'professor', 'dr.': 'doctor', 'pres.': 'president',
};

function addRoleWords(entity: Entity, role: string | undefined): void {
  if (!role) return;
  for (const raw of role.toLowerCase().split(/[^\p{L}.]+/u)) {
    if (!raw) continue;
    entity.roleWords.add(TITLE_NOUN[raw] ?? raw.replace(/\.$/, ''));
  }
}

const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);
const surnameOf = (words: string[]): string => {
  const last = words[words.length - 1]!;
  return SUFFIXES.has(last) && words.length > 1 ? words[words.length - 2]! : last;
};

/** Two person names can be one person when their given names agree or one of them has none. */
function compatibleGivenNames(a: string[], b: string[]): boolean {
  const ga = a[0]!, gb = b[0]!;
  if (a.length === 1 || b.length === 1) return true;
  if (ga === gb) return true;
  // An initial matches its name: "J. Smith" / "John Smith".
  return (/^\p{Lu}\.$/u.test(ga) && gb.startsWith(ga[0]!)) || (/^\p{Lu}\.$/u.test(gb) && ga.startsWith(gb[0]!));
}

/** Indexes the names of a text into entities. Linear in the number of mentions. */
export function indexEntities(text: string): EntityIndex {
  const raw = findNameMentions(text);
  const mentions: EntityMention[] = [];
  const entities: Entity[] = [];
  const byName = new Map<string, Entity>();
  const bySurname = new Map<string, Entity[]>();
  const singles = new Map<string, Entity>();
  const pending: { index: number; surname: string; gender?: 'm' | 'f'; roles: (string | undefined)[] }[] = [];

  const newEntity = (name: string, type: SpeakerType): Entity => {
    const e: Entity = { name, type, roleWords: new Set() };
    entities.push(e);
    return e;
  };

  for (const m of raw) {
    const written = text.slice(m.start, m.end);
    if (isDemonym(written)) continue; // "Russian forces": an adjective, no entity
    let type = typeOfName(written);
    let core = written;
    let title: string | undefined;
    let gender: 'm' | 'f' | undefined;
    if (type !== 'government' && type !== 'media' && type !== 'organization') {
      const split = splitTitle(written);
      core = split.core; title = split.title; gender = split.gender;
      type = typeOfName(core);
      if (type === 'unknown' && (title || gender)) type = 'person'; // "Mr. Trump", "President Obama"
    }
    if (type === 'government') core = governmentNameOf(core) ?? core;
    const words = core.split(' ');
    const maybePerson = type === 'person' || (type === 'unknown' && words.length === 1);
    if (!maybePerson) {
      const key = `${type}:${core}`;
      let entity = byName.get(key);
      if (!entity) { entity = newEntity(core, type); byName.set(key, entity); }
      mentions.push({ ...m, entity, core });
      continue;
    }
    const role = roleAfter(text, m.end) ?? roleBefore(text, m.start) ?? title;
    const surname = surnameOf(words);
    if (words.length === 1) {
      // A bare surname ("Gerasimov", "Mr. Trump"): joined to a full name once all are known (below).
      let entity = singles.get(core);
      if (!entity) { entity = newEntity(core, type); singles.set(core, entity); }
      if (type === 'person') entity.type = 'person';
      pending.push({ index: mentions.length, surname, gender, roles: [title, role] });
      mentions.push({ ...m, entity, core });
      continue;
    }
    const candidates = bySurname.get(surname) ?? [];
    let entity = candidates.find((e) => compatibleGivenNames(e.name.split(' '), words));
    if (!entity) {
      entity = newEntity(core, 'person');
      bySurname.set(surname, [...candidates, entity]);
    } else if (core.length > entity.name.length) {
      entity.name = core;
    }
    describe(entity, gender, [title, role]);
    mentions.push({ ...m, entity, core });
  }

  // Bare surnames join the nearest full name with that surname (earlier first, else later: an
  // article may say "Putin" in a headline before "Vladimir Putin"). One that matches none keeps
  // its own entity, shared by every mention of the same word.
  const firstSeen = new Map<Entity, number>();
  for (const m of mentions) if (!firstSeen.has(m.entity)) firstSeen.set(m.entity, m.start);
  const joined = new Set<Entity>();
  for (const p of pending) {
    const m = mentions[p.index]!;
    const candidates = bySurname.get(p.surname) ?? firstNameHolders(entities, p.surname);
    if (candidates.length === 0) { describe(m.entity, p.gender, p.roles); continue; }
    let target = candidates[0]!;
    for (const c of candidates) if ((firstSeen.get(c) ?? Infinity) < m.start) target = c;
    joined.add(m.entity);
    m.entity = target;
    describe(target, p.gender, p.roles);
  }
  const used = new Set(mentions.map((m) => m.entity));
  for (let i = entities.length - 1; i >= 0; i--) if (joined.has(entities[i]!) && !used.has(entities[i]!)) entities.splice(i, 1);
  return { mentions, entities };
}

/** Adds what one mention tells about its entity: gender from an honorific, its first role, role words. */
function describe(entity: Entity, gender: 'm' | 'f' | undefined, roles: (string | undefined)[]): void {
  if (gender && !entity.gender) entity.gender = gender;
  for (const r of roles) {
    if (r && !entity.role) entity.role = r;
    addRoleWords(entity, r);
  }
}

// Names written family-name first ("Kim Jong Un" … "Kim"): a bare word may match a first word.
function firstNameHolders(entities: Entity[], word: string): Entity[] {
  return entities.filter((e) => e.type === 'person' && e.name.includes(' ') && e.name.startsWith(`${word} `));
}

/** The entity mentions lying inside [start, end), in order. */
export function mentionsWithin(index: EntityIndex, start: number, end: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = lastMentionBefore(index.mentions, start) + 1; i < index.mentions.length; i++) {
    const m = index.mentions[i]!;
    if (m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}
