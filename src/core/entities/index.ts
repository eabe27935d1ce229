// Speaker resolution: turns each attribution's speaker mention ("he", "the general", "Kyiv",
// "Gerasimov") into the entity it names — canonical name, type, role — in place.
// The text is indexed once (names, entities, sentences); each speaker then costs a bounded lookup.
import type { Attribution, Span, Speaker } from '../types';
import { indexEntities, LEADING_DETERMINER, mentionsWithin, ownEntity, readRoles, type Entity, type EntityIndex, type EntityMention } from './canonical';
import { coordinatedNames, pronounKind, resolveDescription, resolvePronoun, type Candidate, type ResolutionContext } from './coreference';
import { DOCUMENT_NOUNS } from '../data/entities/people';
import { GATHERED_PEOPLE } from '../data/entities/institutions';
import { codeAt } from './names';
import { charCodeAt, lowerCase } from '../ascii-words';
import { findSentenceStarts, sentenceOf } from './sentences';
import { genderOfGivenName, headWord, honorificGender, isDemonym, isOrganizationWord, isTitleWord, isUsState, isWriting, nonEmpty, opensWithGivenName, typeOfDescription, typeOfName } from './types';
import { sortStably } from '../sort';

export { indexEntities } from './canonical';
export type { Entity, EntityIndex } from './canonical';

export function resolveSpeakers(text: string, attributions: Attribution[]): void {
  if (!attributions.some((a) => a.speaker)) return;
  // Lists built with push into a literal, not filter/map: an empty result of those has another array map than
  // a full one, and each new map met by optimized code threw it away (deoptimized) mid-benchmark.
  const quoted: Span[] = [];
  const bySpeakerStart: Attribution[] = [];
  for (const a of attributions) {
    if (a.kind === 'direct') quoted.push(a.quote);
    if (a.speaker) bySpeakerStart.push(a);
  }
  const index = indexEntities(text);
  const ctx: ResolutionContext = {
    text,
    index,
    sentenceStarts: findSentenceStarts(text),
    quoted: sortStably(quoted, (a, b) => a.start - b.start),
    resolved: [],
    nameCandidates: new Array<Candidate | null>(index.mentions.length),
    timesResolved: new Map(),
    writtenInLowerCase: undefined,
    owned: undefined,
    author: undefined,
  };
  genderFromPronouns(ctx);
  sortStably(bySpeakerStart, (a, b) => a.speaker!.start - b.speaker!.start);
  // Statements that share one mention ("he asked …, called Omar a “terrorist” and said, “…”") share its entity, and
  // what any of them says rules out who it is (their own words are read only for a "he" or "she", see namedWithin).
  const bySpeaker = new Map<number | string, Attribution[]>();
  for (const a of bySpeakerStart) {
    const key = mentionKey(a.speaker!, text.length);
    const same = bySpeaker.get(key);
    if (same) same.push(a);
    else bySpeaker.set(key, [a]);
  }
  const byMention = new Map<number | string, Entity>();
  for (const a of bySpeakerStart) {
    const speaker = a.speaker!;
    const key = mentionKey(speaker, text.length);
    const entity = byMention.get(key) ?? readRoles(text, resolveMention(ctx, speaker, bySpeaker.get(key)!));
    byMention.set(key, entity);
    // A role is only read for a person ("Jianxiong, the former executive director for China at the IMF"): a name of
    // unknown type that has one is a person's.
    if (entity.type === 'unknown' && entity.role) entity.type = 'person';
    ctx.resolved.push({ start: speaker.start, entity, wasSpeaker: true });
    ctx.timesResolved.set(entity, (ctx.timesResolved.get(entity) ?? 0) + 1);
  }
  // Typed after resolution, for the reader only: a genderless person made earlier would draw every later "he" and
  // "she" ("she said" went to Lorenz on a saved Quanta page).
  // classNounAfter reads every place the name is written: once per name, not once per statement.
  const classOfName = new Map<string, Speaker['type'] | undefined>();
  for (let i = 0; i < bySpeakerStart.length; i++) {
    const entity = ctx.resolved[i]!.entity;
    if (entity.type === 'unknown' && (quotesAsPerson(text, bySpeakerStart[i]!, entity) || transcriptLabel(text, bySpeakerStart[i]!))) entity.type = 'person';
    // "Jeff said", "Gloria said", "his wife, Jane": a known given name alone that speaks is a person called by it (GUM
    // interviews, PolNeAR train). Typed here only: typed in the index, a lone first name drew later "he"/"she" (GUM −2).
    else if (entity.type === 'unknown' && !entity.name.includes(' ') && genderOfGivenName(entity.name)) entity.type = 'person';
    // "The President has that pulpit", "The Senator from Alaska, in explaining her decision": a capitalized title alone
    // (speeches and interviews write them so) is a person, typed as the noun it capitalizes ("The Congressmen": unnamed).
    else if (entity.type === 'unknown' && isTitleWord(entity.name)) entity.type = typeOfDescription(entity.name.toLowerCase());
    // "the Church", "the Court", "his campaign" (named "Campaign"), "PAC": a word that ends bodies' names, alone, is the
    // body its lower-case noun names ("the church": an organization; "the court": a government).
    else if (entity.type === 'unknown' && isOrganizationWord(entity.name)) entity.type = typeOfDescription(entity.name.toLowerCase());
    else if (entity.type === 'unknown' && speaksInStatement(text, bySpeakerStart[i]!, entity)) entity.type = 'organization';
    // "Texas, leading a coalition of 13 states, asked a federal judge …": a state that speaks is its government, as a
    // country does (an index entity stays untyped, since a state is also a place people are from).
    else if (entity.type === 'unknown' && isUsState(entity.name) && speaksAsState(text, bySpeakerStart[i]!.speaker!, entity.name)) entity.type = 'government';
    else if (entity.type === 'unknown' && entity.firstStart >= 0) {
      if (!classOfName.has(entity.name)) classOfName.set(entity.name, classNounAfter(text, entity.name));
      entity.type = classOfName.get(entity.name) ?? 'unknown';
    }
  }
  // Applied once all are resolved: what a later statement tells of an entity (a role, "he", a quotation) names and
  // types it in every statement — one entity, one name across the article.
  for (let i = 0; i < bySpeakerStart.length; i++) applyEntity(bySpeakerStart[i]!.speaker!, ctx.resolved[i]!.entity);
}

/** The first personal pronoun of a window, as a word: its gender is group 1 (he …) or group 2 (she …). */
const NEXT_PRONOUN = /\b(?:(he|his|him)|(she|her))\b/i;
/** How far after a mention its pronoun is looked for. */
const PRONOUN_WINDOW = 120;

/**
 * A person whose given name tells no gender ("Taylor Swift", "Scooter Braun", "Hunter Biden") takes it from the pronouns
 * the article uses right after their own mentions, before anyone else is named or quoted ("Braun … He has consistently
 * denied being unfair to her" went to Taylor Swift, whom every "she" of the article follows). Two such pronouns of one
 * gender and none of the other decide.
 */
function genderFromPronouns(ctx: ResolutionContext): void {
  const { mentions } = ctx.index;
  let votes: Map<Entity, number[]> | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const e = mentions[i]!.entity;
    if (e.type !== 'person' || e.gender) continue;
    const from = mentions[i]!.end;
    const next = i + 1 < mentions.length ? mentions[i + 1]!.start : ctx.text.length;
    const sentenceEnd = ctx.sentenceStarts[sentenceOf(ctx.sentenceStarts, from) + 1] ?? ctx.text.length;
    const window = ctx.text.slice(from, Math.min(next, sentenceEnd, from + PRONOUN_WINDOW));
    const quote = window.search(QUOTE_MARKS);
    const found = NEXT_PRONOUN.exec(quote < 0 ? window : window.slice(0, quote));
    if (!found) continue;
    const tally = (votes ??= new Map()).get(e) ?? [0, 0];
    tally[found[1] ? 0 : 1]!++;
    votes.set(e, tally);
  }
  if (!votes) return;
  // On a long text with many names, one scan of the text per name grew with the square of its length: past
  // SCAN_BUDGET characters in all, the words between two spaces are collected once instead (the same answer).
  const spaced = votes.size * ctx.text.length > SCAN_BUDGET ? wordsBetweenSpaces(ctx.text) : undefined;
  for (const [e, [m, f]] of votes) {
    // "Big Machine, says she will be allowed …": a name whose first word the article also writes in lower case ("big
    // name US politicians") may be a body's, and the "she" someone else.
    const space = e.name.indexOf(' ');
    const first = space < 0 ? e.name : e.name.slice(0, space);
    const lower = first.toLowerCase();
    if (spaced ? spaced.has(lower) : hasSpacedWord(ctx.text, lower)) continue;
    if (m! >= 2 && f === 0) e.gender = 'm';
    else if (f! >= 2 && m === 0) e.gender = 'f';
  }
}
const QUOTE_MARKS = /["“”]/;
const SCAN_BUDGET = 4_000_000;
/**
 * text.includes(` ${word} `), searched from the word's first letter: a search for a pattern that opens with a space
 * stopped at every space of the text (most of genderFromPronouns' time).
 */
function hasSpacedWord(text: string, word: string): boolean {
  const pattern = word + ' ';
  for (let at = text.indexOf(pattern, 1); at >= 0; at = text.indexOf(pattern, at + 1)) {
    if (text.charCodeAt(at - 1) === 32) return true;
  }
  return false;
}
/** Every string that stands between two spaces of the text: `text.includes(` ${w} `)` is `has(w)` for a w with no space. */
function wordsBetweenSpaces(text: string): Set<string> {
  const parts = text.split(' ');
  const out = new Set<string>();
  for (let i = 1; i < parts.length - 1; i++) out.add(parts[i]!);
  return out;
}

/**
 * One key per speaker span: start and end packed into one number, exact while (length + 1)² stays below 2^53 (texts
 * of up to 94 million characters), else a string. A template string per statement turned two numbers into text
 * and hashed it, twice per statement: a third of resolveSpeakers' own time.
 */
function mentionKey(span: Span, length: number): number | string {
  return length < MAX_PACKED_LENGTH ? span.start * (length + 1) + span.end : `${span.start}:${span.end}`;
}
const MAX_PACKED_LENGTH = 94_000_000;

/** One capitalized word as surnames are written ("Lorenz", "McCain", "O'Rourke"; not "PolitiFact", "letter", "NATO"). */
const SURNAME = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+$/u;

/**
 * "“As a matter of fact, we tried out that once …,” Lorenz said": a one-word name of unknown type that speaks a
 * quotation is a person's surname far more often than a body's, which speaks "in a statement".
 */
function quotesAsPerson(text: string, a: Attribution, entity: Entity): boolean {
  // A verb of saying, not a label ("Meanings: Death, failure, …").
  if (a.kind !== 'direct' || !a.cue || text.slice(a.cue.start, a.cue.end) === ':' || !SURNAME.test(entity.name)) return false;
  const from = Math.min(a.cue.start, a.quote.start), to = Math.max(a.cue.end, a.quote.end);
  return !/\bstatement\b/i.test(text.slice(Math.max(0, from - 40), Math.min(text.length, to + 40)));
}

/**
 * "WALLACE: Let’s start with breaking news …", "PENCE: Well, look …": a transcript names each turn's speaker in
 * capitals at the paragraph's start, before a colon; such a label is a person.
 */
function transcriptLabel(text: string, a: Attribution): boolean {
  if (a.kind !== 'direct' || !a.cue || !a.speaker || text.slice(a.cue.start, a.cue.end) !== ':') return false;
  const { start, end } = a.speaker;
  if (end - start < 2 || !SHOUTED_WORD.test(text.slice(start, end))) return false;
  let k = start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 34 || text.charCodeAt(k) === 0x201c || text.charCodeAt(k) === 32)) k--;
  return k < 0 || text.charCodeAt(k) === 10;
}
const SHOUTED_WORD = /^(?:MR\.|MS\.|MRS\.|DR\.|SEN\.|GOV\.)?\s?\p{Lu}[\p{Lu}'’-]+$/u;

/**
 * "Tottenham said in a statement: …": a one-word name of unknown type that speaks in a statement is a body's (a club,
 * a firm); a person the article names in full has joined that name's entity already.
 */
function speaksInStatement(text: string, a: Attribution, entity: Entity): boolean {
  // A given name is a person's ("her mother, Fiona, said in a statement").
  if (!a.cue || entity.name.includes(' ') || !startsUpper(entity.name) || genderOfGivenName(entity.name)) return false;
  return IN_A_STATEMENT.test(text.slice(a.cue.start, Math.min(text.length, a.cue.end + 30)));
}
const IN_A_STATEMENT = /\bin an? (?:\p{L}+ )?(?:statement|press release)\b/iu;

function applyEntity(speaker: Speaker, entity: Entity): void {
  speaker.name = entity.name;
  speaker.type = entity.type;
  if (entity.role) speaker.role = entity.role;
  else if (speaker.role !== undefined) delete speaker.role;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
const PARTY_ADJECTIVES = new Set(['Democratic', 'Democrat', 'Republican', 'GOP', 'Labour', 'Conservative', 'Tory']);
/** Adjectives of the demonym list that name a people or a faith with no government to speak for it. */
const PEOPLES_NOT_NATIONS = new Set(['Western', 'Arab', 'African', 'Asian', 'European', 'Muslim', 'Christian', 'Jewish', 'Latino', 'Kurdish']);
const isLowerCase = (text: string): boolean => text === text.toLowerCase();

/** The entity a speaker mention names; an unresolved mention becomes an entity of its own words. */
function resolveMention(ctx: ResolutionContext, speaker: Speaker, statements: Attribution[]): Entity {
  // "A senior official who spoke on condition of anonymity", "Hawkins and others who want to ban abortion": a relative
  // clause without a comma tells which one is meant; the words before it name the entity.
  const relative = relativeWithin(ctx.text, speaker);
  if (relative > speaker.start && ctx.text.charCodeAt(relative - 1) !== 44 /* , */) {
    return resolveMention(ctx, { ...speaker, end: relative }, statements);
  }
  const written = ctx.text.slice(speaker.start, speaker.end).trim();
  const words = mentionWords(written);
  // "he", and "his often-repeated (vow)": a possessive pronoun with only a participle after it (a span cut before its
  // noun) is that pronoun; "his advisers", "her campaign" are not.
  if (words.length === 1 || (words.length === 2 && POSSESSIVE_PRONOUNS.has(words[0]!) && isLowerCase(written) && /(?:ed|en)$/.test(words[1]!))) {
    const kind = pronounKind(words[0]!);
    if (kind) {
      // Only "he" and "she" weigh who the statement itself names.
      const found = resolvePronoun(ctx, speaker, kind, kind === 'm' || kind === 'f' ? namedWithin(ctx, statements) : undefined);
      if (found) return found;
      // An unresolved "he" is a man nobody named: a later "she" is not him.
      const nobody = ownEntity(written, kind === 'm' || kind === 'f' ? 'person' : 'unknown');
      if (kind === 'm' || kind === 'f') nobody.gender = kind;
      return nobody;
    }
  }
  // "Analysts say …", "Doctors warned …": a common noun capitalised only because it opens the sentence.
  if (words.length === 1 && isCapitalizedWord(words[0]!) && typeOfName(words[0]!) === 'unknown') {
    const asNoun = typeOfDescription(written);
    if (asNoun !== 'unknown' && ctx.index.byWritten.get(written)?.type !== 'person') return ownEntity(written, asNoun);
    // "Proponents say …", "Millennials see police violence …", "Catholics": a plural common noun capitalized by the
    // sentence's start, which the article also writes in lower case, or a people named by creed or generation that
    // is always capitalized, is a group the article does not name.
    if (isPluralWord(written) && ctx.index.byWritten.get(written)?.type !== 'person'
      && (CAPITALIZED_GROUPS.has(written) || writesInLowerCase(ctx, written))) return ownEntity(written, 'unnamed');
  }
  // "Palestinian criticism on Tuesday over its decision", "Democratic criticism that he is caving": a nation's or a
  // party's adjective alone is the source of a noun of saying; it speaks for that nation's government or that party.
  if (words.length === 1 && PARTY_ADJECTIVES.has(words[0]!)) return ownEntity(written, 'organization');
  if (words.length === 1 && isDemonym(words[0]!)) {
    // "Cuban said" in an article that names Mark Cuban: a surname that is also a nationality is the person's
    // (train: 12 statements of Mark Cuban's were the Cuban government).
    const person = ctx.index.byWritten.get(written);
    if (person?.type === 'person') return person;
    return ownEntity(written, PEOPLES_NOT_NATIONS.has(words[0]!) ? 'unnamed' : 'government');
  }
  const group = coordinatedNames(ctx, mentionsWithin(ctx.index, speaker.start, speaker.end), speaker);
  if (group) return group;
  const head = headNameMention(ctx.index, ctx.text, speaker) ?? nameBeforeVerb(ctx, speaker) ?? issuerOfDocument(ctx, speaker)
    ?? issuerOfWriting(ctx, speaker, words);
  if (head && head.entity.type === 'person') bodyInApposition(ctx.text, speaker.start, head.entity);
  if (head) return head.entity.type === 'person' ? head.entity : ownedBody(ctx, speaker.start, head);
  // "Reed said", and "Reed, who will be the merged company’s chairman, told": a name opening a sentence is not indexed
  // as a mention; its words before a comma, bracket or dash are looked up as written.
  const named = startsUpper(written) ? ctx.index.byWritten.get(withoutPossessive(beforeAppositive(written))) : undefined;
  if (named) return named;
  const lower: string[] = [];
  for (const w of words) lower.push(lowerCase(w));
  const found = resolveDescription(ctx, speaker, lower);
  // "The Democratic nominee's claim that …": the possessor is the speaker; its name drops the 's.
  const bare = withoutPossessive(written);
  return found ?? nameAfterBodyNoun(words, lower) ?? honorificName(bare) ?? ownEntity(bare, typeOfDescription(bare));
}

/**
 * "Mr. Trump's turn against the former president …" opening a sentence, in an article that never gives his first name:
 * an honorific before a capitalized name makes it a person, and tells the gender.
 */
function honorificName(written: string): Entity | undefined {
  const space = written.indexOf(' ');
  const gender = space > 0 ? honorificGender(written.slice(0, space)) : undefined;
  if (gender === undefined || !SURNAME.test(written.slice(space + 1))) return undefined;
  const entity = ownEntity(written, 'person');
  if (gender) entity.gender = gender;
  return entity;
}

/**
 * "according to data analysis firm 1010data": a body's class, then its name in apposition. A name written in lower
 * case with a digit is not indexed as a name; the reader wants the name, typed by the class noun before it.
 */
function nameAfterBodyNoun(words: string[], lower: string[]): Entity | undefined {
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  if (!/\d/.test(last) || !/\p{L}/u.test(last)) return undefined; // "1010data", not "2019"
  const type = typeOfDescription(lower.slice(0, -1).join(' '));
  return type === 'organization' || type === 'media' || type === 'government' ? ownEntity(last, type) : undefined;
}

/** Offset of the first " who " inside a speaker span, or -1. Searched within the span only: indexOf from the span's
 *  start would read on to the end of the text for every speaker without one, a cost quadratic in the text's length. */
function relativeWithin(text: string, span: Span): number {
  // indexOf in the span's slice: the engine's search runs faster than a character loop (and a slice shares the text's
  // characters, no copy).
  const at = text.slice(span.start, span.end).indexOf(' who ');
  return at < 0 ? -1 : span.start + at;
}

/**
 * The words of a statement that are surely its speaker's: a direct quotation up to its first closing mark (a quote span
 * may run on through "…,” Ammar Askar wrote in a “…"), an indirect content whole, a mixed content that follows its cue
 * ("called Omar a “terrorist”"). None for a mixed content before its cue, whose span may open in the narrator's words
 * ("Yet Sondland has already amended his testimony once — “I now do recall,”").
 */
function ownWords(text: string, a: Attribution): Span {
  if (a.kind === 'mixed') return a.cue && a.quote.start >= a.cue.end ? a.quote : { start: a.quote.start, end: a.quote.start };
  if (a.kind === 'indirect') return a.quote;
  // ” and " (a straight mark inside a direct quote's span closes it: the opening one is outside the span). Two
  // indexOf searches in the quote's slice: a character loop over every character of every direct quote cost more.
  const { start } = a.quote;
  const quote = text.slice(start, a.quote.end);
  const curly = quote.indexOf('”');
  const straight = quote.indexOf('"');
  const close = curly < 0 ? straight : straight < 0 ? curly : Math.min(curly, straight);
  return { start, end: close < 0 ? a.quote.end : start + close };
}

/** The entities the statements' own words name: "“Heads needed to roll the day Jeffrey Epstein died,” he said" is not
 *  Epstein speaking — people do not name themselves in what they say. */
function namedWithin(ctx: ResolutionContext, statements: Attribution[]): Set<Entity> | undefined {
  let out: Set<Entity> | undefined;
  for (const a of statements) {
    const own = ownWords(ctx.text, a);
    for (const m of mentionsWithin(ctx.index, own.start, own.end)) (out ??= new Set()).add(m.entity);
  }
  return out;
}

/**
 * "Taylor Swift posted on Twitter", "The United States faced stiff international and Palestinian": a speaker span that
 * ran on past its name into the sentence's verb (a past tense) is the name's.
 */
function nameBeforeVerb(ctx: ResolutionContext, speaker: Span): EntityMention | undefined {
  const inside = mentionsWithin(ctx.index, speaker.start, speaker.end);
  const first = inside[0];
  if (!first || !/^(?:the\s+)?$/i.test(ctx.text.slice(speaker.start, first.start))) return undefined;
  return /^\s+\p{Ll}+ed\s/u.test(ctx.text.slice(first.end, speaker.end + 1)) ? first : undefined;
}

/**
 * "according to guidance from the Mayo Clinic", "a report by the Congressional Budget Office", "data from the Census
 * Bureau": a document named with the body that issued it speaks for that body, and the reader wants its name.
 */
function issuerOfDocument(ctx: ResolutionContext, speaker: Span): EntityMention | undefined {
  const m = DOCUMENT_OF.exec(ctx.text.slice(speaker.start, speaker.end));
  if (!m || !DOCUMENT_NOUN_SET.has(m[1]!.toLowerCase())) return undefined;
  const at = speaker.start + m[0].length;
  const issuer = mentionsWithin(ctx.index, at, speaker.end)[0];
  // Not a possessor: "a new ad from Donald Trump’s presidential campaign" is the campaign's, not Trump's.
  if (!issuer || issuer.start !== at || /^['’]s\b/.test(ctx.text.slice(issuer.end, issuer.end + 3))) return undefined;
  // "The tweet from Vulture magazine": a name the article does not type, followed by its class noun, is of that class.
  if (issuer.entity.type === 'unknown') {
    const classType = typeOfDescription(ctx.text.slice(issuer.end, speaker.end));
    if (classType === 'media' || classType === 'organization') issuer.entity.type = classType;
  }
  return issuer.entity.type !== 'unknown' && issuer.entity.type !== 'unnamed' ? issuer : undefined;
}
/**
 * "a USA TODAY investigation", "Kantar Media’s political ad tracker", "a Wednesday editorial in The Des Moines
 * Register", "a new article in Politico": a writing (WRITING_NOUNS) is its issuer's when the article types the name
 * that owns it or that it appeared in.
 */
function issuerOfWriting(ctx: ResolutionContext, speaker: Span, words: string[]): EntityMention | undefined {
  if (words.length < 2) return undefined;
  const written = ctx.text.slice(speaker.start, speaker.end);
  // A mention in ASCII with no apostrophe (most) is cut by the split below into the mention's own words, lower-cased:
  // the replace and the Unicode split were most of this function's cost.
  const head = headWord(isAsciiWithoutApostrophe(written) ? lowerCasedWords(words)
    : nonEmpty(lowerCase(written).replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}.-]+/u)));
  // "some GOP figures" are people; "one Facebook page", "a YouTube video", "a Twitter post" name where it was put, not
  // who put it there (a saved Yahoo page: "On one Facebook page an unidentified poster … wrote").
  if (!head || !isWriting(head) || PLATFORM_THINGS.has(head)) return undefined;
  for (const m of mentionsWithin(ctx.index, speaker.start, speaker.end)) {
    const type = m.entity.type;
    if (type !== 'organization' && type !== 'media' && type !== 'government' && type !== 'person') continue;
    const before = ctx.text.slice(speaker.start, m.start);
    const after = ctx.text.slice(m.end, speaker.end);
    // Owner in front: "a USA TODAY investigation", "Tuttle’s article"; or where it appeared: "… in The Des Moines Register".
    // A person only by a possessive ("Axelrod’s memoir"): "a new Associated Press-GfK poll", "Crowdpac data" are bodies
    // some articles' names mistype as people, and "Obama water-carrying headline" is about him.
    if (WRITING_OPENING.test(before) && WRITING_AFTER_OWNER.test(after) && (type !== 'person' || POSSESSIVE_START.test(after))) return m;
    if (WRITING_PLACE.test(before) && (type === 'media' || type === 'organization')) return m;
  }
  return undefined;
}
function isAsciiWithoutApostrophe(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 39) return false;
  }
  return true;
}
function lowerCasedWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) out.push(lowerCase(w));
  return out;
}
const PLATFORM_THINGS = new Set(['figures', 'page', 'post', 'posts', 'tweet', 'tweets', 'video', 'photo', 'footage', 'answers']);
const POSSESSIVE_START = /^['’]s\s/;
// Not after a possessive pronoun: "his Facebook profile" is his, not Facebook's.
const WRITING_OPENING = /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]his)\s+)?(?:(?!(?:his|her|its|their|our|my|your)\s)\p{Ll}+\s+|\d{4}\s+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?$/u;
const WRITING_AFTER_OWNER = /^(?:['’]s)?(?:\s+[\p{Ll}-]+){1,4}\s*$/u;
const WRITING_PLACE = /\s(?:in|from)\s+(?:the\s+)?$/i;

const DOCUMENT_OF = /^(?:(?:the|a|an|new|recent|latest)\s+)*(\p{L}+)\s+(?:from|by|of)\s+(?:the\s+)?/iu;
const DOCUMENT_NOUN_SET = new Set(DOCUMENT_NOUNS);

/** A mention's words before its first comma, bracket or spaced dash: "Reed" in "Reed, the chairman". */
function beforeAppositive(written: string): string {
  const cut = written.search(APPOSITIVE_START);
  return cut > 0 ? written.slice(0, cut) : written;
}
const APPOSITIVE_START = /[,(]|\s[-–—]\s/;

/** A sentence-opening description and its comma right before a mention: "The group that owns most of her music, ". */
const APPOSED_DESCRIPTION = /(?:^|[.!?]["”’]?\s+|\n)((?:The|A|An|Its|Her|His|Their) [^,.;:!?\n]{2,80}),\s*$/;

/**
 * "The group that owns most of her music, Big Machine, says …": a name in apposition to a description of a body is
 * that body. Two capitalized words are typed a person by default; a given name, a title or a gender keeps them one.
 */
function bodyInApposition(text: string, start: number, entity: Entity): void {
  if (entity.gender || entity.role || opensWithGivenName(entity.name)) return;
  const described = APPOSED_DESCRIPTION.exec(text.slice(Math.max(0, start - 100), start))?.[1];
  if (!described) return;
  const type = typeOfDescription(described);
  if (type === 'organization' || type === 'government') entity.type = type;
}

/**
 * "Ngātiwai believe the whales beach when …" in an article that also writes "an elder of the Ngātiwai tribe": a name
 * of unknown type that the article writes before a class noun of bodies ("tribe", "magazine", "militia") is of
 * that class, as "The tweet from Vulture magazine" is a medium's. The first such noun decides.
 */
function classNounAfter(text: string, name: string): Speaker['type'] | undefined {
  for (let at = text.indexOf(name + ' '); at >= 0; at = text.indexOf(name + ' ', at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
    const noun = CLASS_NOUN.exec(text.slice(at + name.length + 1, at + name.length + 30))?.[1];
    if (!noun || !CLASS_NOUNS.has(noun)) continue;
    const type = typeOfDescription(`the ${noun}`);
    if (type === 'organization' || type === 'media' || type === 'government') return type;
  }
  return undefined;
}
// Nouns a name is written before to say what it is. Not "campaign", "team", "city": "the Trump campaign" is his, "the
// Philadelphia city council" a body of the place (train: both made wrong types).
const CLASS_NOUNS = new Set(['tribe', 'clan', 'magazine', 'newspaper', 'website', 'militia', 'band']);
const CLASS_NOUN = /^(\p{Ll}+)(?![\p{L}'’-])/u;

/**
 * The speaker mention is the state's name itself, not after its town ("Columbia, South Carolina says", where the span
 * lost the person) nor after a verb or preposition ("Ted Cruz, who won Oklahoma").
 */
function speaksAsState(text: string, speaker: Span, name: string): boolean {
  if (withoutPossessive(text.slice(speaker.start, speaker.end).trim()) !== name) return false;
  const before = text.slice(Math.max(0, speaker.start - 40), speaker.start);
  return !AFTER_TOWN.test(before) && !AFTER_VERB_OR_PREPOSITION.test(before);
}
const AFTER_TOWN = /(?:^|[^\p{L}])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}.]*,\s*$/u;
const AFTER_VERB_OR_PREPOSITION = /\b(?:won|wins|win|carried|lost|in|of|from|to|at|for)\s+$/i;

/** A word with a plural's ending: "Proponents", "Millennials"; not "Congress", "Texas" (which the lower-case probe rules
 *  out anyway: "texas" is never written). */
const isPluralWord = (word: string): boolean => word.length >= 5 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us');
/** Peoples named by creed or generation, capitalized wherever they are written. */
const CAPITALIZED_GROUPS = new Set([...GATHERED_PEOPLE.filter((w) => /^[A-Z][a-z]+s$/.test(w)), 'Millennials', 'Boomers',
  'Mormons', 'Protestants', 'Baptists', 'Methodists']);
/** Whether the article writes `word` (or its singular) in lower case as a word of its own, between two characters
 *  that are not letters. The word is looked for in the text itself (two indexOf scans), once per word and text:
 *  collecting every letter run of the text (a string per word, into a set) cost more than all the questions of PolNeAR
 *  dev together (5 in 84 articles), and on a long text a third of its cost. Past LOWER_CASE_WORDS words the text's
 *  letter runs are collected once instead: a scan per speaker would make the cost grow with the square of the text's
 *  length. */
function writesInLowerCase(ctx: ResolutionContext, word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.slice(0, -1);
  if (ctx.letterRuns === undefined) {
    const answers = (ctx.writtenInLowerCase ??= new Map());
    const known = answers.get(lower);
    if (known !== undefined) return known;
    if (answers.size < LOWER_CASE_WORDS) {
      const found = isLetterRun(ctx.text, lower) || isLetterRun(ctx.text, singular);
      answers.set(lower, found);
      return found;
    }
    ctx.letterRuns = letterRunsOf(ctx.text);
  }
  return ctx.letterRuns.has(lower) || ctx.letterRuns.has(singular);
}
const LOWER_CASE_WORDS = 8;
/** The maximal runs of letters of a text that have a character before and after them. The runs as match() gives
 *  them, strings only (matchAll made a match object per word, a third of a long text's cost); only the first can
 *  open the text and only the last end it. */
function letterRunsOf(text: string): Set<string> {
  const runs = new Set<string>();
  const all = text.match(LETTER_RUN) ?? [];
  const to = text.length > 0 && isLetterEndingAt(text, text.length) ? all.length - 1 : all.length;
  for (let i = text.length > 0 && isLetterAt(text, 0) ? 1 : 0; i < to; i++) runs.add(all[i]!);
  return runs;
}
const LETTER_RUN = /\p{L}+/gu;
/** letterRunsOf(text).has(run), without the set: `run` is all letters and written somewhere with a character before
 *  and after it, neither a letter (a letter of two code units is read whole, as the u-flag regex reads it). */
function isLetterRun(text: string, run: string): boolean {
  if (!ONLY_LETTERS.test(run)) return false;
  for (let at = text.indexOf(run, 1); at >= 0; at = text.indexOf(run, at + 1)) {
    const end = at + run.length;
    if (end < text.length && !isLetterEndingAt(text, at) && !isLetterAt(text, end)) return true;
  }
  return false;
}
const ONLY_LETTERS = /^\p{L}+$/u;
const LETTER = /^\p{L}$/u;
/** Whether a letter (one code point) starts at `i`. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}
/** Whether a letter (one code point) ends right before `i`. */
function isLetterEndingAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // A low surrogate after a high one ends a code point of two units.
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return LETTER.test(pair ? String.fromCodePoint(text.codePointAt(i - 2)!) : String.fromCharCode(c));
}

// The Unicode tests resolveMention makes, answered without a regex call when the characters are ASCII.
/** /^\p{Lu}\p{Ll}+$/u: "Analysts", not "NATO" or "he". */
function isCapitalizedWord(word: string): boolean {
  let ascii = word.length >= 2 && word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return /^\p{Lu}\p{Ll}+$/u.test(word);
    if (i > 0 && !(c >= 97 && c <= 122)) ascii = false;
  }
  return ascii;
}
/** /^\p{Lu}/u */
const startsUpper = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
};
/** text.replace(/['’]s$/, '') */
const withoutPossessive = (text: string): string => (text.endsWith("'s") || text.endsWith('’s') ? text.slice(0, -2) : text);

/**
 * The words of a speaker mention, possessive 's dropped: runs of letters, digits, periods, apostrophes and
 * hyphens. A mention in ASCII, curly apostrophes allowed (most: "he", "the spokesman", "Trump’s campaign"), is cut
 * by a character loop that drops a possessive where the regex would; any other by the Unicode regexes it stands
 * for, whose replace and split cost most of resolveMention.
 */
function mentionWords(written: string): string[] {
  const words: string[] = [];
  let from = -1;
  // charCodeAt.call and the length read once: this site meets mentions of every string kind (see ascii-words.ts).
  const length = written.length;
  for (let i = 0; i < length; i++) {
    const c = charCodeAt.call(written, i);
    if (c >= 128 && c !== 0x2019) return mentionWordsByRegex(written);
    if ((c === 39 || c === 0x2019) && written.charCodeAt(i + 1) === 115 && !isRegexWordChar(codeAt(written, i + 2))) {
      // A possessive 's, which the regex removes. Kept to the regex when a word character of the split follows:
      // the removal would join the words around it ("Trump's-", "Gov.'s.").
      const next = codeAt(written, i + 2);
      if (next === 46 || next === 45 || next === 39 || next === 0x2019) return mentionWordsByRegex(written);
      if (from >= 0) { words.push(written.slice(from, i)); from = -1; }
      i++;
      continue;
    }
    const inWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 39 || c === 0x2019;
    if (inWord && from < 0) from = i;
    else if (!inWord && from >= 0) { words.push(written.slice(from, i)); from = -1; }
  }
  if (from >= 0) words.push(written.slice(from));
  return words;
}

const mentionWordsByRegex = (written: string): string[] => nonEmpty(written.replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}.'’-]+/u));

/** A word character as a regex's \b without the u flag sees it: [A-Za-z0-9_]. */
const isRegexWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * The name a speaker mention is headed by: in "Valery Gerasimov, chief of Russia's General Staff"
 * the part before the comma; in "White House spokesman Josh Earnest" the last name; none in
 * "Russia's defence ministry" (the name only modifies), "A spokeswoman for Hillary Clinton" (the
 * name follows a preposition) or "a top Russian general".
 */
function headNameMention(index: EntityIndex, text: string, span: { start: number; end: number }): EntityMention | undefined {
  const written = text.slice(span.start, span.end);
  const inside = mentionsWithin(index, span.start, span.end);
  if (inside.length === 0) return undefined;
  // The head phrase ends at the first comma, bracket, dash or preposition outside a name.
  let cut = written.search(HEAD_END);
  while (cut >= 0) {
    const at = span.start + cut;
    if (!inside.some((m) => m.start <= at && at < m.end)) break;
    const next = written.slice(cut + 1).search(HEAD_END);
    cut = next < 0 ? -1 : cut + 1 + next;
  }
  const headEnd = span.start + (cut >= 0 ? cut : written.length);
  let last: EntityMention | undefined;
  let beforeLast: EntityMention | undefined;
  for (const m of inside) if (m.end <= headEnd) { beforeLast = last; last = m; }
  // "Joint Committee on Intelligence and Security": a body's name that goes on after "and" is still that body (the
  // index cuts runs at "and"), not the one word after it.
  if (last && beforeLast && last.entity.type === 'unknown' && !last.core.includes(' ') && ORGANIZATION_PARTICLE.test(beforeLast.core)
    && /^\s+and\s+$/.test(text.slice(beforeLast.end, last.start)) && (beforeLast.entity.type === 'organization' || beforeLast.entity.type === 'government')) last = beforeLast;
  // A trailing possessive is still the head when nothing follows it: "Gingrich's" in "Gingrich's claim".
  if (last && /^(?:['’]s?)?[\s.]*$/.test(text.slice(last.end, headEnd)) && (headEnd < span.end || !/^['’]s?\s*\S/.test(text.slice(last.end, span.end)))) return last;
  // "Trump's campaign chairman, Paul Manafort": a description, then the name in apposition; the
  // description is the person's role when the article gives no other.
  let final = inside[inside.length - 1]!;
  const comma = text.lastIndexOf(',', final.start);
  if (!(comma >= headEnd && /^[\s,]*$/.test(text.slice(comma, final.start)) && /^[\s.,]*$/.test(text.slice(final.end, span.end)))) {
    const apposed = apposedPersonBeforeComma(text, inside, headEnd, span.end);
    if (!apposed) return undefined;
    final = apposed;
  }
  if (final.entity.type === 'person' && !readRoles(text, final.entity).role) {
    final.entity.role = text.slice(span.start, headEnd).trim().replace(LEADING_DETERMINER, '');
  }
  return final;
}

/** "Nevada's governor, Brian Sandoval, a Republican", "Trump’s campaign manager, Corey Lewandowski, who has …": a
 *  description, the person's name in commas, then a second apposition (a lower-case word or a number opens it, not
 *  "and" or another name, which would make the commas a list's). The name right after the head phrase's comma. */
function apposedPersonBeforeComma(text: string, inside: readonly EntityMention[], headEnd: number, end: number): EntityMention | undefined {
  if (text.charCodeAt(headEnd) !== 44) return undefined; // the head phrase ends at its comma
  const name = inside.find((m) => m.start > headEnd);
  if (!name || name.entity.type !== 'person' || !/^,\s+$/.test(text.slice(headEnd, name.start))) return undefined;
  const after = SECOND_APPOSITION.exec(text.slice(name.end, Math.min(end, name.end + 40)));
  return after && !LIST_WORDS.has(after[1]!) ? name : undefined;
}
const SECOND_APPOSITION = /^,\s+([a-z]+|\d+)/;
const LIST_WORDS = new Set(['and', 'or', 'nor']);

const ORGANIZATION_PARTICLE = / (?:on|of|for) /;
const HEAD_END = /[,(]|\s[-–—]\s|\s(?:for|of|at|in|from|with|on|to|who|close)\s/;

const OWNER = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*)['’]s\s+$/u;

/**
 * "Ukraine's General Staff" and "Russia's General Staff" are two bodies: a body named with its
 * owner keeps the owner in its name (one entity per owner and body, shared across the article).
 */
function ownedBody(ctx: ResolutionContext, spanStart: number, head: EntityMention): Entity {
  const owner = OWNER.exec(ctx.text.slice(spanStart, head.start))?.[1];
  if (!owner) return head.entity;
  const name = `${owner}'s ${head.entity.name}`;
  ctx.owned ??= new Map();
  let entity = ctx.owned.get(name);
  if (!entity) { entity = { ...head.entity, name, roleWords: undefined, roleTexts: undefined, roleSpans: [] }; ctx.owned.set(name, entity); }
  return entity;
}

