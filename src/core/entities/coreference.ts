// Coreference for speaker mentions that are not names: pronouns ("he" → the subject of the nearest
// sentence naming a compatible person), relative pronouns ("Gerasimov, who said" → Gerasimov) and
// descriptions ("the general" → the person whose role says general; "A top Russian general
// confirmed … Valery Gerasimov, chief of Russia's General Staff" → cataphora to Gerasimov).
// Every search is bounded (a few sentences, a fixed number of mentions): cost stays linear.
import type { Span } from '../types';
import { lastMentionBefore } from './names';
import { addRoleWord, hasRoleWord, newEntity, ownEntity, readRoles, type Entity, type EntityIndex, type EntityMention } from './canonical';
import { sentenceOf } from './sentences';
import { headWord, isAgeNoun, isDescribedPersonNoun, isOneWriting, isPeoplePluralNoun, isPersonNoun, isUnnamedHead, isUsState, typeOfDescription, wordsOf } from './types';
import { PRONOUNS } from '../data/entities/people';
import { lowerCase } from '../ascii-words';
import { isPossessive } from '../context';

export interface ResolutionContext {
  text: string;
  index: EntityIndex;
  sentenceStarts: number[];
  /** Spans of direct quotes, sorted: names inside someone's quoted words are not antecedents. */
  quoted: Span[];
  /** Speaker mentions resolved so far, in text order: "he said … he added" chains through them. Each is its own
   *  candidate (wasSpeaker true), handed out as is by candidatesBefore. */
  resolved: Candidate[];
  /** The candidate each name mention of the index makes, by its index, null inside a quotation: made at the first
   *  candidatesBefore that reaches it and shared by every later one (a description reads up to 120 mentions back,
   *  and a "he" three windows of them). */
  nameCandidates: (Candidate | null)[];
  /** How many of `resolved` each entity is, in the order they were first resolved (see mainSpeaker). */
  timesResolved: Map<Entity, number>;
  /** Bodies named with their owner ("Ukraine's General Staff"), made on first use (see ownedBody). */
  owned: Map<string, Entity> | undefined;
  /** The writer, for "I" outside quotations; made on first use. */
  author?: Entity;
  /** The text's maximal letter runs between non-letters, for "is this word written in lower case"; made on first use. */
  letterRuns?: Set<string>;
  /** writesInLowerCase's answers by word, while it scans the text for each (see there); made on first use. */
  writtenInLowerCase: Map<string, boolean> | undefined;
}

export interface Candidate { start: number; entity: Entity; wasSpeaker: boolean }

const SENTENCES_BACK = 3;
const MENTIONS_BACK = 60;

export type PronounKind = (typeof PRONOUNS)[keyof typeof PRONOUNS];
// A Map, not the record itself: looking an arbitrary word up in an object literal interns it first (and finds
// Object.prototype's "constructor").
const PRONOUN_KINDS: ReadonlyMap<string, PronounKind> = new Map(Object.entries(PRONOUNS));
export const pronounKind = (word: string): PronounKind | undefined => PRONOUN_KINDS.get(lowerCase(word));

function insideQuote(quoted: Span[], at: number): boolean {
  let lo = 0, hi = quoted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quoted[mid]!;
    if (at < q.start) hi = mid - 1;
    else if (at >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Earlier mentions (names and resolved speakers), nearest first, within a few sentences — or, for a
 * description, within the last MENTIONS_BACK mentions wherever they are ("the Indiana governor" may
 * come paragraphs after "Gov. Mike Pence").
 */
function candidatesBefore(ctx: ResolutionContext, offset: number, sentencesBack = SENTENCES_BACK, mentionsBack = MENTIONS_BACK): Candidate[] {
  const firstSentence = Math.max(0, sentenceOf(ctx.sentenceStarts, offset) - sentencesBack);
  const floor = ctx.sentenceStarts[firstSentence]!;
  const out: Candidate[] = [];
  const { mentions } = ctx.index;
  const { resolved } = ctx;
  // Both lists are in text order: walk them backwards together (a merge, no sort).
  let i = lastMentionBefore(mentions, offset);
  let j = resolved.length - 1;
  while (j >= 0 && resolved[j]!.start >= offset) j--;
  for (let n = 0; n < mentionsBack; n++) {
    const m = i >= 0 && mentions[i]!.start >= floor ? mentions[i]! : undefined;
    const r = j >= 0 && resolved[j]!.start >= floor ? resolved[j]! : undefined;
    if (!m && !r) break;
    if (m && (!r || m.start >= r.start)) {
      let c = ctx.nameCandidates[i];
      if (c === undefined) {
        c = insideQuote(ctx.quoted, m.start) ? null : { start: m.start, entity: m.entity, wasSpeaker: false };
        ctx.nameCandidates[i] = c;
      }
      i--;
      if (c) out.push(c);
    } else {
      j--;
      // The writer ("I asked him") is no antecedent for a "he" or "she" in the article's own words.
      if (r!.entity !== ctx.author) out.push(r!);
    }
  }
  return out;
}

/**
 * Picks, in the nearest sentence that has one, the first compatible candidate: in news prose the
 * first name of a sentence is usually its subject, and a later "he" continues the subject.
 */
function pickBySentence(ctx: ResolutionContext, candidates: Candidate[], fits: (e: Entity) => boolean): Entity | undefined {
  let best: Candidate | undefined;
  let bestSentence = -1;
  for (const c of candidates) {
    if (!fits(c.entity)) continue;
    const s = sentenceOf(ctx.sentenceStarts, c.start);
    if (best && s < bestSentence) break;
    if (!best || c.start <= best.start) { best = c; bestSentence = s; }
  }
  return best?.entity;
}

// Weights of the salience score (measured on GUM news/interview/bio/speech subject pronouns with
// scripts/analysis/gum-pronoun-accuracy.ts; see notes/decisions-entities.md).
// `spoke`: someone who has spoken anywhere before in the article ("Trump campaign spokesman Jason Miller told The
// Washington Post … However, he could not explain …" was Trump, named more often). GUM 389 → 390 of 440 (2: 387); on
// PolNeAR, names read statement by statement: dev 5 of 6 changed pronouns right, train about 22 of 32.
export const SALIENCE = { subject: 1, speaker: 1.5, distance: 1, local: 0, global: 1, untyped: 3, spoke: 1 };

/**
 * Picks the most salient compatible person for "he"/"she": the subject of a near sentence, a
 * recent speaker, one named often nearby and across the article, each nearer sentence counting more.
 */
function pickSalient(ctx: ResolutionContext, candidates: Candidate[], at: number, fits: (e: Entity) => boolean): Entity | undefined {
  const here = sentenceOf(ctx.sentenceStarts, at);
  // The fitting candidates and their sentences, each asked once (two passes asked both twice, and three maps per call
  // held what these arrays do). Candidates come nearest first, so their sentences never increase along the list: the
  // last fitting one seen in a sentence is its first, its subject.
  const fitting: Candidate[] = [];
  const sentences: number[] = [];
  for (const c of candidates) {
    if (!fits(c.entity)) continue;
    fitting.push(c);
    sentences.push(sentenceOf(ctx.sentenceStarts, c.start));
  }
  if (fitting.length === 0) return undefined;
  // Per entity, in the order first met: its best score and how many fitting candidates it has.
  const slotOf = new Map<Entity, number>();
  const entities: Entity[] = [];
  const scores: number[] = [];
  const local: number[] = [];
  for (let k = 0; k < fitting.length; k++) {
    const c = fitting[k]!;
    const s = sentences[k]!;
    const subject = k + 1 === fitting.length || sentences[k + 1] !== s;
    const score = (subject ? SALIENCE.subject : 0) + (c.wasSpeaker ? SALIENCE.speaker : 0)
      - SALIENCE.distance * (here - s) - (c.entity.type === 'person' ? 0 : SALIENCE.untyped);
    const slot = slotOf.get(c.entity);
    if (slot === undefined) {
      slotOf.set(c.entity, entities.length);
      entities.push(c.entity); scores.push(score); local.push(1);
    } else {
      if (score > scores[slot]!) scores[slot] = score;
      local[slot]!++;
    }
  }
  let best: Entity | undefined;
  let bestScore = -Infinity;
  for (let k = 0; k < entities.length; k++) {
    const entity = entities[k]!;
    const total = scores[k]! + SALIENCE.local * Math.min(4, local[k]!) + SALIENCE.global * Math.log2(1 + entity.mentionCount)
      + (ctx.timesResolved.has(entity) ? SALIENCE.spoke : 0);
    if (total > bestScore) { best = entity; bestScore = total; }
  }
  return best;
}

/**
 * The person of a fitting gender who has spoken most often before this point, if anyone has; of two who spoke as
 * often, the one who spoke first. Read from the running counts, not by counting `resolved` again at each call: that
 * grew with the text at every call, and a text of a whole corpus spent a millisecond per copy of it here.
 */
function mainSpeaker(ctx: ResolutionContext, gender: 'm' | 'f'): Entity | undefined {
  let best: Entity | undefined, most = 1;
  for (const [e, n] of ctx.timesResolved) {
    if (n > most && e.type === 'person' && (!e.gender || e.gender === gender)) { best = e; most = n; }
  }
  return best;
}

/** A single capitalized word of unknown type that is not all capitals: "Byron", not "Kursk"? Cannot tell; allowed.
 *  Not a US state: "moved with him … to Colorado. … She remembered" took Colorado for the "she" (a saved Quanta page). */
const mayBePerson = (e: Entity): boolean => e.type === 'unknown' && e.firstStart >= 0 && !e.name.includes(' ') && /\p{Ll}/u.test(e.name)
  && !isUsState(e.name);

// What each pronoun may stand for: module functions, not closures made at each call (under the bench's loader a named
// closure also has its name defined each time it is made).
/** "he", "she": a person, or a word that may be one, of no other gender. */
const fitsPronoun = (e: Entity, kind: 'm' | 'f'): boolean => (e.type === 'person' || mayBePerson(e)) && (!e.gender || e.gender === kind);
/** "they": an organization or government, or an unnamed group that spoke. */
const isGroup = (c: Candidate): boolean => c.entity.type === 'organization' || c.entity.type === 'government'
  || (c.wasSpeaker && c.entity.type === 'unnamed' && !isOneWriting(c.entity.name));
/**
 * "The team arrived in Washington D.C. … They were twice denied visas to enter the United States", "the air quality,
 * PM2.5 in Taiwan. ¶ More than 2,000 people … They also upload it": a country or body named after a preposition of
 * place or belonging ("in Taiwan", "to the United States", "of the University of Chicago") is where someone is, not
 * the group a "they" that has not spoken stands for.
 */
const namedAsPlace = (text: string, at: number): boolean => PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - 16), at));
const PLACE_PREPOSITION_BEFORE = /(?:^|\s)(?:in|at|from|of|into|across|throughout|inside|within|near)\s+(?:the\s+)?$/i;
/** "it": a body. */
const isBody = (c: Candidate): boolean => c.entity.type === 'organization' || c.entity.type === 'government'
  || c.entity.type === 'media';

/**
 * No one fits within SENTENCES_BACK: "“They were the first …,” said Bob Alverson, … “It turned into … Whole Foods saw
 * that early. They were focusing … They had quite a bit of foresight …” ¶ The certification comes … “that people are
 * watching out for the resource,” he said." A long quotation holds sentences but no antecedent. The "he" is the most
 * salient person further back whose given name shows that gender, as long as no one named or speaking since may be
 * that "he" too: on PolNeAR dev a "she said" went to the named reporter though "Melanie", whose gender no list knows,
 * was named after her. Left unresolved, the reader saw a speaker called "he".
 */
function farPerson(ctx: ResolutionContext, at: number, kind: 'm' | 'f'): Entity | undefined {
  const candidates = candidatesBefore(ctx, at, FAR_SENTENCES_BACK, FAR_MENTIONS_BACK);
  const person = pickSalient(ctx, candidates, at, (e) => e.gender === kind && fitsPronoun(e, kind));
  if (!person) return undefined;
  const last = candidates.find((c) => c.entity === person)!.start;
  return candidates.some((c) => c.start > last && c.entity !== person && c.entity !== ctx.author && fitsPronoun(c.entity, kind))
    ? undefined : person;
}
const FAR_SENTENCES_BACK = 12;
const FAR_MENTIONS_BACK = 120;

/**
 * "Allton said he had only seen …", "Jafari said she felt …", "Kiara Perkins, a second year USI art major, admitted she
 * was willing …": a "he"/"she" opening the clause a verb of its own sentence reports is that verb's subject, the name
 * right before it, however much more often the article names someone else (GUM: the salience took Andy Warhol, Mohamed
 * and Kristin Wilkins). Only the last few names of the sentence are read, each against the words up to the pronoun.
 */
function subjectReportingPronoun(ctx: ResolutionContext, mention: Span, kind: 'm' | 'f', namedInStatement?: Set<Entity>): Entity | undefined {
  const { mentions } = ctx.index;
  const floor = sentenceFloor(ctx, mention.start, 0);
  for (let i = lastMentionBefore(mentions, mention.start), n = 0; i >= 0 && n < REPORTING_SUBJECT_MENTIONS; i--, n++) {
    const m = mentions[i]!;
    if (m.start < floor || mention.start - m.end > REPORTING_GAP_CHARS) return undefined;
    if (!REPORTING_GAP.test(ctx.text.slice(m.end, mention.start))) continue;
    const e = m.entity;
    // A person the article types: a capitalized word opening the sentence ("Pretty soon she would") is no subject.
    if (e.type !== 'person' || insideQuote(ctx.quoted, m.start) || !fitsPronoun(e, kind) || namedInStatement?.has(e)) return undefined;
    return e;
  }
  return undefined;
}
/**
 * "Jack Scarola, who represents some of Epstein’s accusers, said he's pleased … “Forty-five years of practicing law,” he
 * said": the "he" of a quotation's frame goes on with the person who spoke in the sentence before, not with the person
 * the article names most (Jeffrey Epstein, saved USA Today page).
 */
function speakerBeforeQuoteFrame(ctx: ResolutionContext, candidates: Candidate[], mention: Span, kind: 'm' | 'f', namedInStatement?: Set<Entity>): Entity | undefined {
  if (!QUOTE_FRAME_BEFORE.test(ctx.text.slice(Math.max(0, mention.start - 4), mention.start))) return undefined;
  const floor = sentenceFloor(ctx, mention.start, 1);
  let between: Entity | undefined;
  for (const c of candidates) {
    if (c.start < floor) return undefined;
    // Only a person the article names ("the retired neurosurgeon" said before is better named by the salience).
    if (c.entity.type !== 'person' || c.entity.firstStart < 0 || !fitsPronoun(c.entity, kind)) continue;
    if (c.wasSpeaker) return !namedInStatement?.has(c.entity) && (!between || between === c.entity) ? c.entity : undefined;
    // "Trump, who has called … a hoax, could be the next occupant of the White House, Ban demurred. “…,” he said": someone
    // else named since the speaker may be the "he"; not in a possessive ("Epstein’s accusers").
    if (POSSESSIVE_NAME.test(ctx.text.slice(c.start, c.start + 60))) continue;
    if (between && between !== c.entity) return undefined;
    between = c.entity;
  }
  return undefined;
}
/** A name in the possessive: "Epstein’s accusers", "Jeffrey Epstein's". */
const POSSESSIVE_NAME = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}['’]s\s/u;
/** A closing quotation mark, perhaps after a comma, right before the pronoun: "“…,” he said". */
const QUOTE_FRAME_BEFORE = /[”"][ \t]+$/;

const REPORTING_SUBJECT_MENTIONS = 4;
const REPORTING_GAP_CHARS = 120;
/** Words that link clauses or phrases: a word of the gap below that is one of them is no verb of the name's. */
const LINK_WORD = '(?:and|or|but|if|when|whether|because|as|to|of|in|on|at|by|for|with|from|about|than|while|after|before|since|who|whom|whose|which|where|that)';
/** Between a name and the pronoun: an optional description in commas, one or two lower-case words that are no link
 *  word (the verb, perhaps an auxiliary or adverb before it), an optional "that". */
const REPORTING_GAP = new RegExp(`^(?:\\s*,[^,.;:!?"“”()]{1,90},)?\\s+(?!${LINK_WORD}\\s)\\p{Ll}+(?:\\s+(?!${LINK_WORD}\\s)\\p{Ll}+)?\\s+(?:that\\s+)?$`, 'u');

/** Resolves a personal pronoun speaker ("he", "she", "they", "it") to an earlier entity. */
export function resolvePronoun(ctx: ResolutionContext, mention: Span, kind: PronounKind, namedInStatement?: Set<Entity>): Entity | undefined {
  // The earlier mentions are gathered only by the cases that weigh them: "who" and "I" do not.
  switch (kind) {
    case 'm': case 'f': {
      const candidates = candidatesBefore(ctx, mention.start);
      // A bare capitalized word the article never types ("Byron") may be a person too, at a cost. Someone the
      // statement itself names is not its speaker ("People like Scott, he said") unless no one else is near: a
      // reporter may name the speaker in reported words ("He notes … an issue with Trump’s microphone").
      const person = subjectReportingPronoun(ctx, mention, kind, namedInStatement)
        || speakerBeforeQuoteFrame(ctx, candidates, mention, kind, namedInStatement)
        || (namedInStatement && pickSalient(ctx, candidates, mention.start, (e) => fitsPronoun(e, kind) && !namedInStatement.has(e)))
        || pickSalient(ctx, candidates, mention.start, (e) => fitsPronoun(e, kind))
        || farPerson(ctx, mention.start, kind)
        || personIntroducedAfter(ctx, mention.end, kind, namedInStatement);
      if (person && person.type !== 'person') {
        // Only an untyped word nearby ("aimed at Gulf allies … he has persuaded"): the person who has spoken most
        // in the article so far is the likelier "he".
        const protagonist = mainSpeaker(ctx, kind);
        if (protagonist) return protagonist;
        person.type = 'person'; person.gender = kind; // "he" tells us
      }
      return person;
    }
    case 'plural': return resolvePlural(ctx, mention, 0);
    case 'thing': {
      // "it said": the body that spoke last ("Ukraine's General Staff said … It said"), else the nearest.
      const candidates = candidatesBefore(ctx, mention.start);
      const spoke = candidates.find((c) => c.wasSpeaker && isBody(c));
      if (spoke) return spoke.entity;
      return writingOpeningSentence(ctx, mention.start)
        ?? (candidates.find(isBody) ?? writingThatSpokeJustBefore(ctx, candidates, mention.start))?.entity;
    }
    case 'relative': {
      // "Senator Ted Cruz of Texas, who last year threatened …, and who has been hoping …": a relative joined to an
      // earlier one of its sentence by "and" or "but" has its antecedent.
      const earlier = earlierRelative(ctx, mention);
      if (earlier) return resolvePronoun(ctx, earlier, 'relative');
      // "Valery Gerasimov, who …": the name that ends right before the pronoun.
      const { mentions } = ctx.index;
      const i = lastMentionBefore(mentions, mention.start);
      const m = i >= 0 ? mentions[i]! : undefined;
      if (m && RELATIVE_GAP.test(ctx.text.slice(m.end, mention.start))) {
        // "Senator James Lankford, an Oklahoma Republican who warned …": the name is in apposition to a person named
        // just before it, and "who" is that person.
        const named = i > 0 ? mentions[i - 1]! : undefined;
        if (named && named.entity.type === 'person' && named.entity !== m.entity && APPOSITION_GAP.test(ctx.text.slice(named.end, m.start))) return named.entity;
        // "Senator Ted Cruz of Texas, who …", "Stacy Baker of Columbia, South Carolina": the person is where the place
        // is from, and "who" is the person (train: 9 such "who" went to the state or city).
        if (named && named.entity.type === 'person' && isPlace(m.entity) && PLACE_GAP.test(ctx.text.slice(named.end, m.start))
          && ctx.text.slice(mention.start, mention.end).toLowerCase() === 'who') return named.entity;
        // "Senator Jeff Flake, Republican of Arizona, who echoed …", "Alan Berger, a gynecologist from Englewood, New
        // Jersey, who said": a state closes the description of the person named before it.
        if (isUsState(m.entity.name)) {
          const described = personDescribedBefore(ctx, mention.start);
          if (described) return described;
        }
        // "the ACLU of Oregon, which released a statement": so is a body, for "which".
        if (named && isBodyType(named.entity) && isUsState(m.entity.name) && /^\s+of\s+$/.test(ctx.text.slice(named.end, m.start))
          && ctx.text.slice(mention.start, mention.end).toLowerCase() === 'which') return named.entity;
        return m.entity;
      }
      // "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton": a person's party label in brackets between.
      // The label may be indexed as a name of its own ("D-Mo"): the person is then the mention before it.
      for (let j = i; j >= Math.max(0, i - 1); j--) {
        const p = mentions[j]!;
        if (p.entity.type === 'person' && LABEL_GAP.test(ctx.text.slice(p.end, mention.start))) return p.entity;
      }
      // "said R. Gil Kerlikowske, the United States Customs and Border Protection commissioner, who conceded …": a
      // person named, then described; the description holds no other person's name before "who" bars it.
      const described = personDescribedBefore(ctx, mention.start);
      if (described) return described;
      // "… from Netanyahu’s Likud party, which tried to rally right-wing support": the body the name and its noun make.
      const bodyNoun = m ? BODY_NOUN_GAP.exec(ctx.text.slice(m.end, mention.start))?.[1] : undefined;
      if (m && bodyNoun && typeOfDescription(bodyNoun) === 'organization' && m.entity.type !== 'person') return ownEntity(`${m.core} ${bodyNoun}`, 'organization');
      // "a career Army officer who described …": no name, the description before is the speaker.
      return descriptionBefore(ctx.text, mention.start, ctx.text.slice(mention.start, mention.end).toLowerCase() === 'who');
    }
    default: {
      // "These were the fixes that I recommended", "when I asked him": outside quotations, "I" is the writer. Inside
      // one, and "we" or "you" anywhere, it is the voice of a quote or a reader, not someone the article names.
      const word = ctx.text.slice(mention.start, mention.end);
      if ((word === 'I' || word === 'me') && !insideQuote(ctx.quoted, mention.start)) return (ctx.author ??= newEntity('the author', 'person', -1));
      return undefined;
    }
  }
}

/** Resolves a "they"; `depth` counts the "They" sentences walked back through (see theyOpeningSentenceBefore). */
function resolvePlural(ctx: ResolutionContext, mention: Span, depth: number): Entity | undefined {
  // "Senator Elizabeth Warren and congresswoman Alexandria Ocasio-Cortez. They criticised …": the two just named.
  const pair = coordinatedPeople(ctx, mention.start);
  if (pair) return pair;
  // "they" speaks for a group: a recent speaking organization, government or unnamed group first
  // ("officials said … They said"); then two people or a plural of people named just before ("Stephen S. Cohen and
  // J. Bradford DeLong … suggest …, they argue", "Senate Democrats blocked the bill because they said"), who are the
  // subject more often than a body named near them that has not spoken (train: 6 renamed, all right; GUM 3); else
  // the nearest organization or government named.
  const candidates = candidatesBefore(ctx, mention.start);
  const spoke = candidates.find((c) => c.wasSpeaker && isGroup(c));
  if (spoke) return spoke.entity;
  return pairNamedJustBefore(ctx, mention.start) ?? peopleNamedJustBefore(ctx, mention.start)
    ?? theyOpeningSentenceBefore(ctx, mention.start, depth)
    ?? (candidates.find((c) => isGroup(c) && !namedAsPlace(ctx.text, c.start)) ?? groupNamedJustBefore(ctx, candidates, mention.start))?.entity;
}

/**
 * "Black women of all ages sat together … They watched as host Tracee Ellis Ross led … They also applauded", "campaign
 * officials were acting publicly as if they had already won. They distributed news stories …, and they boldly
 * reminded": a "They" opening its sentence, with nothing else to take, is whom the "They" opening the sentence before
 * stands for (at most two sentences back: the walk is bounded).
 */
function theyOpeningSentenceBefore(ctx: ResolutionContext, at: number, depth: number): Entity | undefined {
  if (depth >= THEY_CHAIN) return undefined;
  const own = sentenceFloor(ctx, at, 0);
  if (own === 0 || !CLAUSE_OPENING.test(ctx.text.slice(own, at))) return undefined;
  const previous = sentenceFloor(ctx, at, 1);
  const they = theySubjectAt(ctx.text.slice(previous, own));
  if (they < 0) return undefined;
  return resolvePlural(ctx, { start: previous + they, end: previous + they + 4 }, depth + 1);
}
const THEY_CHAIN = 2;

/** Where a "they" is the subject of `sentence`: its first word after a connective, or after a short opening phrase
 *  ("For nearly 40 hours, they spoke"); -1 when none is. */
function theySubjectAt(sentence: string): number {
  const m = THEY_SUBJECT.exec(sentence);
  if (!m) return -1;
  if (m[1] !== undefined && (!PHRASE_OPENERS.has(lowerCase(m[1])) || m[0].split(/\s+/).length > OPENING_PHRASE_WORDS + 3)) return -1;
  return m[0].length - 4;
}
const THEY_SUBJECT = /^\s*(?:(?:and|but|so|as|when|while|if|because|yet|then)\s+)?(?:(\p{L}+)[^,.;:!?]{0,60},\s+)?they\b/iu;

/**
 * "the Democrats are acting as though they want to lose", "As Republicans scrambled to raise campaign cash last year,
 * they proposed …": a capitalized group named earlier in the same sentence, though it has not spoken (train: 7 of 8
 * such "they" right by reading; taken from the sentence before too, 4 of 10 more).
 */
function groupNamedJustBefore(ctx: ResolutionContext, candidates: Candidate[], at: number): Candidate | undefined {
  const floor = sentenceFloor(ctx, at, 0);
  return candidates.find((c) => c.start >= floor && c.entity.type === 'unnamed' && c.entity.firstStart >= 0);
}

/**
 * "Hillary Clinton and Senator Elizabeth Warren … held their first joint campaign event on Monday, striking a populist
 * tone as they sought …", "Wilcox and Beruff, a Sarasota Republican, argued … State departments of education can do
 * that, they said": with no speaking group to take, the last two people named together in its sentence or the one before, even
 * when other names came after them.
 */
function pairNamedJustBefore(ctx: ResolutionContext, at: number): Entity | undefined {
  const { mentions } = ctx.index;
  const floor = sentenceFloor(ctx, at, 1);
  for (let i = lastMentionBefore(mentions, at); i >= 1 && mentions[i - 1]!.start >= floor; i--) {
    const second = mentions[i]!, first = mentions[i - 1]!;
    if (first.entity === second.entity || insideQuote(ctx.quoted, first.start)) continue;
    if (first.entity.type !== 'person' || second.entity.type !== 'person') continue;
    if (LAST_MEMBER_GAP.test(ctx.text.slice(first.end, second.start))) return groupOf(ctx, [first.entity, second.entity], 'person', first.start);
  }
  return undefined;
}

/**
 * "Donald Trump’s supporters erupted into cheers as they learned …", "Bush campaign officials looked into … They
 * determined": with no speaking group or pair of people to take, people named by a lower-case plural in the clause
 * right before the "they", or in the opening words (the subject) of its own sentence ("Other Republican candidates said
 * …, they said"), or of the sentence before a "They" that opens its own, perhaps after a connective ("Republican leaders
 * in the House and Senate have made … But they disagree"). Train: 5 renamed, all right; GUM 7.
 */
function peopleNamedJustBefore(ctx: ResolutionContext, at: number): Entity | undefined {
  const own = sentenceFloor(ctx, at, 0);
  const before = ctx.text.slice(own, at);
  const here = lastPeoplePlural(before) ?? lastPeoplePlural(openingWords(before));
  if (here) return ownEntity(here, 'unnamed');
  if (own === 0 || !CLAUSE_OPENING.test(before)) return undefined;
  const previous = sentenceFloor(ctx, at, 1);
  const words = ctx.text.slice(previous, own).split(/\s+/).filter(Boolean);
  // The subject after an opening phrase ("According to the Post, Bush campaign officials looked into …") is the first
  // plural of people of that sentence, unless the sentence's own subject is a "they" (resolved as a chain instead).
  const there = lastPeoplePlural(words.slice(0, OPENING_WORDS).join(' '))
    ?? (theySubjectAt(ctx.text.slice(previous, own)) >= 0 ? undefined : firstPeoplePlural(words));
  return there ? ownEntity(there, 'unnamed') : undefined;
}

/** The most words of an opening phrase before a sentence's "they" ("For nearly 40 hours, they spoke"). */
const OPENING_PHRASE_WORDS = 6;
/** First words of an adverbial phrase or clause before a sentence's subject: prepositions, subordinators, adverbs. */
const PHRASE_OPENERS = new Set(['according', 'with', 'without', 'when', 'whenever', 'after', 'before', 'in', 'on', 'at',
  'for', 'since', 'while', 'as', 'if', 'although', 'though', 'despite', 'during', 'throughout', 'unlike', 'like', 'by',
  'under', 'over', 'from', 'once', 'until', 'last', 'this', 'yesterday', 'today', 'earlier', 'later', 'now', 'still',
  'meanwhile', 'instead', 'however', 'also', 'then', 'nationally', 'overall', 'privately', 'publicly', 'indeed']);

/** The first plural naming people anywhere in a sentence's words, with a hyphenated modifier, or undefined. */
function firstPeoplePlural(words: string[]): string | undefined {
  for (let k = 0; k < words.length; k++) {
    const bare = words[k]!.replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, '');
    if (!isPeoplePluralNoun(bare.toLowerCase()) || !/^\p{L}+$/u.test(bare.replace(/-/g, ''))) continue;
    const modifier = k > 0 && /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(words[k - 1]!) ? `${words[k - 1]} ` : '';
    return modifier + bare;
  }
  return undefined;
}

/** A sentence's first words, up to its first comma: where its subject is ("Other Republican candidates said …"). */
function openingWords(sentence: string): string {
  const words = sentence.split(/\s+/).filter(Boolean).slice(0, OPENING_WORDS);
  const comma = words.findIndex((w) => CLAUSE_END.test(w));
  return (comma >= 0 ? words.slice(0, comma + 1) : words).join(' ');
}
const OPENING_WORDS = 5;
const CLAUSE_END = /[,;:]$/;
/** Before a "they" that continues the subject of the sentence before: nothing, or one connective ("As they", "But they"). */
const CLAUSE_OPENING = /^\s*(?:(?:and|but|so|as|when|while|if|because|yet|then)\s+)?$/i;

/** The last plural naming people in `text`, with a hyphenated modifier ("rank-and-file unionists"), or undefined. */
function lastPeoplePlural(text: string): string | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (/[,.;:!?)"”]$/.test(w) && k !== words.length - 1) break; // only within the clause right before
    const bare = w.replace(/[^\p{L}-]+$/u, '');
    if (!isPeoplePluralNoun(bare.toLowerCase()) || !/^\p{L}+$/u.test(bare.replace(/-/g, ''))) continue;
    let from = k;
    // Only a hyphenated modifier is taken with it ("rank-and-file"): a plain word before may be a verb ("which allows
    // people", "to survey readers").
    while (from > 0 && k - from < 2 && /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(words[from - 1]!)) from--;
    return words.slice(from, k).concat(bare).join(' ');
  }
  return undefined;
}
/**
 * "The email includes a photo of Cruz … At the bottom it reads", "The report also provided details of data breaches …
 * It said current FDIC officials …", "The post showed an overweight man … It says" (PolNeAR train): with no body that
 * spoke, an "it" is the writing that opens its sentence or the one before as its subject, not a body the writing names.
 */
function writingOpeningSentence(ctx: ResolutionContext, at: number): Entity | undefined {
  // "The report also suggested the U.S. might not be the “jobs machine” it thinks it is" (a saved CNN page): a body
  // named in the pronoun's own sentence before it is the nearer "it".
  const { mentions } = ctx.index;
  const own = sentenceFloor(ctx, at, 0);
  for (let i = lastMentionBefore(mentions, at); i >= 0 && mentions[i]!.start >= own; i--) if (isBodyType(mentions[i]!.entity)) return undefined;
  for (let back = 0; back <= 1; back++) {
    const floor = sentenceFloor(ctx, at, back);
    if (back === 1 && floor === sentenceFloor(ctx, at, 0)) return undefined;
    const m = WRITING_SUBJECT.exec(ctx.text.slice(floor, Math.min(at, floor + 40)));
    if (m && isOneWriting(m[1]!)) return ownEntity(m[1]!, 'unnamed');
  }
  return undefined;
}
/** A sentence opened by "The" and a lower-case noun, then a word: "The email includes". Group 1: the noun. */
const WRITING_SUBJECT = /^\s*The\s+(\p{Ll}+)\s+\p{L}/u;

/**
 * "“Friend, let me be blunt. …,” the email read. It stated that Trump is so rattled …", "The ad says “…” ¶ It makes no
 * mention of …": with no body to take, one writing that spoke in its sentence or the one before.
 */
function writingThatSpokeJustBefore(ctx: ResolutionContext, candidates: Candidate[], at: number): Candidate | undefined {
  const floor = sentenceFloor(ctx, at, 1);
  return candidates.find((c) => c.start >= floor && c.wasSpeaker && c.entity.type === 'unnamed' && c.entity.firstStart < 0
    && isOneWriting(c.entity.name));
}

/** Between two coordinated names: "and", perhaps with a lower-case title ("and congresswoman"). */
const AND_BETWEEN = /^,?\s+and\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * Two people named last before a "they", joined by "and", in its sentence or the one before: one entity for the pair
 * ("Elizabeth Warren and Alexandria Ocasio-Cortez"), shared by every "they" that means them.
 */
function coordinatedPeople(ctx: ResolutionContext, at: number): Entity | undefined {
  const { mentions } = ctx.index;
  const i = lastMentionBefore(mentions, at);
  if (i < 1) return undefined;
  const second = mentions[i]!, first = mentions[i - 1]!;
  if (first.start < sentenceFloor(ctx, at, 1) || first.entity === second.entity || insideQuote(ctx.quoted, first.start)) return undefined;
  if (!isPersonLike(first.entity) || !isPersonLike(second.entity)) return undefined;
  if (!AND_BETWEEN.test(ctx.text.slice(first.end, second.start))) return undefined;
  return groupOf(ctx, [first.entity, second.entity], 'person', first.start);
}

/**
 * One entity for named members spoken of together, shared by every mention of the same members: named by theirs
 * ("Kurt Volker and Tim Morrison"), and plural, so no later "he" or "she" is taken for the group.
 */
function groupOf(ctx: ResolutionContext, members: Entity[], type: Entity['type'], firstStart: number): Entity {
  let name = members[0]!.name;
  for (let k = 1; k < members.length; k++) name += (k === members.length - 1 ? ' and ' : ', ') + members[k]!.name;
  ctx.owned ??= new Map();
  let group = ctx.owned.get(name);
  if (!group) { group = newEntity(name, type, firstStart); group.gender = 'plural'; ctx.owned.set(name, group); }
  return group;
}

/**
 * "Volker and Morrison said", "The United Nations and European Union said": a speaker mention that is nothing but
 * names joined by commas and "and" is all of them, not the last one alone (the reader's card named only Morrison).
 * Only names the article types: "the Citizenship and Immigration Services" is one body whose name holds "and".
 */
export function coordinatedNames(ctx: ResolutionContext, mentions: readonly EntityMention[], span: Span): Entity | undefined {
  if (mentions.length < 2 || !GROUP_OPENING.test(ctx.text.slice(span.start, mentions[0]!.start))) return undefined;
  if (!/^[\s.]*$/.test(ctx.text.slice(mentions[mentions.length - 1]!.end, span.end))) return undefined;
  const members: Entity[] = [];
  let persons = 0;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (k > 0 && !(k === mentions.length - 1 ? LAST_MEMBER_GAP : MEMBER_GAP).test(ctx.text.slice(mentions[k - 1]!.end, m.start))) return undefined;
    const type = m.entity.type;
    if (type === 'unknown' || type === 'unnamed' || members.includes(m.entity)) return undefined;
    if (type === 'person') persons++;
    members.push(m.entity);
  }
  // People with people, bodies with bodies: "the UN and Israel" is two bodies; a person beside a body is left alone.
  if (persons !== 0 && persons !== members.length) return undefined;
  const type = persons > 0 ? 'person' : members.every((e) => e.type === members[0]!.type) ? members[0]!.type : 'organization';
  return groupOf(ctx, members, type, mentions[0]!.start);
}
const GROUP_OPENING = /^\s*(?:(?:the|both)\s+)?$/i;
const MEMBER_GAP = /^,\s+$/;
const LAST_MEMBER_GAP = /^,?\s+(?:and|&)\s+$/;

const isPersonLike = (e: Entity): boolean => e.type === 'person' || mayBePerson(e);

/** Between an antecedent and its relative pronoun: spaces, a comma, a dash or a bracket ("The Palestinian Authority -
 *  which", "David Duke (who"). */
const RELATIVE_GAP = /^\s*(?:[,\u2013\u2014(-]\s*)?$/;
/** Between a person's name and the place they are from: "of", "from", "in", perhaps with a city before a state. */
const PLACE_GAP = /^\s+(?:of|from|in)\s+(?:[\p{Lu}][\p{L}.]*\s+){0,2}(?:[\p{Lu}][\p{L}.]*,\s+)?$/u;
/** A state, a country or capital (typed as its government) or an untyped word: a place a person may be of. */
const isPlace = (e: Entity): boolean => isUsState(e.name) || e.type === 'government' || e.type === 'unknown';
/** Between a name and the lower-case body noun it names, before a relative: "Likud party, which". Group 1: the noun. */
const BODY_NOUN_GAP = /^\s+(\p{Ll}+)\s*,\s*$/u;
/** Between a name and a description of it: ", an ", ", the former ". */
const APPOSITION_GAP = /^,\s+(?:a|an|the)\s+(?:\p{Ll}+\s+){0,2}$/u;
/** A short lower-case description ending right before a relative pronoun, opened by a determiner. */
const DESCRIPTION_BEFORE = /(?:^|[\s(])((?:the|a|an|one|some|several|many|two|three|four)\s(?:[\p{L}\p{N}-]+\s){0,4}?[\p{Ll}-]+)\s*,?\s*$/iu;

/** One or two lower-case plurals joined by and/or right before "who": "local officials and customers who". Also
 *  "women who", "someone who", "some who", "Those who" opening a sentence. */
const BARE_PLURAL_BEFORE = /(?:^|[\s(])((?:\p{Ll}+\s(?:and|or)\s)?(?:\p{Ll}{3,}s|people|[Tt]hose|women|men|children|someone|anyone|everyone|some))\s*,?\s*$/u;
/** People counted right before "who": "compared with 23 percent who said", "including 18% who say", "nearly four in
 *  10 — 38 percent — who said". */
const COUNT_BEFORE = /(?:^|[\s(])((?:\d[\d.,]*\s*(?:%|percent)|(?:\p{Ll}+|\d+)\s+in\s+(?:10|ten)|\d[\d,]*))\s*(?:[,\u2013\u2014-]\s*)?$/u;

/** A party label in brackets between a person's name and "who": "(D-Mo.), ", "(R-Texas) ". */
const LABEL_GAP = /^\s*\([^()]{1,24}\)\s*,?\s*$/;
/** A description in apposition to a name, up to the relative: ", the Chamber's chief political strategist, ", ", a
 *  banker and former Reagan administration official ". No comma, bracket, quotation mark or end of sentence inside. */
const DESCRIPTION_IN_APPOSITION = /,\s+(?:(?:a|an|the)\s[^,;:()"“”\n.!?]{1,100}?|(?:Republican|Democrat|Independent)\s+(?:of|from)\s+[^,;:()"“”\n.!?]{1,40}?)(?:,\s*)?$/;
/** A state after its town, closing a description: "a gynecologist from Englewood, New Jersey, ". Group 1: the state. */
const TRAILING_STATE = /,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s*,?\s*$/u;
const isBodyType = (e: Entity): boolean => e.type === 'organization' || e.type === 'government' || e.type === 'media';
const COORDINATED_RELATIVE = /(?:,\s*|\s)(?:and|but)\s+$/;

/** An earlier relative pronoun of the same word in the sentence, when this one follows it after "and"/"but". */
function earlierRelative(ctx: ResolutionContext, mention: Span): Span | undefined {
  const from = Math.max(sentenceFloor(ctx, mention.start, 0), mention.start - 300);
  const before = ctx.text.slice(from, mention.start);
  const joined = COORDINATED_RELATIVE.exec(before);
  if (!joined) return undefined;
  const word = ctx.text.slice(mention.start, mention.end).toLowerCase();
  const at = before.toLowerCase().lastIndexOf(` ${word} `, joined.index);
  return at < 0 ? undefined : { start: from + at + 1, end: from + at + 1 + word.length };
}

/** The person named right before a description in apposition that runs up to `at` (a "who"). */
function personDescribedBefore(ctx: ResolutionContext, at: number): Entity | undefined {
  const from = Math.max(sentenceFloor(ctx, at, 0), at - 160);
  let window = ctx.text.slice(from, at);
  // "Alan Berger, a gynecologist from Englewood, New Jersey, who said": the state closes the description.
  const state = TRAILING_STATE.exec(window);
  if (state && isUsState(state[1]!)) window = window.slice(0, state.index);
  const d = DESCRIPTION_IN_APPOSITION.exec(window);
  if (!d || !/^who\b/i.test(ctx.text.slice(at, at + 4))) return undefined;
  const { mentions } = ctx.index;
  const i = lastMentionBefore(mentions, from + d.index + 1);
  const named = i >= 0 ? mentions[i]! : undefined;
  if (!named || named.entity.type !== 'person' || named.end !== from + d.index) return undefined;
  // "Saul Anuzis, a top adviser to Ted Cruz’s former presidential campaign who …" is Anuzis; a description naming
  // another person as its head ("the wife of Bill Clinton, who") cannot be told from it, and is left.
  return named.entity;
}

/** `who` says its antecedent is a person: one the article does not name is unnamed ("a booker who said"). */
function descriptionBefore(text: string, at: number, isWho: boolean): Entity | undefined {
  const window = text.slice(Math.max(0, at - 80), at);
  // "customers who accused the utility", "autocrats who imposed secularism": a bare plural is a group too.
  const m = DESCRIPTION_BEFORE.exec(window) ?? (isWho ? BARE_PLURAL_BEFORE.exec(window) : null);
  if (!m) {
    const counted = isWho ? COUNT_BEFORE.exec(window) : null;
    return counted ? ownEntity(counted[1]!, 'unnamed') : undefined;
  }
  const written = m[1]!;
  const described = typeOfDescription(written);
  const type = described === 'unknown' && isWho ? 'unnamed' : described;
  if (type === 'unknown') return undefined;
  return ownEntity(written, type);
}

const DEFINITE = /^(?:the|this|that|these|those|his|her|their|its)\s/i;
// "said one unaligned Florida Republican strategist" after "Rick Wilson, a Florida-based Republican strategist",
// "another supporter" after a Sanders supporter: "one"/"another" says someone other than the person the role fits.
const SOMEONE_ELSE = /^(?:one|another)\s(?!of\s)/i;
const POSSESSIVE_DETERMINER = /^(?:his|her|their|its)\s/i;

/** Whether an entity fits a description's head noun: its roles, titles or name use the word. */
function fitsHead(text: string, entity: Entity, head: string): boolean {
  if (isAgeNoun(head)) return entity.type === 'person'; // "The 56-year-old said": the person the article is about
  if (isPersonNoun(head)) return entity.type === 'person' && hasRoleWord(readRoles(text, entity), head);
  // "the RNC member" after "a prominent Republican National Committee member": a person by role, or the description
  // met before, by its head.
  if (isDescribedPersonNoun(head) && entity.type === 'person') return hasRoleWord(readRoles(text, entity), head);
  if (entity.type === 'person') return false;
  // The head must be the name's own head: "the physicians" is not "the letter signed by seven physicians", whose
  // head is "letter"; "the committee" is still "House Select Committee on Intelligence".
  const name = entity.name.toLowerCase();
  return hasWord(name, head) && headWord(wordsOf(name)) === head;
}

/**
 * Whether `word` (which holds no space) is one of the space-separated words of `text`: text.split(' ').includes(word)
 * without the array and its strings, made for each of up to DESCRIPTION_MENTIONS_BACK candidates of a description.
 */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || text.charCodeAt(at - 1) === 32) && (end === text.length || text.charCodeAt(end) === 32)) return true;
  }
  return false;
}

/**
 * Resolves a description ("the general", "A top Russian general") to a named entity: anaphora to
 * the nearest earlier entity whose role fits, else (for a description that introduces someone)
 * cataphora to the next entity introduced with a fitting role shortly after. When no role fits the
 * head, a proper adjective may ("The Republican presidential nominee" → the person titled Republican).
 */
export function resolveDescription(ctx: ResolutionContext, mention: Span, words: string[]): Entity | undefined {
  const head = headWord(words);
  const written = ctx.text.slice(mention.start, mention.end);
  const definite = DEFINITE.test(written);
  // "Fox News said in a statement … “…,” the statement said.": a document speaks for whoever issued it.
  if (head && definite && DOCUMENTS.has(head)) {
    const issuer = documentIssuer(ctx, mention, head);
    if (issuer) return issuer;
  }
  if (!head || isUnnamedHead(head)) return undefined; // "reports", "officials": nobody to find
  if (!definite && !isPersonNoun(head)) return undefined; // "a campaign" introduces no one we can name
  const before = candidatesBefore(ctx, mention.start, DESCRIPTION_SENTENCES_BACK, DESCRIPTION_MENTIONS_BACK);
  // Whose it is: "The European Union's top court", "The French foreign ministry" (not "Russia's foreign ministry").
  const owner = OWNER.exec(written)?.[1]?.toLowerCase() ?? properAdjectivesOf(written).join(' ');
  const someoneElse = SOMEONE_ELSE.test(written);
  let earlier = someoneElse ? undefined
    : before.find((c) => fitsHead(ctx.text, c.entity, head) && (!owner || c.entity.type === 'person' || ownedBy(c.entity, owner)));
  // "A Whole Foods spokeswoman declined to comment … The company said it was lowering prices": a bare "the company",
  // "the group", "the agency" is the body of its kind named last, nearer than any whose own name ends in the head (a
  // "Dana F. Besecker Company" named once, in a person's role, paragraphs before).
  const body = !someoneElse && words.length === 2 && !POSSESSIVE_DETERMINER.test(written) ? nearestBodyOfKind(ctx, before, mention.start, head) : undefined;
  if (body && (!earlier || body.start > earlier.start)) return body.entity;
  if (head === 'campaign' && !someoneElse && words.length === 2 && !earlier && !POSSESSIVE_DETERMINER.test(written)) {
    const named = campaignNamedBefore(ctx, mention.start);
    if (named) return named;
  }
  // "… a phone call he made to Omar’s office … The office referred the call": the head last named someone's own
  // office, not the U.S. Attorney's Office named before it.
  if (earlier && !owner && earlier.entity.type !== 'person' && possessedSince(ctx.text, earlier.start, mention.start, head, earlier.entity.name)) earlier = undefined;
  if (earlier && definite) return earlier.entity;
  const later = (someoneElse || INDEFINITE.test(written) ? undefined : namedWithSameWords(ctx, mention, written, head))
    ?? introducedAfter(ctx, mention.end, head);
  if (later) return later;
  if (earlier) return earlier.entity;
  if (!definite || !isPersonNoun(head)) return undefined;
  // "Adelson has not endorsed anyone, and his spokesman declined to comment", "his father refused to call him Ted": a
  // possessive pronoun's person is someone else than the one it points to, who is the very person the fallback below
  // would pick (the last to speak, the sentence's subject). Only a role or a later introduction names them.
  if (POSSESSIVE_DETERMINER.test(written)) return undefined;
  const properAdjectives = properAdjectivesOf(written);
  const byAdjective = properAdjectives.length === 0 ? undefined
    : before.find((c) => c.entity.type === 'person' && properAdjectives.some((w) => hasRoleWord(readRoles(ctx.text, c.entity), w)))?.entity;
  // News names someone, then calls them by what they are ("Mike Pence says … The Indiana governor
  // said"): with no role to go by, the description continues the subject of the last sentences.
  // The last person who spoke comes first: "Mike Pence says … The nominee was speaking in Fort
  // Wayne, hours after Trump tweeted … The Indiana governor said" is Pence, not Trump.
  const gender = genderOfNoun(head);
  const floor = sentenceFloor(ctx, mention.start, 3);
  // "The chairman of the Conservative Party described …" is not the Labour figure named just before: a description
  // that names its body ("of the Conservative Party", "of Indiana") continues only someone whose roles name it too.
  const named = bodyNamedIn(written);
  const recent = before.filter((c) => c.start >= floor && (!gender || !c.entity.gender || c.entity.gender === gender)
    && (named.length === 0 || named.some((w) => hasRoleWord(readRoles(ctx.text, c.entity), w))));
  const topic = byAdjective
    ?? recent.find((c) => c.wasSpeaker && c.entity.type === 'person' && c.entity.firstStart >= 0)?.entity
    ?? pickBySentence(ctx, recent, (e) => e.type === 'person');
  if (topic) addRoleWord(topic, head); // later "the governor" finds it directly
  return topic;
}

/**
 * Who issued "the statement" (a DOCUMENTS head) that speaks. Only a speaker whose own sentence names the document
 * ("said in a statement"): the last one to speak may be the other side ("Swift accused … The company denied … in a
 * statement"). Of those, first one the document is written right beside ("Big Machine Records issued a statement
 * that … after Swift publicly scolded her former label … The statement, which was obtained by Variety, claimed": a
 * saved Fox News page, where Swift spoke last in the sentence that names the statement, and so had it).
 */
function documentIssuer(ctx: ResolutionContext, mention: Span, head: string): Entity | undefined {
  const floor = sentenceFloor(ctx, mention.start, 3);
  const before = candidatesBefore(ctx, mention.start);
  let inSentence: Entity | undefined;
  for (const c of before) {
    if (c.start < floor || !c.wasSpeaker || c.entity.type === 'unnamed' || c.entity.type === 'unknown') continue;
    if (namesDocumentBeside(ctx, c.start, mention.start, head)) return c.entity;
    if (!inSentence && sentenceAround(ctx, c.start).toLowerCase().includes(head)) inSentence = c.entity;
  }
  if (inSentence) return inSentence;
  // Not "the release of a new video from the terrorist group": a document of something, or of someone.
  const alone = DOCUMENT_ALONE.exec(ctx.text.slice(mention.start, mention.end));
  if (!alone || alone[1]!.toLowerCase() !== head) return undefined;
  // "The company flat-out denied the allegations in a statement … “…,” the statement read. “…,” the statement
  // continued": the same document goes on, however long its quotation; and "The Trump campaign on Tuesday responded
  // that … “…,” the statement said": the one who spoke in the sentence just before issued it.
  const last = ctx.resolved[ctx.resolved.length - 1];
  if (!last || last.start >= mention.start || last.entity === ctx.author) return undefined;
  const type = last.entity.type;
  if (type === 'unnamed' || type === 'unknown') return undefined;
  if (startsWithDocument(ctx.text, last.start, head)) return last.entity;
  return last.start >= sentenceFloor(ctx, mention.start, 1) ? last.entity : undefined;
}

const DOCUMENT_ALONE = /^(?:the|this|that)\s+(\p{L}+)(?!\s+of\b)/iu;

/** Whether the speaker mention at `at` is "the <head>" ("the statement" of a statement that goes on). */
function startsWithDocument(text: string, at: number, head: string): boolean {
  return text.slice(at, at + 4).toLowerCase() === 'the ' && text.startsWith(head, at + 4);
}

/** Whether `head` is written within a few words before a speaker at `at` in its sentence ("In a statement, the
 *  network said") or after it, before the document's own mention ("Fox News said in a statement"). */
function namesDocumentBeside(ctx: ResolutionContext, at: number, mentionStart: number, head: string): boolean {
  const from = Math.max(sentenceFloor(ctx, at, 0), at - DOCUMENT_BEFORE_CHARS);
  const to = Math.min(mentionStart, at + DOCUMENT_AFTER_CHARS);
  return from < to && ctx.text.slice(from, to).toLowerCase().includes(head);
}
const DOCUMENT_BEFORE_CHARS = 40;
const DOCUMENT_AFTER_CHARS = 100;

/** Bare heads that stand for a body of one kind: a company or a group is an organization, an agency a government body,
 *  a newspaper or a network a news medium ("CNN was quick to push back … In a statement, the network said"). */
const BODY_KIND_OF_HEAD: ReadonlyMap<string, 'company' | 'group' | 'agency' | 'media'> = new Map([
  ['company', 'company'], ['firm', 'company'], ['corporation', 'company'], ['retailer', 'company'],
  ['group', 'group'], ['organization', 'group'], ['organisation', 'group'],
  ['agency', 'agency'], ['department', 'agency'], ['ministry', 'agency'], ['bureau', 'agency'],
  ['newspaper', 'media'], ['paper', 'media'], ['tabloid', 'media'], ['magazine', 'media'], ['network', 'media'],
  ['broadcaster', 'media'], ['channel', 'media'],
]);
/** Words of organization names that are no company ("the company" is not "the Clinton campaign", "the Heritage
 *  Foundation", "the Rockefeller Brothers Fund" or "Graduate School of Journalism"). */
const NOT_COMPANY_NAME_WORDS = new Set(['campaign', 'party', 'committee', 'foundation', 'institute', 'association', 'union',
  'council', 'coalition', 'movement', 'university', 'college', 'school', 'league', 'club', 'team', 'church', 'center', 'society',
  'fund']);
/** Heads of organization names that are no group ("the group" is not a campaign or a party). */
const NOT_GROUP_NAME_HEADS = new Set(['campaign', 'party', 'university', 'college', 'school', 'team', 'company', 'corporation']);
/** Heads of government names that make them an agency ("the agency" is not "Mexico" or "Congress"). */
const AGENCY_NAME_HEADS = new Set(['department', 'agency', 'bureau', 'service', 'administration', 'commission', 'ministry', 'office']);
const BODY_SENTENCES_BACK = 3;

/** Whether one of the space-separated words of `name` is in `words`. */
function hasWordOf(name: string, words: ReadonlySet<string>): boolean {
  for (let from = 0; from < name.length;) {
    const space = name.indexOf(' ', from);
    const end = space < 0 ? name.length : space;
    if (words.has(name.slice(from, end))) return true;
    from = end + 1;
  }
  return false;
}
const ACRONYM = /^[A-Z]{2,5}$/;

/**
 * The body of the kind a bare head names ("the company") in the nearest of the last few sentences that names one: the
 * first there, its subject ("Alphabet, the parent company of Google, jumped …. The company reported" is Alphabet).
 */
function nearestBodyOfKind(ctx: ResolutionContext, before: Candidate[], at: number, head: string): Candidate | undefined {
  const kind = BODY_KIND_OF_HEAD.get(head);
  if (!kind) return undefined;
  const floor = sentenceFloor(ctx, at, BODY_SENTENCES_BACK);
  let best: Candidate | undefined;
  let bestFloor = 0;
  for (const c of before) {
    if (c.start < (best ? bestFloor : floor)) break;
    const e = c.entity;
    const nameHead = e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase();
    const fits = kind === 'media' ? e.type === 'media'
      : kind === 'agency' ? e.type === 'government' && (AGENCY_NAME_HEADS.has(nameHead) || ACRONYM.test(e.name))
      : kind === 'company' ? e.type === 'organization' && !hasWordOf(e.name.toLowerCase(), NOT_COMPANY_NAME_WORDS)
        : e.type === 'organization' && !NOT_GROUP_NAME_HEADS.has(nameHead);
    if (!fits) continue;
    if (!best) bestFloor = sentenceFloor(ctx, c.start, 0);
    best = c;
  }
  return best;
}

/** A name, with or without its 's, right before "campaign": "Cruz’s campaign", "Donald Trump's campaign", "Clinton
 *  campaign officials". Group 1: the name. */
const NAMED_CAMPAIGN = /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})(?:['’]s)?\scampaign\b/gu;
const CAMPAIGN_WINDOW = 600;
const LEADING_DETERMINER = /^(?:The|A|An|This|That)(?:\s|$)/;
const CAPITALIZED_DETERMINERS = new Set(['Her', 'His', 'Their', 'Its', 'Our', 'My', 'Your', 'The', 'A', 'This', 'That']);

/**
 * "In a back-and-forth email thread with Cruz’s campaign, Breitbart News asked …, but the campaign refused to answer": a
 * bare "the campaign" is the campaign named last in its sentence or the two before, within a bounded window.
 */
function campaignNamedBefore(ctx: ResolutionContext, at: number): Entity | undefined {
  const from = Math.max(sentenceFloor(ctx, at, 2), at - CAMPAIGN_WINDOW);
  let name: string | undefined;
  for (const m of ctx.text.slice(from, at).matchAll(NAMED_CAMPAIGN)) {
    // "The Clinton campaign" opening a sentence is Clinton's; "Her campaign" opening one names no one.
    const named = m[1]!.replace(LEADING_DETERMINER, '');
    if (named && !CAPITALIZED_DETERMINERS.has(named)) name = named;
  }
  return name ? ownEntity(`${name} campaign`, 'organization') : undefined;
}

/**
 * Whether text[from, to) holds `head` as a lower-case word after a name's possessive ("Omar’s office") that is not
 * the named entity itself ("Trump’s campaign" for the entity "Donald Trump's campaign"). Not after "his"/"her": "his
 * campaign" is as often the campaign named before.
 */
function possessedSince(text: string, from: number, to: number, head: string, name: string): boolean {
  // The last use of the word decides: "Clinton’s campaign … A new ad from Donald Trump’s presidential campaign … The
  // campaign says" is Trump's.
  let other = false;
  for (let at = text.indexOf(head, from); at >= 0 && at + head.length <= to; at = text.indexOf(head, at + 1)) {
    if (text.charCodeAt(at - 1) !== 32 || isLetterOrDigit(text.charCodeAt(at + head.length))) continue;
    const before = text.slice(text.lastIndexOf(' ', at - 2) + 1, at - 1);
    other = isPossessive(before) && !name.replace(CURLY_APOSTROPHE, "'").includes(`${before.slice(0, -2)}'s ${head}`);
  }
  return other;
}

const CURLY_APOSTROPHE = /’/g;

const isLetterOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** "the chairman of the Conservative Party" → ["conservative", "party"]: the capitalized words after "of", "for" or
 *  "at", lower-cased; none when the description names no body. */
function bodyNamedIn(written: string): string[] {
  const m = BODY_COMPLEMENT.exec(written);
  return m ? m[1]!.toLowerCase().split(/\s+/) : NO_WORDS;
}
const BODY_COMPLEMENT = /\s(?:of|for|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/u;
const NO_WORDS: string[] = [];

/** A proper name owning a description: "The European Union's top court" → "European Union". */
const OWNER = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)['’]s\s/u;

/**
 * Whether a body's name names the owner a description gives it: "the European Union's top court" is not the
 * "International Court of Justice" named before it, "the French foreign ministry" is not "Russia's foreign ministry";
 * "Russia's defence ministry" may be the "Russian Defence Ministry".
 */
function ownedBy(entity: Entity, owner: string): boolean {
  const name = ` ${entity.name.toLowerCase()}`;
  // A stem of the owner's word: "Russian" for "Russia's", "Chinese" for "China".
  for (const word of owner.split(/\s+/)) if (!name.includes(` ${word.slice(0, OWNER_STEM)}`)) return false;
  return true;
}
const OWNER_STEM = 4;

/** Written things that speak for their author ("the statement said", "the letter read"). */
const DOCUMENTS = new Set(['statement', 'letter', 'release', 'memo', 'tweet', 'post', 'filing', 'complaint', 'lawsuit', 'note']);
/** "The Republican presidential nominee" → ["republican"]: capitalized words between the first and the last,
 *  lower-cased. Pushed into a literal (not filter/map, whose empty result has another array map). */
function properAdjectivesOf(written: string): string[] {
  const out: string[] = [];
  const words = written.split(/\s+/);
  for (let i = 1; i < words.length - 1; i++) if (/^\p{Lu}\p{Ll}/u.test(words[i]!)) out.push(words[i]!.toLowerCase());
  return out;
}

const FEMALE_NOUNS = new Set(['mother', 'wife', 'daughter', 'sister', 'queen', 'princess', 'grandmother', 'girl', 'lady']);
const MALE_NOUNS = new Set(['father', 'husband', 'son', 'brother', 'king', 'prince', 'grandfather', 'boy']);

/** "businessman" → m, "spokeswoman" → f: the gender a description's head gives, if any. */
function genderOfNoun(noun: string): 'm' | 'f' | undefined {
  if (noun.endsWith('woman') || FEMALE_NOUNS.has(noun)) return 'f';
  if (noun.endsWith('man') || MALE_NOUNS.has(noun)) return 'm';
  return undefined;
}

function sentenceAround(ctx: ResolutionContext, offset: number): string {
  const i = sentenceOf(ctx.sentenceStarts, offset);
  return ctx.text.slice(ctx.sentenceStarts[i]!, ctx.sentenceStarts[i + 1] ?? ctx.text.length);
}

function sentenceFloor(ctx: ResolutionContext, offset: number, back: number): number {
  return ctx.sentenceStarts[Math.max(0, sentenceOf(ctx.sentenceStarts, offset) - back)]!;
}

const DESCRIPTION_SENTENCES_BACK = 40;
const DESCRIPTION_MENTIONS_BACK = 120;
const CATAPHORA_SENTENCES = 3;

/** The first person named within the next few sentences whose role fits and who was not named before. */
/**
 * A "he"/"she" that no one before can be, as a lede writes it: "A photographer and Navy veteran is fighting back after a
 * photo she posted to Facebook started an online backlash. Vanessa Hicks said …" (a saved Yahoo page): the first person
 * of that gender the article introduces within the next sentences, who is not named in the statement itself.
 */
function personIntroducedAfter(ctx: ResolutionContext, offset: number, kind: 'm' | 'f', namedInStatement?: Set<Entity>): Entity | undefined {
  if (candidatesBefore(ctx, offset, FAR_SENTENCES_BACK, FAR_MENTIONS_BACK).some((c) => fitsPronoun(c.entity, kind))) return undefined;
  const ceiling = ctx.sentenceStarts[sentenceOf(ctx.sentenceStarts, offset) + CATAPHORA_SENTENCES] ?? ctx.text.length;
  const { mentions } = ctx.index;
  for (let i = lastMentionBefore(mentions, offset) + 1; i < mentions.length && mentions[i]!.start < ceiling; i++) {
    const e = mentions[i]!.entity;
    // Not someone the statement names: "She also described an interaction with Hillary Clinton …" (PolNeAR train) is
    // the accuser named next, Juanita Broaddrick.
    if (e.type === 'person' && e.gender === kind && e.firstStart >= offset && !namedInStatement?.has(e)) return e;
  }
  return undefined;
}

/**
 * "China’s ambassador to Britain accused the UK … ¶ Cheuk Hau-yip … said: “…” ¶ “…” ¶ China’s ambassador to Britain Liu
 * Xiaming has said …" (a saved Express page): a description written again, word for word, right before a person's name
 * a few sentences on is that person, however far past CATAPHORA_SENTENCES, and whatever role the name is given.
 */
function namedWithSameWords(ctx: ResolutionContext, mention: Span, written: string, head: string): Entity | undefined {
  if (!isPersonNoun(head)) return undefined;
  const words = written.replace(LEADING_ARTICLE, '');
  if (words.indexOf(' ') < 0) return undefined; // "the spokesman" says too little to be written again
  const ceiling = Math.min(ctx.text.length, mention.end + SAME_WORDS_CHARS,
    ctx.sentenceStarts[sentenceOf(ctx.sentenceStarts, mention.end) + SAME_WORDS_SENTENCES] ?? ctx.text.length);
  const at = ctx.text.slice(mention.end, ceiling).indexOf(words);
  if (at < 0) return undefined;
  // Written again as its own phrase, not inside another: "former secretary of state Colin L. Powell" is not "she was
  // secretary of state" (PolNeAR train).
  const wordsAt = mention.end + at;
  if (!PHRASE_OPENING.test(ctx.text.slice(Math.max(0, wordsAt - 6), wordsAt))) return undefined;
  const nameAt = wordsAt + words.length + (NAME_GAP.exec(ctx.text.slice(wordsAt + words.length, wordsAt + words.length + 3))?.[0].length ?? -1);
  if (nameAt < wordsAt + words.length) return undefined;
  // The index may hold the name with the description's last capitalized word: "Britain Liu Xiaming".
  const { mentions } = ctx.index;
  const i = lastMentionBefore(mentions, nameAt + 1);
  const named = i >= 0 ? mentions[i]! : undefined;
  return named && named.start >= wordsAt && named.end > nameAt + 1 && named.entity.type === 'person' ? named.entity : undefined;
}
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
const INDEFINITE = /^(?:a|an)\s/i;
const NAME_GAP = /^,?\s/;
const PHRASE_OPENING = /(?:^|[.!?"”]\s+|\n|\bthe\s)$/;
const SAME_WORDS_SENTENCES = 8;
const SAME_WORDS_CHARS = 1500;

function introducedAfter(ctx: ResolutionContext, offset: number, head: string): Entity | undefined {
  if (!isPersonNoun(head)) return undefined; // only people are introduced by a role ("a top general")
  const lastSentence = sentenceOf(ctx.sentenceStarts, offset) + CATAPHORA_SENTENCES;
  const ceiling = ctx.sentenceStarts[lastSentence] ?? ctx.text.length;
  const { mentions } = ctx.index;
  for (let i = lastMentionBefore(mentions, offset) + 1, n = 0; i < mentions.length && n < MENTIONS_BACK; i++, n++) {
    const m = mentions[i]!;
    if (m.start >= ceiling) break;
    if (m.entity.type === 'person' && m.entity.firstStart >= offset && fitsHead(ctx.text, m.entity, head)) return m.entity;
  }
  return undefined;
}
