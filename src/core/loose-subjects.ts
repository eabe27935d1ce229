// The last resort for a verb of saying whose subject the noun-phrase rules (speakers.ts) could not read: "Vice
// President Joseph R. Biden Jr. said …", "Two in three said …", "RNC spokesman Sean Spicer on Thursday evening said …".
// The words back to the start of the clause are taken whole: the statement is found, and its speaker mention holds the
// speaker even where its edges are loose.
import { ARTICLES, type Context, isWord, punct, word } from './context';
import { CLAUSE_OPENERS, CUE_SHARE } from './lexicon';
import type { Sentence } from './sentences';
import type { TokenSpan } from './speakers';
import { CUE_THRESHOLD, type Cue } from './cues';
import { PARA } from './tokens';
import { DAYS } from './time-words';

/** Verbs that almost always report speech when a clause follows them. */
const SAYING_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'explained', 'noted', 'argued', 'argues',
  'insisted', 'insists', 'stated', 'declared', 'tweeted', 'suggested', 'suggests', 'warned', 'warns', 'replied', 'responded', 'predicted',
  'acknowledged', 'conceded']);

/** A verb before the cue makes it no finite verb with a subject ("declined to say", "I can't say", "the court's
 *  conservatives seemed ready to say") or puts a clause of its own in the words before it ("which has endorsed Sanders said"). */
const VERB_WORDS = new Set(['to', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'do', 'does', 'did', 'not', "can't", "won't", "wouldn't", "couldn't", "shouldn't", "didn't", "don't",
  "doesn't", 'can’t', 'won’t', 'wouldn’t', 'couldn’t', 'shouldn’t', 'didn’t', 'don’t', 'doesn’t', 'cannot']);

/** A lower-case word this often a cue is a verb of saying of its own ("Both Mr. King and Mr. Schultz say RT's
 *  management has never told …"): the words before the cue are then no subject. */
const OTHER_CUE = 0.3;
/** Words that may stand before an article inside one subject ("People with knowledge of the group's activities"). */
const LINKS = new Set(['of', 'with', 'and', 'for', 'at', 'in', 'on', 'from', 'to', 'by', 'about', 'among', 'like']);

/** Words before "say" that make it a noun ("the final say", "kind words to say" is caught by "to"). */
const NOUN_MAKERS = new Set(['a', 'an', 'the', 'final', 'no', 'any', 'some', 'their', 'his', 'her', 'its', 'our', 'more', 'greater', 'bigger']);

/** A finite verb form: past or present ("announced", "suggests"), not a participle or a noun in -ion. */
const OTHER_VERB = /(?:ed|[^s]s)$/;

/** "The U.S. added around 292,000 jobs": a change in number as often as words. */
const AMOUNT_VERBS = new Set(['added', 'adds']);

/** Longest run of words read as a subject: a longer one is more likely a clause of its own. */
const MAX_WORDS = 12;

/** Words that open a clause before a subject, never a word of it. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'because', 'if', 'as',
  'while', 'whereas', 'although', 'though', 'unless', 'since', 'until', 'after', 'before', 'but', 'so', 'yet', 'or', 'than', 'whether']);

/** Punctuation that may sit inside a name or a title ("Joseph R. Biden Jr.", "(D-R.I.)", "AT&T"). */
const INNER_PUNCT = new Set(['.', "'", '’', '(', ')', '-', '&', '/', '%', '$']);

/** Adverbs set off by commas between a subject and its verb ("Proponents of the new bill, however, say …"). */
const ASIDE_ADVERBS = new Set(['however', 'meanwhile', 'though', 'too', 'also', 'instead', 'likewise', 'similarly', 'nonetheless',
  'nevertheless', 'moreover', 'meantime', 'overall', 'therefore', 'thus', 'indeed']);

/** The words before a verb of saying (token `first`, its head word `w`) back to the clause's start, or null. */
export function looseSubjectBefore(c: Context, s: Sentence, cue: Cue, w: string): TokenSpan | null {
  const { first, last } = cue;
  const saying = SAYING_VERBS.has(w);
  if (!saying && !(OTHER_VERB.test(w) && (CUE_SHARE.get(w) ?? 0) >= 0.8 && !cue.prep && first === cue.head && !AMOUNT_VERBS.has(w))) return null;
  // A clause or a quotation must follow: "…, he said." is a tail, read elsewhere.
  const after = last + 1;
  if (after >= s.to || !isWord(c, after) || c.regionOf[after]! >= 0) return null;
  // "A $160 billion megamerger announced Monday would turn …": a verb right after the cue makes it a participle.
  const next = DAYS.has(word(c, after)) && after + 1 < s.to && isWord(c, after + 1) ? after + 1 : after;
  if (VERB_WORDS.has(word(c, next)) && word(c, next) !== 'to') return null;
  let end = first;
  if (end - 3 >= s.from && punct(c, end - 1) === ',' && isWord(c, end - 2) && ASIDE_ADVERBS.has(word(c, end - 2)) && punct(c, end - 3) === ',') end -= 3;
  if (punct(c, end - 1) === ',') return namedAppositiveSubject(c, s, end - 1);
  let k = end - 1, words = 0;
  // Bounded in tokens too (punctuation counts no word), so the walk stays constant per cue.
  while (k >= s.from && c.regionOf[k]! < 0 && end - k <= 3 * MAX_WORDS) {
    if (isWord(c, k)) {
      if (!c.t.cap[k] && CLAUSE_WORDS.has(word(c, k))) break;
      const lw = word(c, k);
      if (!c.t.cap[k] && (VERB_WORDS.has(lw) || (words === 0 && NOUN_MAKERS.has(lw)) || (CUE_SHARE.get(lw) ?? 0) >= OTHER_CUE)) return null;
      // "something a 911 caller also told": an article right after a lower-case noun opens a relative clause's subject.
      if (!c.t.cap[k] && ARTICLES.has(lw) && isWord(c, k - 1) && !c.t.cap[k - 1] && !LINKS.has(word(c, k - 1))) return null;
      if (++words > MAX_WORDS) return null;
    } else if (!INNER_PUNCT.has(punct(c, k)) || spacedDash(c, k)) break;
    k--;
  }
  if (end - k > 3 * MAX_WORDS) return null;
  let f = k + 1;
  while (f < end && (!isWord(c, f) || CLAUSE_OPENERS.has(word(c, f)))) f++;
  let l = end - 1;
  while (l >= f && !isWord(c, l) && punct(c, l) !== ')' && punct(c, l) !== '.' && punct(c, l) !== '%') l--;
  if (f > l) return null;
  // Other verbs only after a name or a number past the sentence's first word ("The added security …" is no one's).
  if (!saying) {
    let named = false;
    for (let j = f; j <= l && !named; j++) named = isWord(c, j) && ((c.t.cap[j] === 1 && j > s.from) || /^\d/.test(word(c, j)));
    if (!named) return null;
  }
  return { first: f, last: l };
}

/** A dash with a space before it opens an aside ("… fields seized by the Islamic State - said"), not a hyphenated name. */
function spacedDash(c: Context, k: number): boolean {
  return punct(c, k) === '-' && k > 0 && c.t.start[k]! > c.t.end[k - 1]!;
}

/** Longest subject with its appositives, in tokens. */
const MAX_APPOSITIVE_TOKENS = 40;
/** Lower-case words a name may hold ("Gregory of Nyssa", "Sarukhán de la …"). */
const NAME_PARTICLES = new Set(['of', 'de', 'la', 'van', 'von', 'der', 'del', 'da', 'al', 'bin', 'and', 'the']);

/**
 * "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said …", "Sandra Inman, a Cruz supporter from
 * Jackson, Miss., attending the South Carolina Tea Party Coalition Convention, said …": a sentence that opens with a name
 * and runs through appositives to the comma before its verb of saying. The whole stretch is the mention, as PolNeAR marks
 * it. `comma` is the comma before the cue.
 */
function namedAppositiveSubject(c: Context, s: Sentence, comma: number): TokenSpan | null {
  if (comma - s.from > MAX_APPOSITIVE_TOKENS) return null;
  let f = s.from;
  while (f < comma && isWord(c, f) && !c.t.cap[f] && CLAUSE_OPENERS.has(word(c, f))) f++;
  if (f >= comma || !isWord(c, f) || !c.t.cap[f]) return null;
  // The first stretch, up to its comma or bracket, is a name: capitalised words, titles' periods and particles only.
  let k = f;
  for (; k < comma && punct(c, k) !== ',' && punct(c, k) !== '('; k++) {
    if (isWord(c, k) ? !c.t.cap[k] && !NAME_PARTICLES.has(word(c, k)) : !INNER_PUNCT.has(punct(c, k))) return null;
  }
  if (k === f || k >= comma && punct(c, k) !== '(') return null;
  // No quotation, clause mark or other verb of saying in the appositives.
  for (let j = k; j < comma; j++) {
    if (c.regionOf[j]! >= 0 || punct(c, j) === ';' || punct(c, j) === ':' || c.t.kind[j] === PARA) return null;
    if (isWord(c, j) && !c.t.cap[j] && (CUE_SHARE.get(word(c, j)) ?? 0) >= CUE_THRESHOLD.share) return null;
  }
  return { first: f, last: comma - 1 };
}

/** Words that open a modifier after a plural noun for people: a relative clause ("officials whose laws …", "groups who
 *  wrote …"), a contact clause's pronoun ("people I've spoken with …"), or an adjective taking an object ("sources
 *  privy to …"). -ing and -ed participles ("activists clamoring to …", "veterans interviewed at …") are read apart. */
const MODIFIER_OPENERS = new Set(['who', 'whose', 'whom', 'that', 'i', 'i’ve', "i've", 'we', 'privy', 'close', 'familiar']);
/** Words that may lead the noun phrase: determiners and quantifiers. */
const PEOPLE_LEADS = new Set(['the', 'some', 'many', 'most', 'several', 'numerous', 'multiple', 'other', 'few', 'these', 'those',
  'both', 'all', 'his', 'her', 'their', 'our', 'its']);
/** Words that open a subordinate clause before the main one. */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'as', 'when', 'because', 'since', 'if', 'after', 'before', 'whereas', 'even']);
/** Longest subject with its modifier, in tokens. */
const MAX_MODIFIED_TOKENS = 20;

/**
 * "Republican activists clamoring to block Donald Trump from the GOP nomination say …", "The state officials whose laws
 * have been invalidated say …", "multiple sources privy to negotiations say …": a verb of saying whose subject is a
 * plural noun for people with a modifier after it, the noun phrase opening the clause. The whole stretch is the
 * mention, as PolNeAR marks it (train: 5 statements made, all right).
 */
export function modifiedPeopleSubject(c: Context, s: Sentence, cue: Cue, w: string): TokenSpan | null {
  if (!SAYING_VERBS.has(w)) return null;
  const after = cue.last + 1;
  if (after >= s.to || !isWord(c, after) || c.regionOf[after]! >= 0) return null;
  let f = s.from;
  while (f < cue.first && isWord(c, f) && (word(c, f) === 'but' || word(c, f) === 'and')) f++;
  // After an opening subordinate clause ("While Republicans are happily supporting the delay …, multiple sources …"),
  // the clause starts after its comma.
  if (isWord(c, f) && SUBORDINATORS.has(word(c, f))) {
    // Only as far back as a subject may reach, so the walk stays constant per cue.
    for (let k = cue.first - 1; k > f && k >= cue.first - MAX_MODIFIED_TOKENS - 1; k--) if (c.regionOf[k]! < 0 && punct(c, k) === ',') { f = k + 1; break; }
  }
  while (f < cue.first && isWord(c, f) && CLAUSE_OPENERS.has(word(c, f))) f++;
  if (cue.first - f > MAX_MODIFIED_TOKENS || f >= cue.first) return null;
  // The noun phrase: a lead word, up to three modifiers, and a plural head ("sources", "officials", "veterans"), all
  // words; the modifier after it must open right after the head.
  let h = -1;
  for (let k = f; k < cue.first - 1 && k <= f + 4; k++) {
    if (!isWord(c, k) || c.regionOf[k]! >= 0) return null;
    const lw = word(c, k);
    if (!c.t.cap[k] && k > f && (CUE_SHARE.get(lw) ?? 0) >= OTHER_CUE) return null;
    if (!c.t.cap[k] && (lw === 'people' || (lw.endsWith('s') && !lw.endsWith('ss') && lw.length > 3)) && opensModifier(c, k + 1)) { h = k; break; }
    if (k === f && !c.t.cap[k] && !PEOPLE_LEADS.has(lw)) return null;
  }
  if (h < 0) return null;
  // Not an infinitive ("the court's conservatives seemed ready to say"): the verb of saying is the clause's own.
  if (isWord(c, cue.first - 1) && word(c, cue.first - 1) === 'to') return null;
  // The modifier runs to the verb with no comma, dash, quotation or paragraph of its own.
  let l = cue.first - 1;
  while (l > h && isWord(c, l) && !c.t.cap[l] && VERB_WORDS.has(word(c, l)) && word(c, l) !== 'to') l--;
  // "numerous military veterans interviewed at Trump rallies …, including Mr. Jebens, said": an "including" aside
  // closing right before the verb is part of the mention.
  let asideAt = -1;
  if (punct(c, l) === ',') for (let k = l - 1; k > h + 1; k--) if (punct(c, k) === ',') { if (isWord(c, k + 1) && word(c, k + 1) === 'including') asideAt = k; break; }
  for (let k = h + 1; k <= l; k++) {
    if (k === asideAt || (asideAt >= 0 && k === l)) continue;
    if (!isWord(c, k) ? !INNER_PUNCT.has(punct(c, k)) || spacedDash(c, k) : c.regionOf[k]! >= 0) return null;
  }
  if (punct(c, l) === ',') l--;
  return l > h ? { first: f, last: l } : null;
}

function opensModifier(c: Context, k: number): boolean {
  if (!isWord(c, k)) return false;
  const w = word(c, k);
  if (c.t.cap[k]) return w === 'i' || w === 'i’ve' || w === "i've";
  return MODIFIER_OPENERS.has(w) || (w.length > 4 && (w.endsWith('ing') || w.endsWith('ed')));
}
