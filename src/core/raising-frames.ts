// Statements of how things seem, with no one to say so: "Enthusiasm for Clinton appears to have plummeted", "Trump is
// expected to deliver a victory speech later tonight", "It appears that the game wasn't boring to everyone". PolNeAR
// annotates these with no source and with the whole clause, verb included, as the content (train: 166 of 235
// seem/appear cues, 62 of 66 "be expected"). The subject is what the statement is about, not who made it. Charges in
// the passive with no one named ("Mr. Quiros was accused of using …") are read the same way.
import { type Context, closesQuote, COORDINATORS, isWord, punct, word } from './context';
import type { Cue } from './cues';
import type { Frame } from './frames';
import { CUE_SHARE } from './lexicon';
import type { Sentence } from './sentences';

/** Verbs of seeming; orient.ts gives them no speaker of their own either. */
export const RAISING_VERBS = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
const EXPECTED_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'isn’t', "isn't", 'aren’t', "aren't", 'wasn’t', "wasn't"]);

/** Charges in the passive with no "by": "Mr. Quiros was accused of using $50 million …", "He has been harshly criticized
 *  for policies …". PolNeAR gives them no source and the whole clause as content, like "is expected" (train: 18 of 29
 *  "be accused of / blamed for / criticized / charged with" have such a statement, 3 more one with a "by" source;
 *  dev 6 of 6); with "by" the charger is the source and the ordinary frame has it. "Charged" only with "with": "were mistakenly charged fees" is a price. */
const PASSIVE_CHARGES = new Set(['accused', 'blamed', 'criticized', 'criticised', 'charged']);

/** Verdicts in the passive with no "by": "Sanders was declared the winner in Rhode Island", "Bernie Sanders was
 *  projected as the winner of Wisconsin's Democratic primary", "many potential Sanders delegates were deemed
 *  ineligible". PolNeAR reads them like the charges: no source, the whole clause as content (train: 12 of the 14 such
 *  be-passives before "the"/"a"/"as", or any word after "deemed", have that statement; the two left are "who was
 *  declared the winner … by …" and one sentence gold leaves unmarked). */
const PASSIVE_VERDICTS = new Set(['declared', 'projected', 'announced', 'deemed']);
const VERDICT_OPENERS = new Set(['the', 'a', 'an', 'as']);
const isVerdict = (w: string, next: string): boolean =>
  PASSIVE_VERDICTS.has(w) && next !== 'by' && (w === 'deemed' ? next !== '' : VERDICT_OPENERS.has(next));

/** What may follow a raising verb in its sense of seeming: "to", "that", "like", or an adjective ("appears weak").
 *  A place or a medium after it is the other sense ("appeared on Fox News", "appeared at a rally"). */
const NOT_AFTER_RAISING = new Set(['in', 'on', 'at', 'before', 'with', 'for', 'from', 'during', 'after', 'alongside', 'together',
  'onstage', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'and', 'or', 'but', 'as', 'by', 'live', 'here', 'there',
  'again', 'twice', 'once', 'briefly', 'outside', 'inside', 'via']);

/** Words that open the next clause of the sentence: the content ends before them. */
const CLAUSE_ENDS = new Set(['as', 'even', 'when', 'while', 'because', 'although', 'though', 'despite', 'if', 'after', 'before',
  'since', 'until', 'but', 'which', 'whereas']);
/** After "and" these open a second clause ("… on the first ballot and, if he follows tradition, Trump will …"); any other
 *  word goes on with the clause ("appears to be alive and well", "expected to attend caucuses … and render judgment on
 *  …": train gold runs on past 24 of 26 "and"s where the content had stopped). */
const CLAUSE_AFTER_AND = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'who', 'which', 'that']);

/** Words a clause's subject never opens with; scanning back stops after them (not lexicon.ts's CLAUSE_OPENERS,
 *  which lists sentence openers for the speaker stages). */
const SUBJECT_STOPS = new Set(['that', 'because', 'since', 'although', 'though', 'while', 'when', 'if', 'as', 'but', 'so',
  'whether', 'after', 'before', 'until', 'unless', 'yet', 'indeed', 'still', 'however', 'now']);
// Not "and": it joins subjects as often ("Trump and Cruz seem to …").

/** Bounds on the scans, so a sentence of many such verbs costs time linear in its length; real subjects and clauses
 *  are far shorter. */
const MAX_SUBJECT_TOKENS = 40;
const MAX_CONTENT_TOKENS = 120;
/** An aside between a subject and its verb of seeming is a short phrase ("until recently", "under growing pressure"), or
 *  an appositive or participle clause of up to a dozen tokens ("Clinton, casting herself as a champion of working people,
 *  appeared to …"; 8 → 12: train 3 more right of 3 more predicted, dev unchanged). */
const MAX_ASIDE_TOKENS = 12;

/** "it seems the Democrats have way too many superdelegates", "It seems Trump’s campaign … will go on …": right after an
 *  expletive "it", a determiner, a name or a subject pronoun opens the clause that seems, with no "that" (train: 3 of
 *  the 4 frames it adds right, the fourth cut at a comma gold runs past; ", it seems, German leaders …" is an aside). */
const CLAUSE_LEADS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'he', 'she', 'they', 'we']);
const ASIDES = new Set(['though', 'however', 'now', 'again', 'then', 'also']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
const PREPOSITIONS = new Set(['in', 'of', 'on', 'at', 'by', 'for', 'from', 'with', 'to', 'under', 'through', 'during']);
const NEW_SUBJECT_LEADS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those']);

/** "Mr. Sanders is seen as empowering regular voters …", "Manafort is not known as a debate prep expert": how someone is
 *  seen, with no one named who sees it. PolNeAR gives these no source and the whole clause as content, like "is
 *  expected" (train: 12 of the 17 such statements the engine makes are gold's, all 12 exact; the rest are "can be seen
 *  as" twice, "whose state is seen as", and two contents cut at another clause). */
/** Other participles of a view held by no one named, before "as" only ("The kingdom is viewed as a bulwark …", "Kelsey
 *  Atkinson was identified as the protester", "At least eight hedge funders are listed as Clinton fundraisers"): train
 *  gold marks 15 of their 21 be-passives outside quotations and relatives, each with no source and the clause as
 *  content. Not after "being" ("a 13-point advantage on being viewed as …", "opened up about being described as …": 1 of
 *  5 marked). */
const VIEWED_AS = new Set(['viewed', 'regarded', 'described', 'billed', 'listed', 'identified', 'designated', 'defined',
  'portrayed', 'lambasted']);
export const SEEN_AS: ReadonlySet<string> = new Set(['seen', 'known', ...VIEWED_AS]);
/** After a relative the clause describes its noun ("a person … who is seen as a failed leader": train 5 of 12 marked);
 *  after "to" it is someone's aim ("was loath to be seen as taking a victory lap"). */
const NOT_BEFORE_SEEN_AS = new Set(['who', 'which', 'that', 'what', 'to']);
/** Auxiliaries that may stand before the form of "be" ("have been seen as", "must be seen as"). */
const VERB_GROUP = new Set(['has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'not']);
const SEEN_AS_ADVERBS = new Set(['not', 'now', 'still', 'also', 'best', 'well', 'perhaps']);

/** "seen"/"known" at token i with the word that makes it a view: "as", or "for" after "known" ("Ginsburg is known for
 *  speaking her mind", "Allergan is best known for making …": train gold marks 12 of the 15 such be-passives, all with
 *  no source and the clause for content; the 3 left are "which/that is best known for" and a gap, "he is known for,"). */
const viewsWith = (c: Context, i: number, next: string): boolean => next === 'as' || (next === 'for' && word(c, i) === 'known');

/** For "seen"/"known" at token i before "as" (or "known for"): the form of "be" that opens its passive (an -ly adverb,
 *  "not", "now", "still", "also", "best", "well" or "perhaps" may stand between), or −1 — also when a relative pronoun or "to" stands before the verb group. */
export function seenAsAuxiliary(c: Context, s: Sentence, i: number): number {
  if (!SEEN_AS.has(word(c, i)) || i + 1 >= s.to || !isWord(c, i + 1) || !viewsWith(c, i, word(c, i + 1))) return -1;
  let k = i - 1;
  while (k > s.from && i - k <= 3 && isWord(c, k) && (word(c, k).endsWith('ly') || SEEN_AS_ADVERBS.has(word(c, k)))) k--;
  if (k <= s.from || !isWord(c, k) || !EXPECTED_AUXILIARIES.has(word(c, k))) return -1;
  if (word(c, k) === 'being' && VIEWED_AS.has(word(c, i))) return -1;
  let b = k - 1;
  while (b > s.from && k - b <= 3 && isWord(c, b) && VERB_GROUP.has(word(c, b))) b--;
  return isWord(c, b) && (!NOT_BEFORE_SEEN_AS.has(word(c, b)) || (VIEWED_AS.has(word(c, i)) && RELATIVES.has(word(c, b)))) ? k : -1;
}

/** The cue's verb is one of seeming ("seemed", "appears", "is expected", "was said to": "Priebus was said to be
 *  “furious” …", 4 of 4 on train with no source and the whole clause as content) or a passive charge ("was accused"). */
export function isRaisingCue(c: Context, cue: Cue): boolean {
  const w = word(c, cue.head);
  if (RAISING_VERBS.has(w)) return true;
  const next = cue.head + 1 < c.t.n && isWord(c, cue.head + 1) ? word(c, cue.head + 1) : '';
  if (w === 'reportedly') return cue.first === cue.last;
  const saidTo = w === 'said' && next === 'to';
  // Only as cues.ts proposes it, with its "as" or "for" (seenAsAuxiliary has checked the verb group).
  const seenAs = SEEN_AS.has(w) && viewsWith(c, cue.head, next) && cue.last === cue.head + 1;
  // After a relative the verdict describes its noun, as for "seen as" ("The former secretary of state, who was declared
  // the winner of the Iowa caucuses last week by …").
  const verdict = isVerdict(w, next) && !(cue.first > 0 && isWord(c, cue.first - 1) && RELATIVES.has(word(c, cue.first - 1)));
  if (w !== 'expected' && !saidTo && !seenAs && !verdict && !isToldThat(w, next) && !(PASSIVE_CHARGES.has(w) && next !== 'by' && (w !== 'charged' || next === 'with'))) return false;
  let k = cue.head - 1;
  while (k > cue.first && isWord(c, k) && (word(c, k).endsWith('ly') || SEEN_AS_ADVERBS.has(word(c, k)))) k--;
  return k >= 0 && isWord(c, k) && EXPECTED_AUXILIARIES.has(word(c, k));
}

/** "I was told that the executive team …", "we are told that Uber’s pricing surge was …": the subject heard it; PolNeAR
 *  gives the statement no source and the clause after "that" as its content (train 1 of 1, two on a saved Salon page). */
const isToldThat = (w: string, next: string): boolean => w === 'told' && next === 'that';

/** Auxiliaries after "reportedly" ("Trump reportedly has convicted rapist Mike Tyson …"): train gold marks none of 3. */
const AUXILIARIES_AFTER = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'does', 'did', 'be']);

/** "The FBI is reportedly making arrangements …", "anti-Trump delegates reportedly erupted in …": "reportedly" before a
 *  verb that says nothing itself is PolNeAR's cue, with no source and the clause as its content (train 13 of 17 such
 *  uses; before a verb of saying, "reportedly said", the verb is the cue and "reportedly" its auxiliary). */
export function reportsVerbAfter(c: Context, s: Sentence, i: number): boolean {
  const k = i + 1;
  // ", reportedly winning over …": after a comma the participle is an aside of the clause before.
  if (k >= s.to || !isWord(c, k) || i - 1 < s.from || !isWord(c, i - 1)) return false;
  const next = word(c, k);
  return !c.t.cap[k] && c.regionOf[k]! < 0 && !AUXILIARIES_AFTER.has(next) && !NOT_AFTER_RAISING.has(next) && (CUE_SHARE.get(next) ?? 0) < SAYING_AFTER;
}
const SAYING_AFTER = 0.4;

/**
 * The frame of a cue of seeming: no speaker; the content is the clause from its subject to its end, the cue inside
 * it — or, with "it" for subject ("It appears, though, that …"), what follows the cue. Null when the verb is used in
 * another sense ("appeared on CNN") or when a verb of saying follows it ("seemed to suggest that …": the subject
 * is then the speaker, and the ordinary frame has it).
 */
export function raisingFrame(c: Context, s: Sentence, cue: Cue, cueBefore: Cue | null): Frame | null {
  // A verb joined to an earlier one ("Donald Trump held a sizable lead … and appeared poised to win …") shares its
  // subject, and PolNeAR's content is the whole coordination: the scan back runs past the conjunction to that subject.
  // A charge's subject may carry an age between commas ("Noel, 31, is charged with five counts …"), which is no aside.
  const subject = viewRelative(c, s, cue) ?? subjectStart(c, s, cue.first, !PASSIVE_CHARGES.has(word(c, cue.head)));
  // "Trump said the plan seems …": a cue inside the subject's stretch makes the clause its content.
  if (subject < 0 || (cueBefore && cueBefore.head >= subject)) return null;
  const expletive = (word(c, subject) === 'it' && subject === cue.first - 1) || isToldThat(word(c, cue.head), cue.last + 1 < s.to && isWord(c, cue.last + 1) ? word(c, cue.last + 1) : '');
  let next = cue.last + 1;
  // "It appears, though, that …": an aside may stand between the verb and its clause.
  if (expletive) while (next < s.to && (punct(c, next) === ',' || (isWord(c, next) && ASIDES.has(word(c, next))))) next++;
  // A charge's clause goes on with whatever follows it ("accused of …", "criticized for …", "charged with …"), and so
  // does a view's ("is seen as Clinton's strongest state").
  const charge = PASSIVE_CHARGES.has(word(c, cue.head)) || SEEN_AS.has(word(c, cue.head)) || PASSIVE_VERDICTS.has(word(c, cue.head));
  if (next >= s.to || !isWord(c, next)) return null;
  const after = word(c, next);
  const clause = expletive && next === cue.last + 1 && (c.t.cap[next] || CLAUSE_LEADS.has(after));
  if (c.t.cap[next] && !charge && !clause) return null;
  if (!charge && !clause && (NOT_AFTER_RAISING.has(after) || (after === 'to' && !isWord(c, next + 1)))) return null;
  if (!charge && after === 'to' && followsWithSaying(c, s, next + 1)) return null;
  // With "it" for subject, the content is the clause after the verb.
  const first = expletive ? next : subject;
  const last = clauseEnd(c, s, Math.max(first, cue.last + 1));
  if (last <= cue.last) return null;
  let end = c.t.end[last]!;
  if (closesQuote(c, last)) end = c.regions[c.regionOf[last]!]!.end;
  return { cue, speaker: null, speakerEndTrim: 0, start: c.t.start[first]!, end, side: first > cue.last ? 'after' : 'before', score: cue.score };
}

/** "a 2016 presidential candidate who was lambasted as mainstream", dev "a “targeted employment area,” which is defined as
 *  an urban area …": a view's relative clause is its content, from the relative pronoun (gold's 4 such contents all
 *  start there). The relative's token, or null. */
function viewRelative(c: Context, s: Sentence, cue: Cue): number | null {
  if (!VIEWED_AS.has(word(c, cue.head))) return null;
  let b = cue.first - 1;
  while (b > s.from && cue.first - b <= 3 && isWord(c, b) && VERB_GROUP.has(word(c, b))) b--;
  return b >= s.from && isWord(c, b) && RELATIVES.has(word(c, b)) ? b : null;
}

/** Verbs of mind the subject holds for itself ("seems to think he is exempt", "seemed to recognize the significance"):
 *  PolNeAR makes the subject their source. Most are too rare as cues for the learned share to know them. */
const SUBJECT_ATTITUDES = new Set(['think', 'believe', 'know', 'feel', 'want', 'recognize', 'acknowledge', 'understand', 'agree',
  'accept', 'suggest', 'signal', 'endorse', 'support', 'favor', 'prefer', 'blame', 'embrace', 'reject', 'concede', 'admit', 'hint',
  'indicate', 'question', 'doubt', 'expect', 'confirm', 'deny', 'contradict', 'dismiss', 'mock', 'criticize', 'praise', 'defend']);

/** "seemed to recognize …", "appeared to suggest that …": a verb of saying or of mind right after "to" (or "to be"). */
function followsWithSaying(c: Context, s: Sentence, k: number): boolean {
  if (k < s.to && isWord(c, k) && word(c, k) === 'be') k++;
  return k < s.to && isWord(c, k) && (SUBJECT_ATTITUDES.has(word(c, k)) || (CUE_SHARE.get(word(c, k)) ?? 0) >= 0.4);
}

/** First token of the clause whose verb is at `verb`: back past the subject to a comma, a clause opener or the
 *  sentence's start; a relative clause set off by commas ("Hizbollah, which has lost …, seems") belongs to the subject.
 *  −1 when no word stands before the verb. */
function subjectStart(c: Context, s: Sentence, verb: number, asideBeforeVerb: boolean): number {
  let k = verb - 1;
  // "followed up with what appeared to be Obama's clear reference to …": a free relative "what appears" describes a
  // thing; it is no statement of seeming, and the scan back took in the outer clause with its own verb of saying.
  if (k >= s.from && isWord(c, k) && word(c, k) === 'what') return -1;
  while (k >= s.from) {
    if (verb - k > MAX_SUBJECT_TOKENS) return -1;
    if (c.regionOf[k]! >= 0 && !closesQuote(c, k)) return -1;
    const p = punct(c, k);
    if (p === ',' && isThousands(c, k)) { k--; continue; }
    if (p === ',' && relativeBefore(c, s, k)) { k = relativeBefore(c, s, k) - 1; continue; }
    // "The American economy, until recently, seemed …": a comma right before the verb closes an aside, and the
    // subject stands before the comma that opens it (gold takes the aside into the content).
    if (p === ',' && k === verb - 1 && asideBeforeVerb && asideOpening(c, s, k) > 0) { k = asideOpening(c, s, k) - 1; continue; }
    if (p === ',' || p === ';' || p === ':' || p === '—' || p === '–' || p === '(' ) break;
    // "in which the hostages appeared": a relative clause after a preposition says nothing on its own.
    if (isWord(c, k) && RELATIVES.has(word(c, k)) && k > s.from && isWord(c, k - 1) && PREPOSITIONS.has(word(c, k - 1))) return -1;
    // "His father was Kenyan and the president is expected to …": "and" before a new subject opens a clause.
    if (isWord(c, k) && COORDINATORS.has(word(c, k)) && k + 1 < verb && isWord(c, k + 1) && NEW_SUBJECT_LEADS.has(word(c, k + 1))) break;
    if (isWord(c, k) && SUBJECT_STOPS.has(word(c, k)) && k < verb - 1) break;
    if (!isWord(c, k) && p !== '’' && p !== "'" && p !== '-' && p !== '.' && p !== '%' && p !== '$') break;
    k--;
  }
  let first = k + 1;
  // "… and the contemplative Waite seems not to …": the conjunction joins the clause to what came before.
  if (first < verb - 1 && isWord(c, first) && COORDINATORS.has(word(c, first))) first++;
  return first < verb && isWord(c, first) ? first : -1;
}

/** The comma of a number ("6,000"), glued to digits on both sides. */
function isThousands(c: Context, k: number): boolean {
  return k > 0 && k + 1 < c.t.n && c.t.end[k - 1] === c.t.start[k] && c.t.start[k + 1] === c.t.end[k] && /\d/.test(c.text[c.t.start[k]! - 1]!) && /\d/.test(c.text[c.t.end[k]!]!);
}

/** For a comma at k closing ", which …," or ", who …,": the comma that opens the relative clause (its index), or 0. */
function relativeBefore(c: Context, s: Sentence, k: number): number {
  for (let j = k - 1; j > s.from && k - j <= 20; j--) {
    if (punct(c, j) !== ',' || isThousands(c, j)) continue;
    return isWord(c, j + 1) && (word(c, j + 1) === 'which' || word(c, j + 1) === 'who') ? j : 0;
  }
  return 0;
}

/** For a comma at k right before a verb of seeming: the comma that opens the aside it closes (its index), or 0 — a short
 *  stretch of words with no other mark, a word before it to be the subject. */
function asideOpening(c: Context, s: Sentence, k: number): number {
  for (let j = k - 1; j > s.from && k - j <= MAX_ASIDE_TOKENS; j--) {
    if (isWord(c, j)) continue;
    return punct(c, j) === ',' && !isThousands(c, j) && j - 1 >= s.from && isWord(c, j - 1) && j + 1 < k ? j : 0;
  }
  return 0;
}

/** Last token of the clause that runs from `from`: before a comma, a dash, a semicolon or a word opening the next
 *  clause ("… appears to have plummeted from the levels she enjoyed in 2008, when she …"). −1 past the bound. */
function clauseEnd(c: Context, s: Sentence, from: number): number {
  if (s.to - from > MAX_CONTENT_TOKENS) return -1;
  let last = s.to - 1;
  for (let k = from + 1; k < s.to; k++) {
    if (c.regionOf[k]! >= 0 || isThousands(c, k)) continue;
    const p = punct(c, k);
    if (p === ',' || p === ';' || p === '—' || p === '–' || p === '(' || p === ':' || (isWord(c, k) && k > from + 1 && (CLAUSE_ENDS.has(word(c, k)) || opensClauseAfterAnd(c, k)))) { last = k - 1; break; }
  }
  while (last > from && !isWord(c, last) && !closesQuote(c, last)) last--;
  return last;
}

/** "and" followed by a comma, a subject pronoun or a relative: the next clause, not a second phrase of this one. */
function opensClauseAfterAnd(c: Context, k: number): boolean {
  return word(c, k) === 'and' && (punct(c, k + 1) === ',' || (isWord(c, k + 1) && CLAUSE_AFTER_AND.has(word(c, k + 1))));
}
