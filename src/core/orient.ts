// Stage 5a: for one cue, who speaks and on which side of the cue the content lies — the speaker
// before the cue with the content after ("X said (that) …", "X told Reuters …"), the content before a
// tail ("…, X said." / "“…,” said X"), "according to X" either way, the passive "a claim denied by Kyiv",
// the nominal "X's claim that …", and participles or coordinated verbs that borrow the subject.
import { ARTICLES_AND_POSSESSIVES, BE_FORMS, type Context, closesQuote, DASHES, isPossessive, isWord, opensQuote, POSSESSIVE_DETERMINERS, PRONOUN_CONTRACTION, punct, startsWithDigit, word } from './context';
import { GO_FORMS, isAux, MAKE_FORMS, type Cue } from './cues';
import { EDGE_PUNCT, FINITE_AUXILIARIES, INTRO_OPENERS, openingAfterDateline, SUBORDINATORS } from './content-edges';
import { CLAUSE_OPENERS, CUE_SHARE, PRONOUNS, SPEAKER_SHARE, TAKES_ADDRESSEE } from './lexicon';
import type { Sentence } from './sentences';
import { sourceNounContentLast } from './source-nouns';
import { DAYS, DURATIONS, MONTHS, PERIOD_OPENERS, PERIODS } from './time-words';
import { isPersonNoun } from './entities/types';
import { DOCUMENT_NOUNS } from './data/entities/people';
import { RAISING_VERBS } from './raising-frames';
import { CAUSED_FEELING_PARTICIPLES } from './expressed-feelings';
import { looseSubjectBefore, modifiedPeopleSubject } from './loose-subjects';
import { stateAfterTownComma } from './state-places';
import { CLAUSE_SUBJECTS, endBeforeVerb, extendCoordinatedSubject, gappedObjectBefore, HEAD_SHARE, headlineSubject, invertedSpeaker, likelyVerbIn, nounPhraseEndingAt, speakerAfter, subjectBefore, SUMMARY_NOUNS, type TokenSpan } from './speakers';

const NAMING_VERBS = new Set(['called', 'dubbed', 'labeled', 'labelled', 'named', 'titled', 'entitled']);
/** Does "as <pronoun>" stand right before the form of "be" at `be` ("as it is called by Māori")? */
function namingAside(c: Context, be: number, from: number): boolean {
  return be - 2 >= from && isWord(c, be - 1) && PRONOUNS.has(word(c, be - 1)) && isWord(c, be - 2) && word(c, be - 2) === 'as';
}

/** Indefinite pronouns for a person not yet named, which a naming participle after them names. */
const SOMEONE = new Set(['someone', 'somebody', 'anyone', 'anybody']);

/** "one lawmaker called Trump “the orange prince of American self-publicity.”": a name with a quoted label after it
 *  is what was called so, not the name of a new thing ("a group called Lashkar-e-Taiba"). */
function labelsName(c: Context, s: Sentence, from: number): boolean {
  let k = from;
  while (k < s.to && isWord(c, k) && c.t.cap[k]) k++;
  if (k === from) return false;
  if (k < s.to && isWord(c, k) && ['a', 'an', 'the'].includes(word(c, k))) k++;
  return k < s.to && opensQuote(c, k);
}

export type Orientation = { speaker: TokenSpan | null; side: 'before' | 'after'; trim: number; nominal?: boolean; contentFirst: number; contentLast: number };

/** Decide who speaks and on which side the content lies. */
export function orient(c: Context, s: Sentence, cue: Cue, earlier: readonly Orientation[]): Orientation | null {
  if (cue.weak) {
    // Weak cue words speak only right after a named or pronoun subject: "Clinton now says", "Trump charges"; after its
    // auxiliaries too: "The Trayvon Martin Foundation did not want to address …", "I didn’t want to be …".
    let at = cue.first;
    while (at - 1 > s.from && at > cue.first - 3 && isWord(c, at - 1) && !c.t.cap[at - 1] && isAux(word(c, at - 1))) at--;
    // "Demonstrators said they want “justice for Terrence,” but pledged to remain civil": after "and"/"but" a weak cue
    // with its infinitive continues the sentence's last frame, whose speaker it shares.
    const prev = earlier.length ? outerFrame(c, earlier) : null;
    if (prev?.speaker && prev.side === 'after' && prev.speaker.last < at - 1 && isWord(c, at - 1) && !c.t.cap[at - 1] && VP_COORDINATORS.has(word(c, at - 1)) &&
      cue.last + 1 < s.to && word(c, cue.last + 1) === 'to') {
      return { speaker: prev.speaker, side: 'after', trim: 0, contentFirst: cue.last + 1, contentLast: s.to - 1 };
    }
    // "The United Nations Security Council on Friday made a strong condemnation of …, and pledged to impose further
    // sanctions": with no frame before it, the weak cue after "and"/"but" shares the subject the sentence opens with
    // (a name or a pronoun; not an opening preposition's word, "Over …", "Along …"). Train: 3 more right, 1 lost.
    // Within SUBJECT_REACH tokens of the sentence's start only: sentenceSubject scans from there, and a run-on sentence
    // of such cues would be read again for each.
    if (earlier.length === 0 && at - s.from <= SUBJECT_REACH && at - 1 > s.from && isWord(c, at - 1) && !c.t.cap[at - 1] && VP_COORDINATORS.has(word(c, at - 1)) &&
      cue.last + 1 < s.to && word(c, cue.last + 1) === 'to') {
      const subj = sentenceSubject(c, s, at - 1);
      if (subj && !PREPOSITION_OPENERS.has(word(c, subj.first)) && endsNamedOrPronoun(c, subj)) {
        return { speaker: subj, side: 'after', trim: 0, contentFirst: cue.last + 1, contentLast: s.to - 1 };
      }
    }
    const sp = subjectBefore(c, at, s.from);
    if (!sp || inHypotheticalClause(c, s, sp) || clauseAfterThat(c, s, sp, cue)) return null;
    // "the Central and East European Coalition, which represents more than 20 million Americans, wants to": the subject's
    // head is the name before its appositive or relative clause.
    // A bare name's mention ends before its relative clause ("Clinton, who had plenty of stories …, decided to"):
    // the name is then the head.
    const headAt = sp.last === at - 1 ? sp.last : punct(c, at - 1) === ',' && sp.last === at - 2 ? headBeforeComma(c, sp) :
      punct(c, at - 1) === ',' && relativeAfter(c, sp.last) ? sp.last : -1;
    if (headAt < 0) return null;
    const head = word(c, headAt);
    // "Obama's plan to admit Syrian refugees", "canceled Mr. Hannity's plans to attend …": after a possessive the word
    // is a noun, an intention someone has, not a statement they make (train: 2 of 9 such frames right).
    if (isPossessive(head)) return null;
    // A relative "who" after a comma stands for the name before it ("Donald J. Trump, who wants to simplify …").
    if (!c.t.cap[headAt] && !CLAUSE_SUBJECTS.has(head) && !(head === 'who' && punct(c, headAt - 1) === ',') && !openingNounSubject(c, s, sp, at, cue)) return null;
    // After a comma only as the sentence's first frame ("More recently, Trump pledged to …"): after another frame the
    // clause is inside its content ("… says despite being a Stanford alumna, she plans to root for Iowa").
    if (sp.first > s.from && !isWord(c, sp.first - 1) && punct(c, sp.first - 1) !== '' && !(punct(c, sp.first - 1) === ',' && earlier.length === 0)) return null;
    return { speaker: sp, side: 'after', trim: 0, contentFirst: cue.last + 1, contentLast: s.to - 1 };
  }
  const { first, last } = cue;
  const w = word(c, cue.head);
  // "as it appeared on her screen", "Sanders seemed to …": seeming is nobody's statement.
  if (RAISING_VERBS.has(w) || w === 'expected') return null;
  // "Sanders was asked to name …", "Blocher was charged with …", "Kelsey Atkinson was identified as …": the subject of
  // a passive is what the words were about, not who said them. PolNeAR marks such a cue with no source or with the
  // agent after "by" (the passive rule below); without "by" or "that" our frames matched 13 of 223 on train.
  if (isPassive(c, cue, s.from) && !(last + 1 < s.to && isWord(c, last + 1) && (word(c, last + 1) === 'by' || (word(c, last + 1) === 'that' && w !== 'told')))) return null;
  // Naming, not saying: "a Pakistan-based group called Lashkar-e-Taiba", "a program called EB-5"; after a someone
  // opening the sentence too ("Someone named Man Haron Monis … seized hostages", a saved Salon page).
  if (NAMING_VERBS.has(w) && !cue.prep && first === cue.head && first - 1 >= s.from && isWord(c, first - 1) &&
    (!c.t.cap[first - 1] || SOMEONE.has(word(c, first - 1))) &&
    !['he', 'she', 'they', 'it', 'who', 'i', 'we', 'you'].includes(word(c, first - 1)) && last + 1 < s.to && (c.t.cap[last + 1] || opensQuote(c, last + 1)) &&
    !labelsName(c, s, last + 1)) return null;
  const before = first - 1;
  // "a trade deal …, known as the Trans-Pacific Partnership": a name, not a statement (PolNeAR marks it without a
  // source when at all; our frames with the words before as the speaker were right 2 of 25 times on train).
  if (w === 'known' && last + 1 < s.to && word(c, last + 1) === 'as') return null;
  if (w === 'clear' && before >= s.from && isWord(c, before) && (word(c, before) === 'it' || word(c, before) === "it's" || word(c, before) === 'it’s')) {
    // "Devine made it clear that …": the subject of "made" speaks; "It’s clear that …", "Nor is it clear that …" has
    // no speaker (PolNeAR's made-it-clear cues all have one; our "it" frames were right 0 of 16 times on train).
    const make = before - 1;
    if (make < s.from || !isWord(c, make) || !MAKE_FORMS.has(word(c, make))) return null;
    const sp = word(c, make) === 'making' ? (earlier.length ? earlier[earlier.length - 1]!.speaker : null) ?? sentenceSubject(c, s, make) : subjectBefore(c, make, s.from);
    return sp ? { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 } : null;
  }
  if (cue.sourceThat !== undefined) {
    let end = cue.sourceThat - 1;
    while (end > last + 1 && !isWord(c, end)) end--;
    return { speaker: { first: last + 2, last: end }, side: 'after', trim: 0, contentFirst: cue.sourceThat, contentLast: sourceNounContentLast(c, s, cue.sourceThat) };
  }
  if (cue.copular) {
    // "Rubio’s response was that …": the possessor speaks; unlike a nominal inside a clause ("Trump's claim that …, was
    // …"), the noun is the clause's subject and its "that" clause is the rest of the sentence.
    const sp = isPossessive(word(c, before)) ? nounPhraseEndingAt(c, before, s.from) : { first: before, last: before };
    return sp ? { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 } : null;
  }
  if (cue.according) {
    const sp = accordingSource(c, last + 1, s.to);
    if (!sp) return null;
    // "According to X, …" opens the sentence; "…, according to X" closes it.
    let lead = s.from;
    while (lead < first && (!isWord(c, lead) || ['but', 'and', 'also', 'yet', 'so'].includes(word(c, lead)))) lead++;
    if (lead === first) {
      let k = sp.last + 1;
      while (k < s.to && punct(c, k) === ',') k++;
      return { speaker: sp, side: 'after', trim: 0, contentFirst: k, contentLast: s.to - 1 };
    }
    // "Over the long term, according to the budget office, the rise in annual deficits …": a short opening with no
    // verb of its own is an adjunct of the clause after the source, and the content runs on to the sentence's end
    // (train gold runs on 11 times of 12).
    if (shortOpeningBefore(c, s.from, before) && punct(c, sp.last + 1) === ',' && sp.last + 2 < s.to && isWord(c, sp.last + 2)) {
      return { speaker: sp, side: 'before', trim: 0, contentFirst: s.from, contentLast: s.to - 1 };
    }
    // "The top 1 percent paid 25.4 percent …, according to the nonpartisan Congressional Budget Office, and the top 10
    // percent paid 69 percent …": a clause joined by ", and" after the source is said too.
    return { speaker: withSourceAppositive(c, sp, s.to), side: 'before', trim: 0, contentFirst: s.from, contentLast: andClauseAfter(c, s, sp.last + 1) ? s.to - 1 : before };
  }
  // Nominal with a possessor: "Mr. Trump's claims that …".
  if (before >= s.from && isWord(c, before)) {
    const pw = word(c, before);
    if (isPossessive(pw)) {
      // "Ryan’s statement was a stark reminder …", "Trump’s repeated accusations …", "Ted Cruz’s preferred candidates":
      // a single word after the possessor that opens no "that"/"to" clause, quotation or colon is a noun or a
      // modifier, not a statement (4 of 44 such frames right on train, 1 of 9 on dev).
      const next = last + 1 < s.to ? last + 1 : -1;
      if (!cue.prep && first === last && (next < 0 || !(word(c, next) === 'that' || word(c, next) === 'to' || opensQuote(c, next) || punct(c, next) === ':'))) {
        // "he’s predicting he will …", "she’s hoping the governor's endorsement …": a pronoun's contraction is an
        // auxiliary, not a possessor's "’s", and the pronoun speaks what follows (a "that"/"to" clause after it keeps
        // the possessor's frame below, whose comma rule PolNeAR's contents follow). Not "it’s" ("it’s time").
        if (next >= 0 && isWord(c, next) && isContractedSubject(pw)) return { speaker: { first: before, last: before }, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
        return null;
      }
      const sp = nounPhraseEndingAt(c, before, s.from);
      // PolNeAR's mention keeps the possessive ("Donald Trump’s"); `nominal` marks the frame for its comma rule.
      if (sp) return { speaker: sp, side: 'after', trim: 0, nominal: true, contentFirst: last + 1, contentLast: s.to - 1 };
    }
  }
  // Nominal with a possessive determiner: "his comments on Muslims", "her criticism of Sanders' vote". A cue word
  // proposed on its own share takes its infinitive too ("her reluctance to debate", "Her vow to go after …"; train +4
  // right for +5 predicted); a weak one, kept only after a subject, does not.
  if (before >= s.from && isWord(c, before) && POSSESSIVE_DETERMINERS.has(word(c, before)) && !w.endsWith('ed') &&
    (cue.prep || (last + 1 < s.to && (word(c, last + 1) === 'that' || (word(c, last + 1) === 'to' && !cue.weak) || opensQuote(c, last + 1))))) {
    return { speaker: { first: before, last: before }, side: 'after', trim: 0, nominal: true, contentFirst: last + 1, contentLast: s.to - 1 };
  }
  // Passive: "a claim denied by Kyiv".
  if (last + 1 < s.to && word(c, last + 1) === 'by' && isWord(c, last + 1)) {
    // "New Zealand – or Aotearoa as it is called by Māori –": "as <pronoun> is called by …" gives a name, not a statement.
    if (NAMING_VERBS.has(w) && namingAside(c, beFormBefore(c, cue.head, s.from), s.from)) return null;
    // "FBI officials were angered by the deal": a feeling's cause is no speaker, and the one who felt it said nothing.
    if (CAUSED_FEELING_PARTICIPLES.has(w)) return null;
    // "was overturned by an appeals court": a determiner and words new to the lexicon are the agent, as after an
    // inverted cue; "by some as a threat" keeps the determiner alone.
    const sp = invertedSpeaker(c, last + 2, s.to) ?? speakerAfter(c, last + 2, s.to);
    // The thing reported/denied: back to the start of its clause.
    let objFirst = before;
    while (objFirst - 1 >= s.from && (isWord(c, objFirst - 1) || punct(c, objFirst - 1) === '.' || punct(c, objFirst - 1) === "'")) objFirst--;
    // "The bond payments … are for principal and interest on debt issued by the development bank": the words back to
    // the clause's start hold a verb of their own, and nothing the agent said (train: 35 statements fewer, 4 right
    // fewer). A noun phrase stays the thing said: "The Democratic presidential nominee has been endorsed by dozens of
    // papers" (passive contents of three words or more were right 12 of 87 times, most of those noun phrases). Nor is a
    // lone subordinator or conjunction: "When asked by a reporter whether …", "As reported by Western Journalism, …".
    const loneLead = objFirst === before && (SUBORDINATORS.has(word(c, before)) || LONE_LEADS.has(word(c, before)));
    // A relative clause set off by commas before the passive ("calls to establish a commission …, where a Saudi-led
    // coalition is battling …, were rejected by the Human Rights Council") belongs to the subject, and keeps its frame.
    const relativeAside = objFirst > s.from && punct(c, objFirst - 1) === ',' && isWord(c, objFirst) && ASIDE_RELATIVES.has(word(c, objFirst));
    // "When asked by a reporter whether this differed from …, Trump said", "Asked by Stephanopoulos to respond to …,
    // Carson said", "Sanders was asked by host John Dickerson whether his aim was …": the asker speaks the question
    // after its name, not the one asked (train: 12 of 12 "asked by" are so marked).
    const question = sp && w === 'asked' ? askedByFrame(c, s, sp) : null;
    if (question) return question;
    if (sp && w === 'asked' && (before < s.from || (objFirst === before && SUBORDINATORS.has(word(c, before))))) return null;
    if (sp && objFirst <= before && (loneLead || (!relativeAside && clauseIn(c, objFirst, before)))) return null;
    // "President Obama called for reducing the corporate tax rate … in a compromise rebuffed by Republicans", "In 2008,
    // the SVP launched its initiative against legislative changes proposed by the government": a participle with no
    // form of "be" before it modifies the noun right before it, and the words back to the clause's start are no thing
    // its agent said (train: such contents of four words or more right 1 of 23 times; "a practice criticized by
    // Miller", "a call echoed by Japan" are shorter and stay).
    if (sp && objFirst <= before && beFormBefore(c, cue.head, s.from) < 0 && wordsIn(c, objFirst, before) >= 4) return null;
    if (sp && objFirst <= before) return { speaker: sp, side: 'before', trim: 0, contentFirst: objFirst, contentLast: before };
  }
  // A coordinated verb: "Mr. Schultz generally supported Democrats …, and said he did not …" — the
  // speaker is the subject of the sentence (or of the frame before it).
  // A participle cue: its head ("saying") or, for a longer cue, its first word ("sinking his teeth into").
  const participle = w.endsWith('ing') || (first !== cue.head && isWord(c, first) && word(c, first).endsWith('ing') && word(c, first).length > 4);
  // "… but did note that …", "… and then said …": the same, after but/or/yet and an optional "then".
  let coord = before;
  if (coord - 1 >= s.from && isWord(c, coord) && word(c, coord) === 'then' && isWord(c, coord - 1) && VP_COORDINATORS.has(word(c, coord - 1))) coord--;
  if (coord >= s.from && isWord(c, coord) && !c.t.cap[coord] && VP_COORDINATORS.has(word(c, coord)) && !participle) {
    // "I laughed and said": the subject right before the first verb wins over an earlier frame's speaker.
    let own = coord - 1 >= s.from && isWord(c, coord - 1) && !c.t.cap[coord - 1] ? subjectBefore(c, coord - 1, s.from) : null;
    // "to discuss strategies for a Senate run but noted that …": after "a"/"an" the name modifies the noun that follows
    // it ("run"), which is no verb of a subject.
    if (own && (word(c, own.first) === 'a' || word(c, own.first) === 'an') && own.first !== own.last) own = null;
    // "The Arizona Republican survived 5 ½ years in a Vietnamese prison and says", "Ali … converted to the Islamic
    // faith and refused", "which considers the US biased and has rejected": unless the word before the coordinator is
    // a past-tense verb ("Ms. Sherry smiled and said") and the phrase before it no verb's object, the phrase is the
    // first verb’s object, cut from its noun, and no subject (train: of 26 statements with a single word before the
    // coordinator, 18 had such a phrase, none right; now 9 of them are, with the sentence’s subject).
    if (own && !CLAUSE_SUBJECTS.has(word(c, own.last)) && !ownsFirstVerb(c, own, coord - 1, s.from)) own = null;
    // Nor a noun phrase after a preposition or another verb: it is the first verb's object, and the subject is the
    // sentence's (train: 7 statements in 7 documents made right, none lost). A subject pronoun is never an object
    // ("at the mention of email she laughed and admitted").
    if (own && !(own.first === own.last && CLAUSE_SUBJECTS.has(word(c, own.first))) && objectOfEarlierWord(c, own.first, s.from)) own = null;
    const prev = outerFrame(c, earlier);
    // Not a possessor: in "The Anti-Defamation League strongly denounced Trump's rhetoric and said …" the words before
    // "and" are the first verb's object, and "Trump's" is no subject.
    const ownSubject = own && (c.t.cap[own.last] || CLAUSE_SUBJECTS.has(word(c, own.last))) && !isPossessive(word(c, own.last));
    // Inside an adverbial clause, the clause's own pronoun ("after she attacked … and blamed").
    let sp = (ownSubject ? own : null) ?? subordinateClauseSubject(c, s.from, coord) ?? prev?.speaker ?? sentenceSubject(c, s, coord);
    if (sp && !ownSubject) sp = mainClauseAfterFronted(c, s, sp, coord) ?? laterClauseSubject(c, sp, coord) ?? sp;
    if (sp && sp.last < coord) return { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
  }
  // Participle after a comma: ", saying …" — the speaker is the subject of an earlier frame.
  if (participle && (before < s.from || (before === s.from && isWord(c, before) && PARTICIPLE_LEADS.has(word(c, before))) || frontedLead(c, s.from, before))) {
    // Fronted: "After thanking the raucous crowd, … he touted …" — the subject follows the clause's comma.
    for (let k = last + 1; k < s.to - 1; k++) {
      if (c.regionOf[k]! >= 0 || punct(c, k) !== ',') continue;
      const sp = speakerAfter(c, k + 1, s.to);
      return sp && sp.last + 1 < s.to && isWord(c, sp.last + 1) && k - 1 > last ? { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: k - 1 } : null;
    }
    return null;
  }
  // "saying she's experienced “on paper” but suggesting that might not be enough", "describing the Khans' deceased son
  // as a hero but insisting that …": a participle after "but" goes on from the participle frame just before it.
  if (participle && isWord(c, before) && word(c, before) === 'but') {
    const prev = earlier.length ? earlier[earlier.length - 1]! : null;
    if (prev?.speaker && prev.side === 'after' && prev.contentFirst < before && prev.contentFirst - 2 >= s.from && punct(c, prev.contentFirst - 2) === ',' &&
      isWord(c, prev.contentFirst - 1) && word(c, prev.contentFirst - 1).endsWith('ing')) {
      return { speaker: prev.speaker, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
    }
  }
  if (participle && opensParticipleClause(c, before, s.from)) {
    // Not a possessor's noun of saying: in "Pence … blamed the media for making an issue out of Donald Trump’s claim
    // that …, saying they were nitpicking" the participle is the sentence's subject's, not the claim's owner's.
    let k = earlier.length - 1;
    while (k >= 0 && earlier[k]!.nominal) k--;
    // Nor a restrictive relative's ("… when forced to defend not paying an architect who said he was stiffed …,
    // saying"): that clause describes an object, and the participle goes back to the frame or subject before it, when
    // that stands before the relative (train: 1 statement made right, dev 1).
    let relative: Orientation | null = null;
    // A lead word keeps the participle inside the relative clause ("leaders who implicitly rebuked Trump by publicly
    // expressing sympathy"): only after a comma, a dash or a closed quotation.
    if (!isWord(c, before)) while (k >= 0 && restrictiveRelative(c, earlier[k]!.speaker)) { relative ??= earlier[k]!; k--; }
    let prev = k >= 0 ? earlier[k]! : null;
    if (prev) prev = reportedPronounFrame(c, earlier, k);
    let sp = prev?.speaker ?? sentenceSubject(c, s, first, !isWord(c, before));
    // "Netanyahu’s Likud party, which tried to rally right-wing support by saying that …": after a lead word, a
    // relative clause the participle sits in gives it its subject, the relative pronoun.
    if (!prev && isWord(c, before)) sp = relativeAround(c, before, sp ? sp.last + 1 : s.from) ?? sp;
    // After a comma, a later clause with its own subject ("…, and the ACLU has already sued …, saying") takes it.
    const joined = !isWord(c, before) ? joinedClauseSubject(c, sp ? sp.last + 1 : s.from, before) : null;
    if (joined) sp = joined;
    const main = sp ? mainClauseAfterFronted(c, s, sp, before) : null;
    if (main) sp = main;
    const later = sp && !joined && !main ? laterClauseSubject(c, sp, before) : null;
    if (later) sp = later;
    if (relative && (!sp || sp.last >= relative.speaker!.first)) sp = relative.speaker;
    return sp ? { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 } : null;
  }
  // Inverted tail: "“…,” said X" / "…, said X". A word + preposition cue is never inverted: "Keron Blair, executive
  // director of AROS, called for more school investment" has its object after "for", not its speaker.
  if (before >= s.from && !cue.prep && (punct(c, before) === ',' || closesQuote(c, before))) {
    const sp = invertedSpeaker(c, last + 1, s.to);
    // "…, said he cannot…" is a subject with an appositive, not an inversion: the speaker must close the clause.
    // Without a quotation before it, only a verb of saying inverts: in "Morton Blackwell, …, has endorsed Sen. Ted Cruz"
    // the words after the cue are its object (other verbs read as inversions were right 12 of 107 times on train).
    const inverts = closesQuote(c, before) || INVERTING_VERBS.has(w);
    // "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said North Korea's
    // latest “provocation …”": when everything before the comma is the subject with its appositives, nothing was said
    // before the cue.
    const subject = closesQuote(c, before) ? null : subjectBefore(c, first, s.from);
    const wholeSubject = subject !== null && subject.first === s.from && subject.last < before;
    if (sp && inverts && !wholeSubject && (closesQuote(c, before) || sp.last + 1 >= s.to || !isWord(c, sp.last + 1))) {
      return { speaker: sp, side: 'before', trim: 0, contentFirst: s.from, contentLast: before };
    }
  }
  return orientBySubject(c, s, cue, w, participle, earlier.length > 0);
}

/** Subject pronouns that open a relative clause with no relative word ("a photo she posted"). */
const GAP_PRONOUNS = new Set(['he', 'she', 'they', 'we']);

const PUBLISHING_PARTICIPLES = new Set(['issued', 'posted', 'released', 'published', 'sent', 'signed', 'written', 'obtained',
  'filed', 'distributed', 'circulated', 'shared', 'leaked', 'uploaded', 'aired']);
const DOCUMENTS = new Set(DOCUMENT_NOUNS);

/**
 * The common case, once none of orient's special frames applies: the subject before the cue speaks ("X said …"), with
 * its content after the cue, or before it when the frame is a tail ("…, X said."). A function apart from orient, whose
 * one body of both was the second-largest unit TurboFan compiled: smaller, each is optimized a pass over dev earlier.
 */
function orientBySubject(c: Context, s: Sentence, cue: Cue, w: string, participle: boolean, afterFrame: boolean): Orientation | null {
  const { first, last } = cue;
  // "Don't blame Bush", "Don't ask that": a negative imperative opening the sentence has no subject; PolNeAR gives it a
  // statement with no source.
  if (first - 1 === s.from && isWord(c, s.from) && NEGATIVE_IMPERATIVES.has(word(c, s.from))) {
    return { speaker: null, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
  }
  // The time phrase in "The St. Paul City Council on Wednesday said" is not the speaker's: subjectBefore skips it.
  let sp = subjectBefore(c, first, s.from);
  // "after a photo she posted to Facebook started an online backlash" (a saved Yahoo page), train "the companies he
  // listed on his financial records", "a deal she once supported": a pronoun right after a noun with its determiner
  // opens a relative clause whose object is that noun, and what follows its verb is no content (train: 8 such frames
  // dropped, none right); the noun is (gappedObjectFrame).
  // An infinitive after the cue keeps its frame, whose content is the whole gapped phrase ("the political divides he
  // promised to bridge", gapped-infinitive-relatives).
  if (sp && sp.first === sp.last && GAP_PRONOUNS.has(word(c, sp.first)) && !c.t.cap[sp.first] && !infinitiveAfter(c, last + 1, s.to) &&
    gappedObjectBefore(c, sp.first - 1, s.from)) return gappedObjectFrame(c, s, sp, last);
  // "took multiple swipes at": the modifiers after a light verb are not its subject.
  if (sp && !participle) sp = subjectOfLightVerb(c, s, sp, first) ?? sp;
  // "It was widely reported that …", "it is said that …": an expletive "it" before a passive cue is no one; PolNeAR
  // gives the statement no source (train: 8 of our "it" statements wrong only for that, none of the 51 right is passive;
  // now 6 more right). Not before an -ing word ("it is also pointing America to …" is the thing's own act).
  if (sp && sp.first === sp.last && word(c, sp.first) === 'it' && first < last && BE_FORMS.has(word(c, first)) && w !== word(c, first) && !w.endsWith('ing')) {
    return { speaker: null, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
  }
  // A capitalized cue mid-sentence is a title-case headline's ("Dascha Polanco Opened Up About …").
  if (sp && c.t.cap[first] && first > s.from) sp = headlineSubject(c, sp);
  if (sp && participle) sp = subjectOfVerbBefore(c, sp, s.from);
  // "Trump unleashed a series of tweets early Friday saying that …", "the SVP led a series of cantonal referenda arguing
  // against …": an object training never saw as a speaker ("tweets") stops subjectBefore; a participle of saying then
  // belongs to the subject of the -ed verb before that object. Not "quoted X as saying", whose own frame holds it.
  if (!sp && participle && (CUE_SHARE.get(w) ?? 0) >= PARTICIPLE_OF_SAYING && !(first - 1 >= s.from && isWord(c, first - 1) && word(c, first - 1) === 'as')) {
    sp = subjectOfObjectVerb(c, s, first);
  }
  if (sp) sp = extendCoordinatedSubject(c, sp, s.from);
  if (!sp) {
    // "He then listed …", "She further announced …", "Carter however said …": adverbs between subject and verb.
    let f = first;
    while (f - 1 > s.from && f > first - 3 && isWord(c, f - 1) && !c.t.cap[f - 1] && (isAux(word(c, f - 1)) || SUBJECT_ADVERBS.has(word(c, f - 1)))) f--;
    if (f < first) sp = subjectBefore(c, f, s.from);
  }
  // "made an unprompted call for": the modifiers of a noun cue after a light verb are no subject, nor found as one.
  // Not a document ("Big Machine Records issued a statement that …"): the verb that put it out is the cue.
  if (!sp && !DOCUMENTS.has(w)) sp = subjectOfLightVerbBefore(c, s, first);
  if (!sp) sp = subjectBeforeInfinitive(c, s, first);
  if (!sp) sp = subjectOfPurpose(c, s, cue);
  if (!sp) sp = objectOfCause(c, s, cue);
  if (!sp && first - 1 >= s.from && isWord(c, first - 1) && QUANTIFIER_SUBJECTS.has(word(c, first - 1))) {
    // "most said they were …", "another says there are …", "many mention Obama …": a quantifier alone is the subject
    // when a clause starts right before it.
    const q = first - 1;
    // "Some chanted “USA! USA!”", "Some have urged Republicans to …": "some" too, but it is a determiner before a
    // plural noun ("some calls into the VA hotline"), "an aggressive - some say unrealistic - pledge" is an aside, and
    // after another frame of the sentence ("Rendell noted that …, and some speculated about …") it is inside its content.
    const determiner = word(c, q) === 'some' && ((w.endsWith('s') && !w.endsWith('ss')) || (q > s.from && DASHES.has(punct(c, q - 1))) || afterFrame);
    if (!determiner && (q === s.from || !isWord(c, q - 1) || ['and', 'but', 'while', 'when', 'whereas', 'as', 'that', 'yet'].includes(word(c, q - 1)))) sp = { first: q, last: q };
  }
  // "Many Carrier workers say …", "Mrs. Clinton's confidants say …", "environmentalists worry that …", "Several former
  // RT journalists have complained …": a plural noun for people that training seldom saw in a speaker is still the
  // subject of a cue verb that agrees with it ("refugees finds" does not). Any cue verb, not only verbs of saying
  // (train: 31 more statements, 20 more right).
  if (!sp && !(w.endsWith('s') && !w.endsWith('ss'))) sp = nounPhraseEndingAt(c, first - 1, s.from, true);
  // "Vice President Joseph R. Biden Jr. said …", "Two in three said …": a verb of saying still has a subject.
  if (!sp) sp = looseSubjectBefore(c, s, cue, w);
  if (!sp) sp = modifiedPeopleSubject(c, s, cue, w);
  if (!sp) {
    // A cue at the very start of a headline-like clause has no speaker: content follows. A verb in a list of them
    // shares the sentence's subject (listedVerbSubject).
    const listed = listedVerbSubject(c, s, cue, w);
    return listed ? { speaker: listed, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 } : null;
  }
  // "a documentary that showed off …", "a debate that threatened to …", "That said, …": a lone "that" is a thing far
  // more often than a speaker (19 of 117 such frames right on train).
  if (sp.first === sp.last && word(c, sp.first) === 'that') {
    // "He released a letter from his doctor Friday afternoon that says …", "Trump released a marketing video that said,
    // “…”": what a released document says is said by who released it (PolNeAR: 3 of the 4 such statements).
    sp = publisherBefore(c, s, sp.first);
    if (!sp) return null;
  }
  // "a surefire forecast of", "a vacancy arose": a thing, not a speaker.
  if (indefiniteThing(c, sp, first)) return null;
  // "in a letter posted on Twitter Tuesday, saying …", "in a statement issued in his name": a participle of publishing
  // right after a document tells how it came out, not what it said (train: 0 of 4 such frames right). The reader saw
  // "Carlineo's sentencing in a letter" speak "Twitter Tuesday", and the ", saying" after it.
  if (first === cue.head && sp.last === first - 1 && PUBLISHING_PARTICIPLES.has(w) && !c.t.cap[sp.last] && DOCUMENTS.has(word(c, sp.last))) return null;
  if (inHypotheticalClause(c, s, sp)) return null;
  if (clauseAfterThat(c, s, sp, cue)) return null;
  // "In a White House statement, President Obama condemned …", "In a statement issued Tuesday morning, …": the cue lies
  // in the sentence's opening phrase, and its "speaker" is the phrase's own noun; who spoke follows the comma. A
  // participle keeps its frame: PolNeAR marks "In her statement condemning the test" with "her" as the source.
  if (!participle && inOpeningPhrase(c, s, sp, last)) return null;
  // "to fight what he called homegrown terrorism", "what she sees as demonizing minorities": a label inside another
  // clause, which PolNeAR rarely marks as a statement (6 of 27 such frames right on train, 0 of 7 on dev).
  if (LABEL_VERBS.has(w) && sp.first - 1 >= s.from && isWord(c, sp.first - 1) && word(c, sp.first - 1) === 'what') return null;
  // "a super PAC called Future45", "one PAC called Stop Hillary", "a group called the “We The People Foundation”":
  // after a newly introduced thing, a bare "called" names it (1 of 13 such frames right on train: "A reporter …
  // called it “absolute chaos”", kept by its pronoun object).
  if (NAMING_VERBS.has(w) && first === cue.head && introducedAt(c, sp.first, s.from) &&
    !(last + 1 < s.to && isWord(c, last + 1) && OBJECT_PRONOUNS.has(word(c, last + 1))) && !labelsName(c, s, last + 1)) return null;
  // "…, a claim Hamas disputed": the noun of saying in apposition belongs to the tail, whose content is the clause
  // before the comma, as in "…, a claim denied by Kyiv".
  const pre = appositeClaimBefore(c, sp.first, s.from) ?? sp.first - 1;
  const after = last + 1;
  // "It also does not answer whether Scott had a gun, as police have said.": "as X said" closing the sentence
  // attributes the clause before it.
  // Only verbs of saying: "…, as the crowd applauded" is a time, "…, as the website notes:" opens a quotation.
  // After a quotation too: `… a "lawful source of investment income," as a Homeland Security memo put it.`
  const quotedBeforeAs = pre - 2 > s.from && closesQuote(c, pre - 1) && punct(c, pre - 2) === ',';
  if (pre - 1 > s.from && isWord(c, pre) && word(c, pre) === 'as' && (punct(c, pre - 1) === ',' || quotedBeforeAs) && (INVERTING_VERBS.has(w) || cue.prep || w === 'put') &&
    (after >= s.to || (after + 1 >= s.to && punct(c, after) !== ':' && EDGE_PUNCT.has(punct(c, after))))) {
    return { speaker: sp, side: 'before', trim: 0, contentFirst: s.from, contentLast: quotedBeforeAs ? pre - 1 : pre - 2 };
  }
  const opensContent = after < s.to && (opensQuote(c, after) || ((punct(c, after) === ',' || punct(c, after) === ':') && after + 1 < s.to && opensQuote(c, after + 1)));
  // "Hillary Clinton, who added to her delegate lead", "Mr. Trump, who said last week that …": a relative pronoun opens
  // its own clause, so its content follows the cue (as a tail, 0 of 22 right on train; a quotation closing before it,
  // 'Trump assailed Williams as part of the “Never Trumpers” who oppose his presidency', is its antecedent's).
  const relative = sp.first === sp.last && (word(c, sp.first) === 'who' || word(c, sp.first) === 'which');
  if (pre >= s.from && closesQuote(c, pre) && !relative) {
    // `On this weekend’s broadcast of “Fox News Sunday,” Pence said …`: a quoted title inside an opening
    // phrase is not what was said.
    const r = c.regions[c.regionOf[pre]!]!;
    // Only when the frame goes on after its cue: `In one such email, Carter discussed … a “burn bag,” the Times
    // reported.` ends with its cue, so the quotation closes the content.
    const endsAtCue = after >= s.to || (after + 1 >= s.to && EDGE_PUNCT.has(punct(c, after)));
    // Not after an adverb, which opens no phrase to hold a title: `Still, golf clubs are ''just scratching out a
    // profit,'' Mr. Hedge said from his office in Orlando.`
    // Nor a quotation a colon introduces (`For example: "We made a terrible mistake getting involved in the first place,"
    // he told CNN's Christiane Amanpour.`).
    const titleInIntro = !endsAtCue && r.open > s.from && isWord(c, s.from) && INTRO_OPENERS.has(word(c, s.from)) && !ADVERB_OPENERS.has(word(c, s.from)) &&
      !colonBetween(c, s.from, r.open);
    // "“I’ll be voting [on March 1],” Welch said, according to Vermont Edition.": PolNeAR marks one statement, the
    // source's, whose content runs through "Welch said"; the quoted speaker's own frame is none of its.
    if (!titleInIntro && accordingTailAfter(c, s, after)) return null;
    if (!titleInIntro) return { speaker: sp, side: 'before', trim: 0, contentFirst: s.from, contentLast: goesOnAfterColon(c, s, after) ? s.to - 1 : pre };
  }
  if (pre >= s.from && !opensContent && !relative && (punct(c, pre) === ',' || punct(c, pre) === '—' || punct(c, pre) === '–')) {
    // Tail: "…, sources said." — only when the frame closes its clause.
    const closes = after >= s.to || EDGE_PUNCT.has(punct(c, after)) || !isWord(c, after) || TAKES_ADDRESSEE.has(w) ||
      TAIL_CLOSERS.has(word(c, after));
    // "And, Kasich tells the crowd, he’s been known to …", "For instance, she is proposing $275 billion …": a connective
    // alone before the comma links the sentence to the one before; it is no content, and what was said follows the cue
    // (train: 12 statements change, 4 made of the lone connective were wrong and are now right; one right one is lost,
    // "But, the former CEO of Hewlett-Packard added, it's not the way to win", where gold keeps the "But", as it does in
    // 2 more that stay right; exact contents +3 net).
    if (closes && connectiveOnly(c, s.from, pre)) return { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
    // "In Honolulu last week, he told …" / "Though that was seamless, he said …": an opening phrase
    // before the comma is not a content when the frame goes on after its cue.
    const intro = isWord(c, s.from) && (INTRO_OPENERS.has(word(c, s.from)) || SUBORDINATORS.has(word(c, s.from)) || word(c, s.from).endsWith('ing'));
    let commas = 0;
    for (let j = s.from; j < pre; j++) if (punct(c, j) === ',') commas++;
    // …and only when what follows the cue is more than a short adjunct ("said in his interview").
    const goesOn = after + 2 < s.to && isWord(c, after) && (isWord(c, after + 1) || opensQuote(c, after + 1)) &&
      !(s.to - after <= 7 && ['in', 'at', 'on', 'during', 'after', 'before', 'while', 'when', 'of', 'to'].includes(word(c, after)));
    if (closes && intro && commas === 0 && goesOn) return { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
    // "During a town hall-style meeting in Cedar Rapids, Iowa, Rubio told reporters Tuesday that …", "Shortly
    // afterward, McCain said on his official Twitter feed that …": a "that" clause after the cue is its content.
    // "WASHINGTON (AP) — Donald Trump called Wednesday for …": a dateline is no content either.
    if (closes && (thatClauseAfter(c, after, s.to) || infinitiveAfter(c, after, s.to) || (punct(c, pre) !== ',' && isDateline(c, s.from, pre)))) {
      return { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
    }
    if (closes) {
      // A parenthetical frame ("Climate change, Mr. Obama often says, is the greatest …") sits inside its content, also
      // when "including" goes on with it ("…, the Times said, including speeches, meetings …"). So it does after a
      // subordinate clause, even before a gerund ("Though that transition was relatively seamless, he said, replacing
      // Clinton would be much more acrimonious …"); elsewhere ", <verb>ing" is the speaker's participle.
      const gerundSubject = commas === 0 && isWord(c, s.from) && SUBORDINATORS.has(word(c, s.from));
      if (punct(c, after) === ',' && after + 1 < s.to && isWord(c, after + 1) && c.regionOf[after + 1]! < 0
          && (!word(c, after + 1).endsWith('ing') || word(c, after + 1) === 'including' || gerundSubject)) {
        return { speaker: sp, side: 'before', trim: 0, contentFirst: s.from, contentLast: s.to - 1 };
      }
      // "Then, last week, Taylor Swift posted on Twitter …": words of time before the subject say when, not what.
      if (onlyTimeWords(c, s.from, pre)) return { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
      // "The middle one-fifth paid 8.9 percent, the agency said in a June report, and those in the bottom fifth …
      // paid 0.8 percent": a clause joined by ", and" after the tail is said too, and the whole sentence is the content.
      return { speaker: sp, side: 'before', trim: 0, contentFirst: s.from, contentLast: andClauseAfter(c, s, after) || goesOnAfterColon(c, s, after) ? s.to - 1 : pre };
    }
  }
  return { speaker: sp, side: 'after', trim: 0, contentFirst: last + 1, contentLast: s.to - 1 };
}

/** Words that may follow the verb of a gapped relative clause that ends there: an adjunct's preposition or time. */
const GAP_CLOSERS = new Set(['on', 'in', 'at', 'during', 'for', 'with', 'from', 'before', 'after', 'when', 'as', 'last', 'this', 'since']);
const GAP_DETERMINERS = new Set(['a', 'an', 'the', 'these', 'those']);
const GAP_ADJUNCT_WORDS = 5;
/** "a deal she once supported", "the establishment he rails against", "the off-the-cuff style he prefers", "a fact he
 *  frequently mentions on the campaign trail": a relative clause with its object gapped says the noun before it, its
 *  determiner to its end, when nothing but an adjunct or the sentence's end follows the verb (a clause after it, "a step
 *  they believe could help …", is the embedded verb's). Null when that does not apply. Train: 8 statements, 6 right;
 *  dev unchanged. */
function gappedObjectFrame(c: Context, s: Sentence, sp: TokenSpan, last: number): Orientation | null {
  const after = last + 1;
  if (after < s.to && (opensQuote(c, after) || (isWord(c, after) && !GAP_CLOSERS.has(word(c, after))))) return null;
  // The adjunct closes the clause within a few words ("mentions on the campaign trail."); "the companies he listed on his
  // financial records that have outsourced jobs" goes on.
  let end = after;
  while (end < s.to && end - after <= GAP_ADJUNCT_WORDS && isWord(c, end) && c.regionOf[end]! < 0) end++;
  if (end - after > GAP_ADJUNCT_WORDS) return null;
  let det = sp.first - 1;
  while (det > s.from && det >= sp.first - 3 && !(isWord(c, det) && GAP_DETERMINERS.has(word(c, det)))) det--;
  if (!isWord(c, det) || !GAP_DETERMINERS.has(word(c, det))) return null;
  // "from those whose views we fundamentally disagree" (a saved page): a relative word of its own opens another clause.
  for (let k = det + 1; k < sp.first; k++) if (isWord(c, k) && ASIDE_RELATIVES.has(word(c, k))) return null;
  return { speaker: sp, side: 'before', trim: 0, contentFirst: det, contentLast: sp.first - 1 };
}

/** Verbs that take a noun of saying as their object ("took multiple swipes at", "made other public promises", "gave a
 *  few hints", "delivered an impassioned defense of", "pinned his hopes on"): the noun's statement is the verb's
 *  subject's. */
const LIGHT_VERBS = new Set(['took', 'take', 'takes', 'taking', 'made', 'make', 'makes', 'gave', 'give', 'gives', 'offered', 'offer', 'offers',
  'reserved', 'shared', 'voiced', 'expressed', 'issued', 'lodged', 'leveled', 'levelled', 'renewed', 'repeated', 'drew', 'dished',
  'delivered', 'delivers', 'deliver', 'delivering', 'heaped', 'heaps', 'raised', 'raises', 'cast', 'casts', 'pinned', 'aimed', 'set', 'sets',
  'holds', 'held', 'left', 'put']);
/** "Trump also took multiple swipes at …", "Trump has repeatedly made other public promises to give …", "He even gave a
 *  few hints of …": before a noun cue, lower-case modifiers right after a light verb are no speaker (subjectBefore
 *  reads "multiple", "other public", "a few" as one, since training saw those words in speakers); the light verb's
 *  subject is, when it is a name or a pronoun. Null when that does not apply. Train: 4 statements in 4 documents made
 *  right, none lost; dev unchanged. */
function subjectOfLightVerb(c: Context, s: Sentence, sp: TokenSpan, first: number): TokenSpan | null {
  if (sp.last !== first - 1) return null;
  for (let k = sp.first; k <= sp.last; k++) if (!isWord(c, k) || c.t.cap[k] || PRONOUNS.has(word(c, k))) return null;
  if (sp.first - 1 < s.from || !LIGHT_VERBS.has(word(c, sp.first - 1))) return null;
  let f = sp.first - 1;
  while (f - 1 > s.from && f > sp.first - 4 && isWord(c, f - 1) && !c.t.cap[f - 1] && (isAux(word(c, f - 1)) || SUBJECT_ADVERBS.has(word(c, f - 1)))) f--;
  const subj = subjectBefore(c, f, s.from);
  return subj && endsNamedOrPronoun(c, subj) ? subj : null;
}

/** "Cruz made an unprompted call for …", "Donald Trump has delivered an impassioned defense of …", "Both Justin Trudeau
 *  and Peña Nieto gave diplomatic assurances that …", "Bush pinned his hopes on …": when no subject stands right before
 *  a noun cue, one to three lower-case modifiers (no "to", no clause opener, no -ing word) may lead back to a light
 *  verb, whose subject speaks when it is a name or a pronoun. Train: 20 statements, 15 right (net +13 right for +16
 *  predicted); dev unchanged. */
function subjectOfLightVerbBefore(c: Context, s: Sentence, first: number): TokenSpan | null {
  let v = first - 1;
  while (v > s.from && v > first - 4 && isWord(c, v) && !c.t.cap[v] && !PRONOUNS.has(word(c, v)) && !LIGHT_VERBS.has(word(c, v)) &&
    word(c, v) !== 'to' && !CLAUSE_OPENERS.has(word(c, v)) && !word(c, v).endsWith('ing')) v--;
  if (v <= s.from || v === first - 1 || !isWord(c, v) || !LIGHT_VERBS.has(word(c, v))) return null;
  let f = v;
  while (f - 1 > s.from && f > v - 3 && isWord(c, f - 1) && !c.t.cap[f - 1] && (isAux(word(c, f - 1)) || SUBJECT_ADVERBS.has(word(c, f - 1)))) f--;
  const subj = subjectBefore(c, f, s.from);
  return subj && endsNamedOrPronoun(c, subj) ? subj : null;
}

/** "She urged the administration to join …, proposed that more forces be left in Iraq, and pushed to …", "Biden
 *  complained about …, mocked the Republican Party …, and made it clear that …": a past-tense cue after a comma, in a
 *  list of verb phrases that ", and" closes later in the sentence, shares the sentence's subject (a name or a pronoun)
 *  when it has none of its own. Train: 8 statements change, 5 right added, 1 right lost (a content cut at the next
 *  list verb), net +4 right for +5 predicted; dev unchanged. */
function listedVerbSubject(c: Context, s: Sentence, cue: Cue, w: string): TokenSpan | null {
  const { first } = cue;
  if (first !== cue.head || first - 1 <= s.from || punct(c, first - 1) !== ',' || !w.endsWith('ed')) return null;
  // The list's ", and" comes after the cue, and none before it (that one would have closed the list already).
  let closed = false;
  for (let k = first + 1; k + 1 < s.to && !closed; k++) closed = punct(c, k) === ',' && isWord(c, k + 1) && word(c, k + 1) === 'and';
  if (!closed) return null;
  for (let k = s.from; k + 1 < first; k++) if (punct(c, k) === ',' && isWord(c, k + 1) && word(c, k + 1) === 'and') return null;
  const subj = sentenceSubject(c, s, first - 1);
  return subj && endsNamedOrPronoun(c, subj) && subj.last < first - 2 ? subj : null;
}

/** Do at most ten words of adjunct from token `from` end at ", and" before another word (a second clause of the
 *  statement, not the narrator's)? Not ", but" / ", while": those mostly open the writer's own contrast. */
/** "These were not omissions by oversight, Brafman noted; the government had deliberately slanted …", "A number of
 *  factors make a Rubio surge unlikely, insiders said: Trump’s overwhelming lead …": a semicolon or colon right after
 *  a tail's cue goes on with what was said, and the whole sentence is the content (train gold runs on 8 times of 9). */
function goesOnAfterColon(c: Context, s: Sentence, after: number): boolean {
  return after + 1 < s.to && (punct(c, after) === ';' || punct(c, after) === ':') && (isWord(c, after + 1) || opensQuote(c, after + 1));
}

function andClauseAfter(c: Context, s: Sentence, from: number): boolean {
  const k = commaAfterWords(c, s, from, 10);
  return k >= 0 && isWord(c, k + 1) && word(c, k + 1) === 'and' && isWord(c, k + 2) && c.regionOf[k + 2]! < 0;
}

/** The comma that ends a run of at most `maxWords`+1 words from token `from` (two tokens before the sentence's end at
 *  the latest), or -1: another mark or a quotation first, or no comma in reach. */
function commaAfterWords(c: Context, s: Sentence, from: number, maxWords: number): number {
  for (let k = from; k + 2 < s.to && k - from <= maxWords; k++) {
    if (c.regionOf[k]! >= 0) return -1;
    if (isWord(c, k)) continue;
    return punct(c, k) === ',' ? k : -1;
  }
  return -1;
}

/** A subject that ends on a name or a subject pronoun ("Trump", "the Obama administration's Josh Earnest", "he"). */
/** "The group also plans to run ads …", "The securities analyst decided to fight back", "All five of the Republican
 *  candidates would like to shrink …", "And yet, across most of Europe, voters want to …": a lower-case noun phrase that
 *  opens the sentence, or its clause after a comma (orient then keeps it only as the first frame), and ends right
 *  before the weak cue or its auxiliaries speaks it when its head is a word that heads speakers (SPEAKER_SHARE ≥
 *  HEAD_SHARE.min; not "The tax", not a relative "which"). Not a passive ("The campaign is intended to …") and not a
 *  base form after a singular head with no auxiliary ("The latest plan to …": "plan" is a noun there). Train: 6 of 9
 *  right, dev 2 of 2 (orient19's rule for any lower-case subject was 8 of 32). */
function openingNounSubject(c: Context, s: Sentence, sp: TokenSpan, at: number, cue: Cue): boolean {
  const head = word(c, sp.last);
  if ((sp.first !== s.from && punct(c, sp.first - 1) !== ',') || sp.last !== at - 1 || head === 'which' || head === 'that' || (SPEAKER_SHARE.get(head) ?? 0) < HEAD_SHARE.min) return false;
  for (let k = at; k < cue.first; k++) if (BE_FORMS.has(word(c, k))) return false;
  const verb = word(c, cue.head);
  return at < cue.first || verb.endsWith('s') || verb.endsWith('ed') || head.endsWith('s');
}

function endsNamedOrPronoun(c: Context, sp: TokenSpan): boolean {
  return c.t.cap[sp.last] !== 0 || CLAUSE_SUBJECTS.has(word(c, sp.last));
}

/** Does the clause after a tail's cue (from `after`) close the sentence with ", according to …" after a few words of
 *  adjunct ("said at a press conference, according to the Las Vegas Sun")? */
export function accordingTailAfter(c: Context, s: Sentence, after: number): boolean {
  const k = commaAfterWords(c, s, after, 12);
  return k >= 0 && isWord(c, k + 1) && word(c, k + 1) === 'according' && word(c, k + 2) === 'to';
}

/** "If Trump's plan rejected single mothers, …", "asked workers if they planned to attend", "unclear whether he thinks
 *  …": a subject right after a word that opens a condition or an open question ("if", "whether") or a time still to
 *  come ("until") says what someone might say or think, not what they said (10 of 40 such frames right on train). So
 *  does one after an embedded "how" ("a fresh debate over how the United States responds to …"), but not in a
 *  headline opening with it ("How Paul Ryan Thinks About Donald Trump"). */
function inHypotheticalClause(c: Context, s: Sentence, sp: TokenSpan): boolean {
  const k = sp.first - 1;
  if (k < s.from || !isWord(c, k)) return false;
  const w = word(c, k);
  return HYPOTHETICAL_OPENERS.has(w) || (w === 'how' && k > s.from);
}
const HYPOTHETICAL_OPENERS = new Set(['if', 'whether', 'until']);

/** "a surefire forecast of", "a vacancy arose", "a rapid rejection of": an indefinite article and one lower-case word
 *  training never saw in a speaker, right before the cue, is a thing or the cue noun's modifier, not someone who
 *  speaks (5 of 31 such frames right on train: "a voiceover recites", "a quiz asked"). */
function indefiniteThing(c: Context, sp: TokenSpan, cueFirst: number): boolean {
  if (sp.last !== cueFirst - 1 || sp.first !== sp.last - 1 || c.t.cap[sp.last]) return false;
  const article = word(c, sp.first);
  return (article === 'a' || article === 'an') && (SPEAKER_SHARE.get(word(c, sp.last)) ?? 0) < HEAD_SHARE.min;
}

/** "clear that large majorities of Americans agreed with Trump", "The plans that countries offered in Paris": a subject
 *  right after "that" opens a complement or a relative clause, seldom a statement of its own unless its verb is a
 *  verb of saying ("a finish that he said defied expectations"; below cue share 0.8, 17 of 85 such frames right on
 *  train). "now that" and "is that" are left alone: "now that Cruz has endorsed Trump", "The worst part is that he
 *  doesn't even believe it" are marked (dev 2 of 2, train 2 of 4). */
function clauseAfterThat(c: Context, s: Sentence, sp: TokenSpan, cue: Cue): boolean {
  const that = sp.first - 1;
  if (that - 1 < s.from || !isWord(c, that) || word(c, that) !== 'that' || (CUE_SHARE.get(word(c, cue.head)) ?? 0) >= SAYING_SHARE) return false;
  return !(isWord(c, that - 1) && THAT_CONJUNCTIONS.has(word(c, that - 1)));
}
const SAYING_SHARE = 0.8;
const THAT_CONJUNCTIONS = new Set(['now', 'is', 'was']);

/** "Taylor Swift posted on Twitter accusing …", "the Electoral Commission, …, issued a statement warning that …": a
 *  participle after a verb's object or phrase modifies the verb, so its speaker is that verb's subject, not
 *  the words before the participle. The verb is a lower-case word more often a cue than a speaker word, opening the
 *  words read as the subject or right after a name (or any -ed word), as in endBeforeVerb, with words after it
 *  ("the Trump release announcing …" ends on a noun). An object that can act is the participle's own subject:
 *  "Depositions … quote Trump acknowledging …", "an account of Clinton telling …", "shows an officer aiming …". */
function subjectOfVerbBefore(c: Context, sp: TokenSpan, from: number): TokenSpan {
  if (objectActs(c, sp.last, sp.first)) return sp;
  // The first word of the words read as the subject may be the verb too: nothing before it makes it a noun.
  const w = word(c, sp.first);
  const firstIsVerb = sp.first < sp.last && isWord(c, sp.first) && !c.t.cap[sp.first] && (CUE_SHARE.get(w) ?? 0) > (SPEAKER_SHARE.get(w) ?? 0);
  let verb = firstIsVerb ? sp.first : likelyVerbIn(c, sp.first + 1, sp.last - 1);
  // "The St. Paul City Council on Wednesday approved a resolution condemning …", "Sanders started a petition this week
  // calling on …": the verb stands right before the object (a subject does not run across an -ed verb after a name).
  const before = sp.first - 1;
  if (verb < 0 && before > from && isWord(c, before) && !c.t.cap[before] && word(c, before).endsWith('ed')) verb = before;
  // "His office put out a statement saying …", "The Cruz campaign sent a fundraising email Wednesday saying …", "Her
  // campaign quickly blasted out an email to supporters stating …": a sending verb whose past has no -ed, or any verb
  // with its particle, before the document (train gold: the sender speaks 36 times of 37).
  if (verb < 0 && before > from && isWord(c, before) && !c.t.cap[before]) {
    const b = word(c, before);
    if (SENDING_VERBS.has(b)) verb = before;
    else if ((b === 'out' || b === 'off') && before - 1 > from && isWord(c, before - 1) && !c.t.cap[before - 1]) verb = before - 1;
  }
  return verb < 0 ? sp : subjectBefore(c, verb, from) ?? sp;
}
/** Verbs that send a document out whose past tense does not end in -ed. */
const SENDING_VERBS = new Set(['sent', 'sends', 'wrote', 'writes']);

/** The share of cue uses from which a participle is one of saying ("saying" 0.83, "arguing", "reiterating"). */
const PARTICIPLE_OF_SAYING = 0.8;

/** The named or pronoun subject of the lower-case -ed verb at most eight words before token `first` (the words between
 *  are its object), or null. */
function subjectOfObjectVerb(c: Context, s: Sentence, first: number): TokenSpan | null {
  let k = first - 1;
  while (k > s.from && first - k <= 9 && isWord(c, k) && !(word(c, k).endsWith('ed') && !c.t.cap[k])) k--;
  if (k <= s.from || k === first - 1 || !isWord(c, k) || !word(c, k).endsWith('ed') || c.t.cap[k]) return null;
  const sp = subjectBefore(c, k, s.from);
  return sp && endsNamedOrPronoun(c, sp) ? sp : null;
}

/** Does the noun phrase ending at `last` name someone who can act (a name or a noun of people) as the direct object
 *  or the "of" phrase of a verb, rather than the place of an adjunct ("on Twitter", "in Iowa")? */
function objectActs(c: Context, last: number, from: number): boolean {
  if (!isWord(c, last) || !(c.t.cap[last] || isPersonNoun(word(c, last)))) return false;
  let k = last - 1;
  while (k >= from && isWord(c, k) && (c.t.cap[k] || ARTICLES_AND_POSSESSIVES.has(word(c, k)))) k--;
  return !(k >= from && isWord(c, k) && ADJUNCT_PREPOSITIONS.has(word(c, k)));
}
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'from', 'to', 'with', 'via', 'through', 'during', 'into']);

/** Are the tokens from `from` up to `end` (exclusive) only time words, openers like "then" and commas? */
function onlyTimeWords(c: Context, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    if (!isWord(c, k)) { if (punct(c, k) !== ',') return false; continue; }
    const w = word(c, k);
    if (!(INTRO_OPENERS.has(w) || DAYS.has(w) || PERIODS.has(w) || PERIOD_OPENERS.has(w) || MONTHS.has(w))) return false;
  }
  return true;
}

const FINITE_SIGNS = new Set([...FINITE_AUXILIARIES, 'he', 'she', 'they', 'we', 'i']);
const ASIDE_RELATIVES = new Set(['where', 'which', 'who', 'when', 'whose']);
/** Words that stand alone before a passive's cue without being a thing said ("As reported by …", "and accused by …"). */
const LONE_LEADS = new Set(['as', 'and', 'but', 'or', 'a', 'an', 'the']);

/** Words that open the question after "asked by X". */
const QUESTION_OPENERS = new Set(['whether', 'if', 'about', 'to', 'why', 'how', 'what']);

/** The question "asked by X whether/if/about/to …" puts: from after the asker to the clause's comma, or the sentence's
 *  end; null when no question opener follows the asker. */
function askedByFrame(c: Context, s: Sentence, asker: TokenSpan): Orientation | null {
  const first = asker.last + 1;
  if (first >= s.to || !isWord(c, first) || !QUESTION_OPENERS.has(word(c, first))) return null;
  let last = first;
  while (last + 1 < s.to && (c.regionOf[last + 1]! >= 0 || punct(c, last + 1) !== ',')) last++;
  while (last > first && !isWord(c, last) && c.regionOf[last]! < 0) last--;
  return { speaker: asker, side: 'after', trim: 0, contentFirst: first, contentLast: last };
}
const PASSIVE_AUX = new Set(['be', 'been', 'being', 'not', 'also', 'never', 'first']);
/** Does the stretch from..to hold a finite verb or a subject pronoun, a clause rather than a noun phrase? */
function clauseIn(c: Context, from: number, to: number): boolean {
  // The passive's own auxiliaries ("was being told by") are not a clause of the thing's.
  let end = to;
  while (end >= from && isWord(c, end) && !CLAUSE_SUBJECTS.has(word(c, end)) && (FINITE_SIGNS.has(word(c, end)) || PASSIVE_AUX.has(word(c, end)))) end--;
  for (let k = from; k <= end; k++) if (isWord(c, k) && FINITE_SIGNS.has(word(c, k))) return true;
  return false;
}

/** How many word tokens lie in from..to. */
function wordsIn(c: Context, from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to; k++) if (isWord(c, k)) n++;
  return n;
}

/** Does a ", who" or ", whose" clause follow token `k`? */
function relativeAfter(c: Context, k: number): boolean {
  return punct(c, k + 1) === ',' && isWord(c, k + 2) && (word(c, k + 2) === 'who' || word(c, k + 2) === 'whose');
}

/** The last token before the first comma of a subject that holds one, or -1. */
function headBeforeComma(c: Context, sp: TokenSpan): number {
  for (let k = sp.first + 1; k <= sp.last; k++) if (punct(c, k) === ',') return isWord(c, k - 1) ? k - 1 : -1;
  return -1;
}

/** The frame a coordinated verb continues: the last one, unless its speaker sits inside an earlier frame's content
 *  ("Theresa May said this week that the country would formally declare … and suggested that …": the country's frame
 *  is nested in May's, who suggested). Participles keep the last frame (the same choice for them: train −6
 *  matched, dev −1). */
function outerFrame(c: Context, earlier: readonly Orientation[]): Orientation | null {
  let k = earlier.length - 1;
  if (k < 0) return null;
  for (let j = k - 1; j >= 0; j--) {
    const sp = earlier[k]!.speaker, e = earlier[j]!;
    // "China said it is committed to …, while the city’s police deny accusations … and say they show restraint": a
    // subject after "while" or "whereas" opens a clause of its own, and the verbs coordinated with it are its own.
    if (sp && sp.first > 0 && isWord(c, sp.first - 1) && CONTRAST_OPENERS.has(word(c, sp.first - 1))) break;
    if (sp && e.side === 'after' && e.contentFirst <= sp.first && sp.last <= e.contentLast) k = j;
  }
  return earlier[k]!;
}
const CONTRAST_OPENERS = new Set(['while', 'whereas']);

/** "Protest groups say the restrictions are less for safety than to minimize their visibility, and the American Civil
 *  Liberties Union of Ohio has already sued the city over the rules, saying …", "It’s a big if, but Sanders was in San
 *  Diego on Tuesday night, …, emphasizing …": a clause joined by "and"/"but" after the frame or subject the participle
 *  would take, with a subject of its own (a name or "the …") and a finite verb, is the clause the participle hangs
 *  on, and its subject speaks. The last such clause in from..before; null when there is none (train: 2 statements in
 *  2 documents made right, none lost; dev unchanged). */
function joinedClauseSubject(c: Context, from: number, before: number): TokenSpan | null {
  for (let k = before - 2; k > from; k--) {
    if (!isWord(c, k) || c.t.cap[k] || (word(c, k) !== 'and' && word(c, k) !== 'but')) continue;
    if (!c.t.cap[k + 1] && word(c, k + 1) !== 'the') continue;
    const np = speakerAfter(c, k + 1, before);
    if (!np || np.last + 1 >= before || !isWord(c, np.last + 1) || c.t.cap[np.last + 1]) continue;
    const v = word(c, np.last + 1);
    if (v.endsWith('ed') || v === 'has' || v === 'had' || isAux(v)) return np;
  }
  return null;
}

/** Is token `k` (before `to`) a lower-case past-tense verb or an auxiliary ("fired", "won", "has", "also")? */
function pastOrAux(c: Context, k: number, to: number): boolean {
  if (k >= to || !isWord(c, k) || c.t.cap[k]) return false;
  const v = word(c, k);
  return v.endsWith('ed') || v === 'has' || v === 'had' || IRREGULAR_PASTS.has(v) || isAux(v);
}

/** Words that open a sentence's fronted adverbial clause or phrase, whose subject is not the main clause's. */
const FRONTED_OPENERS = new Set([...SUBORDINATORS, 'whenever', 'as', 'ever', 'years', 'months', 'weeks', 'days']);

/** "When Maddow pointed out that …, Clinton seized upon the reference, repeating …", "In a September debate, while
 *  most of his competitors called for …, Trump hewed more to …, noting": a speaker inside a fronted adverbial clause
 *  (opened by a subordinator, an -ing or -ly word) is not the main clause's, whose subject comes after a comma
 *  (outside quotations, or closing one) with a finite verb. That subject, when it stands before `before`; else null.
 *  Also for coordinated verbs ("Last month, when I asked …, he looked …, furrowed his brow and said"). Train: 8
 *  statements in 6 documents made right, none lost; dev unchanged. */
function mainClauseAfterFronted(c: Context, s: Sentence, sp: TokenSpan, before: number): TokenSpan | null {
  let open = sp.first - 1;
  while (open >= s.from && isWord(c, open) && !c.t.cap[open] && !FRONTED_OPENERS.has(word(c, open)) && sp.first - open < 3) open--;
  if (open < s.from || !isWord(c, open)) {
    open = s.from;
    if (!isWord(c, open)) return null;
  }
  const w = word(c, open);
  if (!FRONTED_OPENERS.has(w) && !(open === s.from && sp.first === s.from && (w.endsWith('ing') || w.endsWith('ly')))) return null;
  // Only at the sentence's start, or after a short opening phrase and its comma ("Last month, when I asked …").
  if (open > s.from && !(punct(c, open - 1) === ',' && open - 1 - s.from <= 6) && !(open - s.from <= 3 && wordsIn(c, s.from, open - 1) === open - s.from)) return null;
  // The speaker inside that clause: no comma between its opener and the speaker ("When asked …, Clinton said" is the
  // main clause's).
  for (let k = open + 1; k < sp.first; k++) if (punct(c, k) === ',') return null;
  for (let k = sp.last + 1; k < before - 1; k++) {
    if (punct(c, k) !== ',') continue;
    // A comma closing a quotation ("… as “Medicare for all,” Clinton seized …") closes the clause too.
    const f = c.regionOf[k]! < 0 ? k + 1 : closesQuote(c, k + 1) ? k + 2 : -1;
    if (f < 0) continue;
    if (!isWord(c, f)) continue;
    if (CLAUSE_SUBJECTS.has(word(c, f))) {
      if (pastOrAux(c, f + 1, before)) return { first: f, last: f };
      continue;
    }
    if (!c.t.cap[f]) continue;
    let np = speakerAfter(c, f, before);
    if (!np) continue;
    for (let j = np.first + 1; j <= np.last; j++) if (c.t.cap[j - 1] && pastOrAux(c, j, before)) { np = { first: np.first, last: j - 1 }; break; }
    if (pastOrAux(c, np.last + 1, before)) return np;
  }
  return null;
}

const SUBORDINATE_JOINERS = new Set(['as', 'when', 'while', 'where', 'whereas']);
const CLAUSE_JOINERS = new Set(['and', 'but', ...SUBORDINATE_JOINERS]);

/** Marks that close a subordinate clause: a comma, a semicolon, a dash or a bracket. */
const CLAUSE_BREAKS = new Set([',', ';', '—', '–', '―', '-', '(', ')']);

/** Does a subject span join two noun phrases with "and"? */
function hasAnd(c: Context, sp: TokenSpan): boolean {
  for (let k = sp.first; k <= sp.last; k++) if (isWord(c, k) && word(c, k) === 'and') return true;
  return false;
}

/** Is there a clause break among tokens from..to (inclusive)? */
function breakIn(c: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (CLAUSE_BREAKS.has(punct(c, k))) return true;
  return false;
}

/** "Christie unleashed withering attacks …, and the New Jersey governor tripped up Rubio by calling …", "The Louisville
 *  crowd cheered when Trump spotted a sign in the crowd and asked …", "Donald Trump painted … as he accepted the
 *  nomination here Thursday night, delivering …": the verbs after a later clause with a subject of its own (a pronoun,
 *  a name or a "the" phrase) and a finite verb go on from that clause. The subject of the last such clause in
 *  from..before-1, opened by "and"/"but", a subordinator or a semicolon; null when there is none. Train: 9 statements
 *  in 9 documents made right, none lost, speaker exact +8; dev unchanged. */
function laterClauseSubject(c: Context, subject: TokenSpan, before: number): TokenSpan | null {
  const from = subject.last + 1;
  for (let k = before - 2; k >= from; k--) {
    if (c.regionOf[k]! >= 0) continue;
    if (isWord(c, k) ? c.t.cap[k] || !CLAUSE_JOINERS.has(word(c, k)) : punct(c, k) !== ';') continue;
    const f = k + 1;
    if (!isWord(c, f)) continue;
    // A subordinate clause ends at a comma or a dash ("when the billionaire came under attack earlier this year, and
    // has also not answered", dev "- where the National Football League's Charlotte Panthers played … - while chanting").
    if (isWord(c, k) && SUBORDINATE_JOINERS.has(word(c, k)) && breakIn(c, f, before - 1)) continue;
    if (CLAUSE_SUBJECTS.has(word(c, f))) {
      // "Mr. Rubio's father and mother married in Cuba when they were young and arrived …, hoping": a "they" after
      // a coordinated subject is that pair, which train gold names in full.
      if (word(c, f) === 'they' && hasAnd(c, subject)) continue;
      if (finiteAt(c, f + 1, before)) return { first: f, last: f };
      continue;
    }
    if (!c.t.cap[f] && word(c, f) !== 'the') continue;
    let np = speakerAfter(c, f, before);
    if (!np || np.first === np.last && !c.t.cap[np.first]) continue;
    for (let j = np.first + 1; j <= np.last; j++) if (finiteAt(c, j, before)) { np = { first: np.first, last: j - 1 }; break; }
    let comma = false;
    for (let j = np.first; j <= np.last; j++) if (!isWord(c, j) && punct(c, j) !== '.') comma = true;
    if (!comma && finiteAt(c, np.last + 1, before)) return np;
  }
  return null;
}

/** Is token `k` (before `to`) a finite verb: past, auxiliary, or a present in -s more often a cue than a speaker word? */
function finiteAt(c: Context, k: number, to: number): boolean {
  if (pastOrAux(c, k, to)) return true;
  if (k >= to || !isWord(c, k) || c.t.cap[k]) return false;
  const v = word(c, k);
  return v.endsWith('s') && !v.endsWith('ss') && !v.endsWith('us') && (CUE_SHARE.get(v) ?? 0) > (SPEAKER_SHARE.get(v) ?? 0);
}

/** Is the speaker a relative pronoun with no comma before it ("an architect who said …")? */
function restrictiveRelative(c: Context, sp: TokenSpan | null): boolean {
  if (!sp || sp.first !== sp.last || sp.first === 0) return false;
  const w = word(c, sp.first);
  return (w === 'who' || w === 'which' || w === 'that') && isWord(c, sp.first - 1);
}

/** Pronouns that open a reported clause about its own speaker ("Perdue said he didn't believe …"). */
const REPORTED_PRONOUNS = new Set(['he', 'she', 'they']);

/** The frame a participle after a comma continues, from earlier[k] (the last one that is not nominal): that frame,
 *  unless its speaker is a pronoun that opens an earlier frame's content (right after the cue or after "that"). Then
 *  the pronoun's clause is what the earlier speaker said, and the participle is theirs: "Sen. David Perdue (R-Ga.) said
 *  he didn't believe those characterizations did Romney in in 2012, arguing that …", "Carson said he plans to preview
 *  a strategy …, insisting that …" (train: 2 statements in 2 documents made right, dev 1, none lost). A
 *  coordinated verb climbs further (outerFrame); participles climbing as far lost statements (train −6). */
function reportedPronounFrame(c: Context, earlier: readonly Orientation[], k: number): Orientation {
  const last = earlier[k]!, sp = last.speaker;
  if (!sp || sp.first !== sp.last || !REPORTED_PRONOUNS.has(word(c, sp.first))) return last;
  for (let j = k - 1; j >= 0; j--) {
    const e = earlier[j]!;
    if (e.side === 'after' && e.speaker && (e.contentFirst === sp.first || (e.contentFirst === sp.first - 1 && word(c, e.contentFirst) === 'that')) && sp.last <= e.contentLast) return e;
  }
  return last;
}

// Not after/before, which also open clauses ("After the appeals court refused to reconsider the decision, …").
const OPENING_PREPOSITIONS = new Set(['in', 'at', 'during', 'on', 'with', 'from', 'for', 'by']);

/** Is a frame's subject the noun phrase of a sentence-opening prepositional phrase ("In a statement …") whose comma
 *  closes a few words after the cue (`last`)? */
function inOpeningPhrase(c: Context, s: Sentence, sp: TokenSpan, last: number): boolean {
  if (sp.first !== s.from + 1 || !isWord(c, s.from) || !OPENING_PREPOSITIONS.has(word(c, s.from))) return false;
  if (!isWord(c, sp.first) || !ARTICLES_AND_POSSESSIVES.has(word(c, sp.first))) return false;
  for (let k = last + 1; k < s.to && k <= last + 5; k++) {
    if (punct(c, k) === ',') return true;
    if (!isWord(c, k)) return false;
  }
  return false;
}

/** Verbs and adjectives that take the cue as their infinitive: "he used to boast that …", "Sexton was quick to point
 *  out that …", "He continues to insist that …", "Sullivan had to explain …"; verbs of trying, failing and pausing too
 *  ("she struggled to demonstrate that …", "Hillary failed to mention …", "Trump's campaign was late to recognize …"). */
const INFINITIVE_TAKERS = new Set(['used', 'tried', 'tries', 'try', 'continue', 'continues', 'continued', 'began', 'begins', 'begin',
  'started', 'starts', 'had', 'has', 'have', 'need', 'needs', 'needed', 'managed', 'going', 'quick', 'eager', 'careful', 'able',
  'unable', 'willing', 'ready', 'happy', 'glad', 'proud', 'keen', 'determined', 'prepared', 'poised', 'set',
  'begun', 'trying', 'failed', 'fails', 'fail', 'struggled', 'struggles', 'paused', 'sought', 'late']);
/** Verbs that take the cue as their gerund: "began dismissing", "started asking", "kept asking", "stopped insulting". */
const GERUND_TAKERS = new Set(['began', 'begun', 'begin', 'begins', 'started', 'start', 'starts', 'kept', 'keep', 'keeps',
  'continued', 'continue', 'continues', 'stopped', 'stop', 'stops', 'resumed', 'resume', 'resumes']);
/** Verbs that link a subject to an adjective cue: "labor leaders remain confident that …", "I am glad …". */
const LINKING_VERBS = new Set(['am', 'remain', 'remains', 'remained', 'became', 'become', 'becomes']);

/** The subject before a verb or adjective that takes the cue as its infinitive ("he used to boast", "Sexton was quick
 *  to point out", "Trump went on to promote"), or before a linking verb ("I am glad", "leaders remain confident"),
 *  with auxiliaries and adverbs between; null when there is none. */
function subjectBeforeInfinitive(c: Context, s: Sentence, first: number): TokenSpan | null {
  let f = first;
  if (f - 2 > s.from && isWord(c, f - 1) && word(c, f - 1) === 'to' && isWord(c, f - 2) && !c.t.cap[f - 2]) {
    // "Cruz is now trying to cast himself as …": a participle of trying after its "be" only; "Democrats spent the week
    // at their convention trying to underscore …" is the participle of a clause whose subject stands farther back.
    if (INFINITIVE_TAKERS.has(word(c, f - 2)) && (word(c, f - 2) !== 'trying' || beBefore(c, f - 2, s.from))) f -= 2;
    else if (word(c, f - 2) === 'on' && f - 3 > s.from && isWord(c, f - 3) && GO_FORMS.has(word(c, f - 3))) f -= 3; // "went on to endorse", "goes on to slam"
    // "Democrats were more likely to say …": a comparison of how often a group says it; "likely" alone predicts.
    else if (word(c, f - 2) === 'likely' && f - 3 > s.from && isWord(c, f - 3) && (word(c, f - 3) === 'more' || word(c, f - 3) === 'less')) f -= 3;
  }
  if (f === first && f - 1 > s.from && isWord(c, f - 1) && !c.t.cap[f - 1] && LINKING_VERBS.has(word(c, f - 1))) f--;
  // "the community immediately began calling for Emanuel to resign", "Sen. Ron Johnson kept asking her why …": a verb
  // of beginning, going on or stopping takes the cue as its gerund, and its subject is the cue's.
  if (f === first && f - 1 > s.from && isWord(c, f - 1) && !c.t.cap[f - 1] && GERUND_TAKERS.has(word(c, f - 1)) && word(c, first).endsWith('ing')) f--;
  if (f === first) return null;
  const stop = f - 3;
  while (f - 1 > s.from && f > stop && isWord(c, f - 1) && !c.t.cap[f - 1] && (isAux(word(c, f - 1)) || SUBJECT_ADVERBS.has(word(c, f - 1)))) f--;
  const sp = subjectBefore(c, f, s.from);
  // "it became resoundingly clear that …": an impersonal "it" says nothing (as in "It’s clear that …" above).
  return sp && sp.first === sp.last && word(c, sp.first) === 'it' ? null : sp;
}

const BE_ADVERBS = new Set(['now', 'also', 'still', 'already', 'not', 'just']);
/** Is there a form of "be" right before token k, an adverb or two between ("is now trying")? */
function beBefore(c: Context, k: number, from: number): boolean {
  for (let j = k - 1; j >= from && j >= k - 3 && isWord(c, j); j--) {
    if (BE_FORMS.has(word(c, j))) return true;
    if (!SUBJECT_ADVERBS.has(word(c, j)) && !BE_ADVERBS.has(word(c, j)) && !(word(c, j).length > 4 && word(c, j).endsWith('ly'))) return false;
  }
  return false;
}

/** The "to" right before a one-word cue that is its infinitive ("took to Twitter to accuse", "led allies to worry"),
 *  outside quotations and with at least two tokens before it, or -1. */
function infinitiveToBefore(c: Context, s: Sentence, cue: Cue): number {
  const to = cue.first - 1;
  return cue.first === cue.head && to - 2 >= s.from && isWord(c, to) && word(c, to) === 'to' && c.regionOf[to]! < 0 ? to : -1;
}

const NEGATIVE_IMPERATIVES = new Set(["don't", 'don’t']);

/** Sentence openers that no subject starts with ("There is …", "If …", "From pointing out …"). */
const NO_SUBJECT_OPENERS = new Set(['there', 'it', 'from', 'if', 'to', 'what', 'how', 'why']);

/** "Trump took to Twitter early Wednesday morning to continue his verbal assault on …", "Lanny Davis appeared on “Fox &
 *  Friends” to defend her", "Sanders took the stage Tuesday night to acknowledge his victory": an infinitive of purpose
 *  after the clause's verb phrase is its subject's, the sentence's first name or pronoun before it. */
function subjectOfPurpose(c: Context, s: Sentence, cue: Cue): TokenSpan | null {
  const to = infinitiveToBefore(c, s, cue);
  if (to < 0) return null;
  // The sentence opens with its subject, or with an opening phrase ("On Monday, Trump took to Twitter to …") and its
  // comma, and runs from the subject as one clause to the "to": after another comma, a dash or a quotation the words
  // before may be another clause's.
  const w0 = word(c, s.from);
  let from = s.from;
  if (INTRO_OPENERS.has(w0) || DAYS.has(w0) || PERIOD_OPENERS.has(w0)) {
    while (from < to && (isWord(c, from) || punct(c, from) === '.')) from++;
    if (punct(c, from) !== ',') return null;
    from++;
  }
  for (let k = from; k < to; k++) if (!isWord(c, k) && punct(c, k) !== '.' && punct(c, k) !== "'") return null;
  // The first conjunct alone, as before throughConjunct: this frame takes only a subject ending in a name or a pronoun
  // ("Uber and its supporters don’t seem to understand that …" kept its statement of "Uber").
  const sp = sentenceSubject(c, s, to, false, false);
  // Not a time phrase read as a name ("Last week Stumpf … appeared to blame": an opener with no comma after its
  // phrase, above), nor an opening word that no subject starts with ("There is …", "If …", "From pointing out …").
  const f0 = word(c, from);
  if (NO_SUBJECT_OPENERS.has(f0) || SUBORDINATORS.has(f0) || f0.endsWith('ing')) return null;
  if (!(sp && sp.first === from && !isPossessive(word(c, sp.last)) && endsNamedOrPronoun(c, sp))) return null;
  return subordinateSubject(c, sp.last + 1, to) ?? sp;
}

/** "Donald Trump is drawing criticism after he appeared to suggest …": a subordinate clause between the sentence's
 *  subject and the infinitive has its own subject pronoun, and the infinitive is that clause's. Returns the pronoun of
 *  the last such clause in from..to, or null. */
function subordinateSubject(c: Context, from: number, to: number): TokenSpan | null {
  for (let k = to - 2; k >= from; k--) {
    if (isWord(c, k) && SUBORDINATORS.has(word(c, k)) && isWord(c, k + 1) && CLAUSE_SUBJECTS.has(word(c, k + 1))) return { first: k + 1, last: k + 1 };
  }
  return null;
}

/** Subordinators that open an object clause ("question whether she truly opposes the deal and worry …"), not an
 *  adverbial one: the verbs after it stay the sentence's subject's. */
const COMPLEMENT_OPENERS = new Set(['whether', 'if']);

/** "Christie described Clinton as a “disgrace” after she attacked law enforcement officers nationwide and blamed
 *  police shootings on …": a verb coordinated inside an adverbial clause ("after", "when", "because" … and a subject
 *  pronoun, no punctuation up to the coordinator) shares that clause's pronoun, not the main clause's subject. Train:
 *  1 statement made right, 1 lost ("McConnell was quick to embrace the mogul after he clinched the nomination and said
 *  …"); dev 1 made right. Null when there is no such clause right before the coordinator at `coord`. */
function subordinateClauseSubject(c: Context, from: number, coord: number): TokenSpan | null {
  const sub = subordinateSubject(c, from, coord);
  if (!sub || COMPLEMENT_OPENERS.has(word(c, sub.first - 1))) return null;
  for (let k = sub.last + 1; k < coord; k++) if (!isWord(c, k) && punct(c, k) !== '.' && punct(c, k) !== "'" && punct(c, k) !== '’') return null;
  return sub;
}

/** Verbs that cause their object to act: "led DNC chairwoman Debbie Wasserman Schultz to announce …", "leaving many to
 *  wonder …"; "for" opens the same frame ("for Trump to say …"). */
const CAUSING_VERBS = new Set(['led', 'lead', 'leads', 'leading', 'prompted', 'prompt', 'prompts', 'prompting', 'forced', 'force', 'forces',
  'forcing', 'left', 'leave', 'leaves', 'leaving', 'caused', 'cause', 'causes', 'causing', 'allowed', 'allow', 'allows', 'allowing', 'got', 'get',
  'gets', 'getting', 'pushed', 'push', 'pushes', 'pushing', 'drove', 'drive', 'drives', 'driving', 'encouraged', 'encourage', 'encourages',
  'encouraging', 'pressed', 'press', 'pressing', 'pressured', 'spurred', 'inspired', 'compelled', 'for']);

/** Marks inside one mention ("Mr.", "O’Rourke", "Wasserman-Schultz"). */
const MENTION_MARKS = new Set(['.', "'", '’', '-']);

/** "has led some allies to worry whether …": the object of a causing verb speaks the infinitive after it, when the
 *  words between verb and "to" are one mention; not "cause people to be reluctant …", a state and no statement. */
function objectOfCause(c: Context, s: Sentence, cue: Cue): TokenSpan | null {
  const to = infinitiveToBefore(c, s, cue);
  if (to < 0) return null;
  if (word(c, cue.first) === 'be') return null;
  for (let v = to - 2; v >= s.from && v >= to - 8; v--) {
    if (c.regionOf[v]! >= 0) return null;
    if (!isWord(c, v)) { if (!MENTION_MARKS.has(punct(c, v))) return null; continue; }
    if (c.t.cap[v] || !CAUSING_VERBS.has(word(c, v))) continue;
    const sp = speakerAfter(c, v + 1, to);
    return sp && sp.first === v + 1 && sp.last === to - 1 ? sp : null;
  }
  return null;
}

/** Words that open an adverbial participle clause whose subject is the main clause's ("by saying", "after
 *  thanking", "while discussing") or coordinate a second participle ("calling them rapists and vowing"). */
/** Adverbs that sit between a subject and its verb but are not glued into cues. */
const SUBJECT_ADVERBS = new Set(['then', 'further', 'however', 'meanwhile', 'too', 'himself', 'herself', 'themselves', 'itself', 'alone', 'instead', 'separately', 'likewise', 'similarly', 'subsequently', 'ultimately', 'finally', 'eventually', 'immediately', 'soon', 'today', 'yesterday', 'tonight']);


/** Verbs of saying that put their speaker after them ("…, said X", "…, wrote X"). */
const INVERTING_VERBS = new Set(['said', 'says', 'say', 'asked', 'asks', 'added', 'adds', 'wrote', 'writes', 'explained', 'explains',
  'continued', 'noted', 'notes', 'recalled', 'recalls', 'replied', 'responded', 'argued', 'argues', 'insisted', 'insists', 'declared',
  'tweeted', 'stated', 'warned', 'reported', 'reports', 'cautioned', 'concluded', 'observed', 'quipped', 'joked', 'countered',
  'conceded', 'acknowledged', 'acknowledges']);

/** Verbs that put a label on something ("what he called …", "what she sees as …"). */
const LABEL_VERBS = new Set(['call', 'calls', 'called', 'describe', 'describes', 'described', 'termed', 'dubbed', 'labeled', 'labels',
  'see', 'sees', 'saw', 'considers', 'considered', 'regards', 'regarded', 'views', 'viewed']);

const OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them', 'me', 'us', 'you', 'this', 'that']);
const INDEFINITES = new Set(['a', 'an', 'one', 'another']);

/** Does the noun phrase at `k` open with an indefinite ("a super PAC", "A newly formed super PAC": up to three
 *  lower-case words may stand between the article and the phrase speakers.ts found)? */
function introducedAt(c: Context, k: number, from: number): boolean {
  for (let j = k; j >= from && j > k - 4; j--) {
    if (!isWord(c, j)) return false;
    if (INDEFINITES.has(word(c, j))) return true;
    if (j < k && c.t.cap[j]) return false;
  }
  return false;
}

/** A complementizer "that" within a few words after the cue, outside quotations, before any comma (or a quotation
 *  opening after one). */
function thatClauseAfter(c: Context, after: number, to: number): boolean {
  for (let k = after; k < to && k < after + 10; k++) {
    // `…, Canova wrote to his 20,000 Twitter followers, “It’s time …”`: a quotation after the cue's adjunct too.
    if (k > after && (punct(c, k) === ',' || punct(c, k) === ':') && k + 1 < to && opensQuote(c, k + 1)) return true;
    // A comma inside a number ("20,000") ends nothing.
    if (punct(c, k) === ',' && k > after && c.t.end[k - 1] === c.t.start[k] && k + 1 < to && c.t.end[k] === c.t.start[k + 1]) continue;
    if (c.regionOf[k]! >= 0 || punct(c, k) === ',' || punct(c, k) === ';') return false;
    if (isWord(c, k) && word(c, k) === 'that') return true;
  }
  return false;
}

/** "WASHINGTON (AP)", "CLEVELAND, July 19 (UPI)", "DECATUR, Ill.": capitalised words, digits and their punctuation
 *  only, before a dash. */
function isDateline(c: Context, from: number, end: number): boolean {
  if (end <= from) return false;
  for (let k = from; k < end; k++) {
    if (isWord(c, k)) { const ch = c.text.charCodeAt(c.t.start[k]!); if (!c.t.cap[k] && !(ch >= 48 && ch <= 57)) return false; continue; }
    if (![',', '.', '(', ')'].includes(punct(c, k))) return false;
  }
  return true;
}

const NOT_INFINITIVES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'him', 'them', 'me', 'us', 'you',
  'reporters', 'supporters', 'voters', 'journalists', 'members', 'students', 'donors', 'delegates', 'lawmakers', 'officials', 'this', 'that', 'these', 'those']);
/** "to" and a verb right after the cue ("agreed to republish", "declined to assail"), not an addressee ("said to reporters"). */
function infinitiveAfter(c: Context, after: number, to: number): boolean {
  return after + 1 < to && isWord(c, after) && word(c, after) === 'to' && isWord(c, after + 1) && !c.t.cap[after + 1] && !NOT_INFINITIVES.has(word(c, after + 1));
}


const PASSIVE_NEGATIONS = new Set(['not', 'never', 'also', 'first', 'later']);

/** A single-word cue in the passive voice: a participle ("asked", "shown", "charged") right after a form of "be",
 *  an -ly adverb between them allowed ("was mistakenly charged"). Word + preposition cues are not passives. "told" too:
 *  "The story of chaos is usually told like this:" (saved Quanta page), "Jokes are told" (train: 2 such frames, none
 *  right); and "found": "Three weeks before he died, Epstein had been found in his jail cell" (saved USA Today page),
 *  "Texas's law was found discriminatory" (train: 3 such frames dropped, none right). */
function isPassive(c: Context, cue: Cue, from: number): boolean {
  if (cue.prep || cue.according || cue.last !== cue.head) return false;
  const w = word(c, cue.head);
  if (!(w.endsWith('ed') || w.endsWith('en') || w.endsWith('wn') || w === 'told' || w === 'found')) return false;
  return beFormBefore(c, cue.head, from) >= 0;
}

/** The form of "be" before participle k ("was asked", "was mistakenly charged", "was not announced", "were never
 *  told"), or -1. */
export function beFormBefore(c: Context, k: number, from: number): number {
  let b = k - 1;
  if (b >= from && isWord(c, b) && ((word(c, b).length > 4 && word(c, b).endsWith('ly')) || PASSIVE_NEGATIONS.has(word(c, b)))) b--;
  return b >= from && isWord(c, b) && BE_FORMS.has(word(c, b)) ? b : -1;
}

/** Is the word at `verb` a past-tense verb whose subject is `own`: an -ed word (or a common irregular past), or a
 *  verb right after `own`, with no lower-case word before `own` that would make it an object ("considers the US biased")? A clause opener before
 *  it ("But the U.S. Court of Appeals … overruled and said") is no verb. */
function ownsFirstVerb(c: Context, own: TokenSpan, verb: number, from: number): boolean {
  const w = word(c, verb);
  // "Clinton has opened an Anchorage headquarters and recently unveiled": an auxiliary or an -ed word right after the
  // phrase shows it a subject whatever ends the first verb's object.
  // (The phrase may run on over that verb: "Clinton has opened an Anchorage" is cut at "has" later.)
  let verbAfter = false;
  for (let k = own.first + 1; k <= own.last + 1 && k < verb && !verbAfter; k++) verbAfter = isWord(c, k) && !c.t.cap[k] && (isAux(word(c, k)) || word(c, k).endsWith('ed'));
  if (!w.endsWith('ed') && !IRREGULAR_PASTS.has(w) && !verbAfter) return false;
  const b = own.first - 1;
  return b < from || !isWord(c, b) || c.t.cap[b] === 1 || CLAUSE_OPENERS.has(word(c, b));
}
const IRREGULAR_PASTS = new Set(['went', 'came', 'sat', 'stood', 'spoke', 'rose', 'left', 'ran', 'got', 'took', 'made', 'said', 'told',
  'wrote', 'thought', 'felt', 'knew', 'saw', 'heard', 'fought', 'won', 'lost', 'began', 'grew', 'held', 'met', 'sent', 'kept', 'broke']);

const QUANTIFIER_SUBJECTS = new Set(['some', 'most', 'many', 'another', 'others', 'few', 'several', 'both', 'none', 'majority']);

/** Lower-case words after which a noun phrase may still open its own clause ("… that Smith laughed and said"). */
const OWN_SUBJECT_LEADS = new Set(['that', 'and', 'but', 'or', 'so', 'yet', 'as', 'where', 'whereas', 'then']);

/** Does a lower-case word other than a clause's lead stand right before token `first`, so that the noun phrase there
 *  is the object of an earlier verb or preposition ("came to the vote-rich city of Mason City … and recounted",
 *  "acquiesced to the original Sanders demand and offered", "stood with other GOP leaders and urged")? */
function objectOfEarlierWord(c: Context, first: number, from: number): boolean {
  const k = first - 1;
  if (k < from || !isWord(c, k) || c.t.cap[k]) return false;
  const w = word(c, k);
  return !OWN_SUBJECT_LEADS.has(w) && !SUBORDINATORS.has(w);
}

/** Words that coordinate a second verb phrase with the same subject ("… but did note that …"). */
const VP_COORDINATORS = new Set(['and', 'but', 'or', 'yet']);
/** Verbs that put out a document whose words are then its sender's ("released a letter that says …", "A pro-Newt Gingrich
 *  PAC launched a mini-documentary and ad campaign that attacked …", "is releasing a new 30-second ad that urges …"). */
const RELEASING_VERBS = new Set(['released', 'releases', 'issued', 'issues', 'unveiled', 'unveils', 'releasing', 'issuing', 'unveiling', 'launched',
  'launches', 'launching', 'aired', 'airs', 'airing', 'ran', 'runs', 'running', 'published', 'publishes', 'posted', 'posts', 'tweeted', 'tweets', 'sent', 'sends']);

/** The subject of a releasing verb whose object (at most seven words, no punctuation) ends right before the relative
 *  "that" at token `rel`; null when there is none. The object needs no determiner ("The New York Times published
 *  records that showed …"). */
function publisherBefore(c: Context, s: Sentence, rel: number): TokenSpan | null {
  let verb = rel - 2;
  while (verb > s.from && rel - verb <= 9 && isWord(c, verb) && !RELEASING_VERBS.has(word(c, verb))) verb--;
  if (verb <= s.from || !isWord(c, verb) || !RELEASING_VERBS.has(word(c, verb))) return null;
  let f = verb;
  while (f - 1 > s.from && isWord(c, f - 1) && !c.t.cap[f - 1] && isAux(word(c, f - 1))) f--;
  const sp = subjectBefore(c, f, s.from);
  return sp && endsNamedOrPronoun(c, sp) ? sp : null;
}

/** How far into its sentence a coordinated weak cue still looks for the sentence's subject (tokens). */
const SUBJECT_REACH = 40;

/** Prepositions that open a sentence's phrase: their capitalized word is no subject ("Over the years, …"). */
const PREPOSITION_OPENERS = new Set(['over', 'along', 'after', 'before', 'in', 'on', 'at', 'during', 'since', 'for', 'with', 'under', 'by', 'from',
  'among', 'across', 'through', 'despite', 'amid']);

/** Words of a preposition that opens a sentence before a participle: "In rejecting a similar challenge …, the
 *  commission …", "In addition to stating that …, Clinton …", "Instead of calling himself conservative, Mr. Trump …". */
const FRONT_LEADS = new Set(['in', 'instead', 'of', 'addition', 'to', 'but', 'yet', 'and', 'after', 'before', 'while', 'by', 'despite',
  'without', 'when', 'upon', 'since', 'on']);

/** Do the tokens from the sentence's start to `before` (inclusive, at most four) all belong to such an opening? */
function frontedLead(c: Context, from: number, before: number): boolean {
  if (before < from || before - from > 3) return false;
  for (let k = from; k <= before; k++) if (!isWord(c, k) || c.t.cap[k] && k > from || !FRONT_LEADS.has(word(c, k))) return false;
  return true;
}

/** A subject pronoun other than "it" with a contracted auxiliary ("he’s", "they're", "who’d"). */
function isContractedSubject(w: string): boolean {
  const m = PRONOUN_CONTRACTION.exec(w);
  return m !== null && m[1] !== 'it';
}

export const PARTICIPLE_LEADS = new Set(['by', 'after', 'while', 'before', 'despite', 'without', 'when', 'upon', 'since', 'and', 'also']);

/** The relative "which"/"who" after a comma whose clause runs on, with no mark between, to the lead word at `lead`
 *  ("…, which tried to rally right-wing support by saying"), looking back no further than `from` or RELATIVE_REACH words. */
function relativeAround(c: Context, lead: number, from: number): TokenSpan | null {
  for (let k = lead - 1; k > from && k >= lead - RELATIVE_REACH; k--) {
    if (!isWord(c, k)) return null;
    const w = word(c, k);
    if ((w === 'which' || w === 'who') && punct(c, k - 1) === ',') return { first: k, last: k };
  }
  return null;
}
const RELATIVE_REACH = 15;

/** Does token `before` (just before a participle cue) open a participle clause: a comma, a dash, a quotation
 *  closed after its comma (`“…,” adding`), or a lead word? */
function opensParticipleClause(c: Context, before: number, from: number): boolean {
  if (before < from) return false;
  const p = punct(c, before);
  if (p === ',' || p === '—' || p === '–' || p === '―') return true;
  if (closesQuote(c, before)) return before - 1 >= from && punct(c, before - 1) === ',';
  return isWord(c, before) && !c.t.cap[before] && PARTICIPLE_LEADS.has(word(c, before));
}

/** Words after a tail's cue that still close the tail ("…, sources said on Tuesday", "…, officials said late Thursday"). */
/** Is there a colon among tokens from..end-1? (Called only for a quotation inside an opening phrase.) */
function colonBetween(c: Context, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (punct(c, k) === ':') return true;
  return false;
}

/** Connectives that link a sentence to the one before ("And, …", "Specifically, …"), and two-word ones ("For instance"). */
const CONNECTIVES = new Set(['and', 'but', 'so', 'yet', 'specifically', 'instead', 'meanwhile', 'still', 'however', 'moreover', 'indeed',
  'similarly', 'likewise', 'finally', 'separately', 'overall', 'ultimately']);
const CONNECTIVE_PAIRS = new Set(['for instance', 'for example', 'in fact', 'of course', 'in addition']);

/** Are the tokens from the sentence's start to before the comma at `comma` one connective? */
function connectiveOnly(c: Context, from: number, comma: number): boolean {
  if (comma === from + 1) return isWord(c, from) && CONNECTIVES.has(word(c, from));
  return comma === from + 2 && isWord(c, from) && isWord(c, from + 1) && CONNECTIVE_PAIRS.has(`${word(c, from)} ${word(c, from + 1)}`);
}

/** Sentence adverbs among the introductory openers: they open no phrase. */
const ADVERB_OPENERS = new Set(['still', 'however', 'meanwhile', 'instead', 'separately', 'overall', 'ultimately', 'now', 'then']);

const TAIL_CLOSERS = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'earlier', 'recently', 'later', 'late', 'early',
  'yesterday', 'today', 'tonight', 'overnight', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'after', 'before', 'when', 'while', 'of', 'about', 'to', 'for']);

const WH_WORDS = new Set(['how', 'what', 'whether', 'which', 'when', 'where', 'why', 'who', 'whom', 'whatever']);

/** "according to reports", "according to a senior campaign official": any phrase up to the comma or the end. */

/** A hyphen or slash glued to a word on each side, inside an according-to source that runs from `begin` to `to`.
 *  A module function: a closure made per call also had its name defined under the bench's loader. */
const joiningMark = (c: Context, j: number, begin: number, to: number): boolean => (punct(c, j) === '-' || punct(c, j) === '/')
  && j > begin && c.t.end[j - 1] === c.t.start[j] && j + 1 < to && c.t.end[j] === c.t.start[j + 1] && isWord(c, j + 1);
/** Marks that stay inside a source (an array literal per token before). */
const SOURCE_MARKS = new Set(['.', "'", '’', '&', '(', ')']);

/** How long an "according to" source may run before its comma ("a 52-count civil complaint filed by the federal
 *  Securities and Exchange Commission and a 15-count complaint by Vermont"). */
const SOURCE_TOKENS = 24;

function accordingSource(c: Context, begin: number, to: number): TokenSpan | null {
  // "priced according to how expensive they were to build": a clause is a measure, not a source.
  if (begin < to && isWord(c, begin) && WH_WORDS.has(word(c, begin))) return null;
  let k = begin;
  // A hyphen glued to words joins them ("Ocasio-Cortez"); a spaced or doubled dash ends the source ("… Fact Checker -- there is …").
  // So does a glued slash ("a New York Times/CBS News poll").
  while (k < to && c.regionOf[k]! < 0 && (isWord(c, k) || joiningMark(c, k, begin, to) || SOURCE_MARKS.has(punct(c, k))) && k - begin < SOURCE_TOKENS) k++;
  let last = k - 1;
  while (last >= begin && !isWord(c, last) && punct(c, last) !== ')') last--;
  // "(…, according to guidance from the Mayo Clinic.)": a parenthesis that closes an aside the source sits in is not
  // the source's; one it opened is ("the Vox Populi (Voice of the People)").
  if (last >= begin && punct(c, last) === ')' && !opensParenthesisIn(c, begin, last)) {
    last--;
    while (last >= begin && !isWord(c, last) && punct(c, last) !== ')') last--;
  }
  return last >= begin ? { first: begin, last } : null;
}

/** Words that open an appositive describing the source before them ("a Republican strategist", "one of the unions"). */
const SOURCE_APPOSITIVE_OPENERS = new Set(['a', 'an', 'another', 'one']);

/** "…, according to John Weaver, a Republican strategist.", "according to the Communications Workers of America, one of
 *  the unions representing the employees.": after a source that follows its content, an appositive opening with
 *  "a"/"an"/"another"/"one" and running to the next comma or the sentence's end is the source's, and PolNeAR keeps it
 *  in the mention (train gold 9 of 10 such mentions). Where the source opens the sentence the words after its comma
 *  are the content ("According to X, a majority …"), so only this side reads it. */
function withSourceAppositive(c: Context, sp: TokenSpan, to: number): TokenSpan {
  const comma = sp.last + 1, head = comma + 1;
  if (head >= to || punct(c, comma) !== ',' || !isWord(c, head) || !SOURCE_APPOSITIVE_OPENERS.has(word(c, head))) return sp;
  let k = head;
  while (k < to && c.regionOf[k]! < 0 && (isWord(c, k) || joiningMark(c, k, head, to) || SOURCE_MARKS.has(punct(c, k))) && k - head < SOURCE_TOKENS) k++;
  if (k < to && punct(c, k) !== ',') return sp;
  let last = k - 1;
  while (last > head && !isWord(c, last)) last--;
  return last > head ? { first: sp.first, last } : sp;
}

function opensParenthesisIn(c: Context, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (punct(c, k) === '(') return true;
  return false;
}


/** How many words an opening before ", according to X, …" may have and still be an adjunct of what follows. */
const OPENING_WORDS = 5;

/** Words from `from` to the comma at `comma`: at most OPENING_WORDS of them, none a finite auxiliary ("Since last
 *  November", "Now"), so they open the clause after the source rather than make one of their own. */
function shortOpeningBefore(c: Context, from: number, comma: number): boolean {
  if (punct(c, comma) !== ',' || comma - from > OPENING_WORDS || comma === from) return false;
  for (let k = from; k < comma; k++) if (!isWord(c, k) || FINITE_AUXILIARIES.has(word(c, k))) return false;
  return true;
}

/** The comma before "a claim" / "an allegation" that stands right before a subject (`first`), or null. */
function appositeClaimBefore(c: Context, first: number, from: number): number | null {
  const noun = first - 1, det = first - 2, comma = first - 3;
  if (comma <= from || !isWord(c, noun) || !isWord(c, det) || punct(c, comma) !== ',') return null;
  return ['a', 'an', 'the'].includes(word(c, det)) && ((CUE_SHARE.get(word(c, noun)) ?? 0) >= 0.3 || SUMMARY_NOUNS.has(word(c, noun))) ? comma : null;
}

/** "Health care providers have protested …", "Two federal prison officers were charged …": a subject that opens its
 *  clause runs to the clause's verb (an auxiliary, an -ed or an -ing word), so
 *  lower-case nouns the speaker lexicon has not seen ("care", "prison") still belong to it. Up to three such words,
 *  none a function word, pronoun or clause opener; a floating quantifier ("Bernie Sanders and Ted Cruz both") ends it. */
function throughToVerb(c: Context, np: TokenSpan, limit: number): TokenSpan {
  for (let k = np.last + 1; k < limit && k <= np.last + 3; k++) {
    if (!isWord(c, k) || c.t.cap[k] || c.regionOf[k]! >= 0) return np;
    const w = word(c, k);
    const verb = FINITE_AUXILIARIES.has(w) || (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing')));
    if (verb || FLOATING_QUANTIFIERS.has(w)) return k - 1 > np.last ? { first: np.first, last: k - 1 } : np;
    // "Mr. Rubio himself has …", "Google recently had …": a reflexive or an adverb follows the subject, not inside it.
    if (PRONOUNS.has(w) || CLAUSE_OPENERS.has(w) || FUNCTION_WORDS.has(w) || SUBJECT_ADVERBS.has(w) || w.endsWith('ly')) return np;
    // "Mr. Obama made …", "Sullivan put off …": right after the subject, a word more often a cue than a speaker word is
    // its verb.
    if (k === np.last + 1 && (CUE_SHARE.get(w) ?? 0) > (SPEAKER_SHARE.get(w) ?? 0)) return np;
  }
  return np;
}
/** "Republican politicians and their allies in the conservative movement speak …, arguing", "Netanyahu and other
 *  right-wing Israeli leaders shunned …, claiming": a second noun phrase after "and" that ends before the clause's
 *  verb is the subject's other conjunct (the left-to-right walk stops at "and" before a lower-case word), and the
 *  whole list speaks, as it does before a cue. Returns np through the conjunct, or np. */
function throughConjunct(c: Context, np: TokenSpan, limit: number): TokenSpan {
  const and = np.last + 1;
  if (and + 2 >= limit || !isWord(c, and) || word(c, and) !== 'and' || !isWord(c, and + 1)) return np;
  const right = endBeforeVerb(c, speakerAfter(c, and + 1, limit));
  if (!right || right.first !== and + 1) return np;
  const whole = throughToVerb(c, right, limit);
  const v = whole.last + 1;
  return v < limit && clauseVerbAt(c, v) ? { first: np.first, last: whole.last } : np;
}
/** Does the word at `k` read as the verb right after a subject: a finite auxiliary, an -ed or -ing word, or a word
 *  more often a cue than a speaker word? */
function clauseVerbAt(c: Context, k: number): boolean {
  if (!isWord(c, k) || c.t.cap[k] || c.regionOf[k]! >= 0) return false;
  const w = word(c, k);
  return FINITE_AUXILIARIES.has(w) || (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing'))) || (CUE_SHARE.get(w) ?? 0) > (SPEAKER_SHARE.get(w) ?? 0);
}
/** "Central European leaders who have been some of the most strident opponents of taking in migrants have embraced …,
 *  warning": a relative clause with no comma belongs to the sentence's subject (as in PolNeAR's mentions and
 *  speakers.ts's restrictiveRelativeSubject); it runs to the main clause's auxiliary, after its own verb. */
function throughRelative(c: Context, np: TokenSpan, limit: number): TokenSpan {
  const who = np.last + 1;
  if (who >= limit || !isWord(c, who) || word(c, who) !== 'who') return np;
  for (let k = who + 3; k < limit && k - who <= MAX_RELATIVE_WORDS; k++) {
    if (!isWord(c, k) || c.regionOf[k]! >= 0) return np;
    if (FINITE_AUXILIARIES.has(word(c, k))) return { first: np.first, last: k - 1 };
  }
  return np;
}
const MAX_RELATIVE_WORDS = 20;
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'two', 'three', 'four', 'five', 'some', 'many', 'several', 'most', 'other', 'another']);
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'with', 'by', 'from', 'this', 'that', 'these', 'those', 'not', 'also',
  'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'long', 'still', 'never', 'already', 'now', 'once']);

/** The noun phrase with a lower-case article right before it ("the Supreme Court"). Not after "what"/"which": frames.ts
 *  would then read the relative as the start of the content ("what the Republican presidential hopefuls have done …, by
 *  refusing to answer …": train −1 matched). */
function withArticle(c: Context, np: TokenSpan, from: number): TokenSpan {
  const k = np.first - 1;
  if (k < from || !isWord(c, k) || c.t.cap[k] || !(word(c, k) === 'the' || word(c, k) === 'a' || word(c, k) === 'an')) return np;
  return k - 1 >= from && isWord(c, k - 1) && (word(c, k - 1) === 'what' || word(c, k - 1) === 'which') ? np : { first: k, last: np.last };
}

/** Punctuation inside a dateline before its dash ("ORLANDO, Fla. (Reuters) -"). */
const DATELINE_MARKS = new Set([',', '.', '(', ')']);

/** "Washington (AFP) –", "ORLANDO, Fla. (Reuters) -", "WASHINGTON, Dec. 5 —": a dateline in mixed case, which
 *  openingAfterDateline (capitals only) leaves. Returns the first token after its dash, or `from` when there is none;
 *  the words before the dash must hold an agency in brackets or open in capitals, so that "Donald Trump — …" stays. */
function afterMixedDateline(c: Context, from: number, limit: number): number {
  let d = from;
  let bracket = false;
  while (d < limit && d - from < 10 && (isWord(c, d) ? c.t.cap[d] || startsWithDigit(word(c, d)) : DATELINE_MARKS.has(punct(c, d)))) {
    if (punct(c, d) === '(') bracket = true;
    d++;
  }
  if (d === from || d + 1 >= limit || !DASHES.has(punct(c, d)) || !isWord(c, from)) return from;
  const first = c.text.slice(c.t.start[from]!, c.t.end[from]!);
  if (!bracket && !(first.length > 1 && first === first.toUpperCase())) return from;
  d++;
  while (d < limit && DASHES.has(punct(c, d))) d++;
  return d;
}

const BEFORE_NOW = new Set(['later', 'earlier', 'ago']);
const TIME_UNITS = new Set([...DURATIONS, ...PERIODS, 'minutes', 'moments', 'seconds', 'minute', 'hour', 'day', 'time']);

/** "Hours later,", "A few minutes later", "Two days earlier,": an opening time phrase ending in later/earlier/ago. Returns
 *  the first token after it (and its comma), or `from`. */
function afterTimeOpening(c: Context, from: number, limit: number): number {
  for (let k = from + 1; k < limit && k - from <= 4 && isWord(c, k); k++) {
    if (!BEFORE_NOW.has(word(c, k))) continue;
    if (!TIME_UNITS.has(word(c, k - 1))) return from;
    return k + 1 < limit && punct(c, k + 1) === ',' ? k + 2 : k + 1;
  }
  return from;
}

/** The first name or pronoun of a sentence, for participles that have no subject of their own. */
/** "More importantly to the FSF, I attempted …, and told RMS": a comparative sentence adverb opens a phrase, and its
 *  "More" is no subject. */
function comparativeAdverb(c: Context, k: number): boolean {
  const w = word(c, k);
  return (w === 'more' || w === 'most') && isWord(c, k + 1) && word(c, k + 1).endsWith('ly');
}

/** Words that open an adverbial phrase or clause before the subject and are never part of it ("Despite his low
 *  standing in the polls, Clinton …", "Whenever asked about her weaknesses, they shifted …", "Shortly after the merger
 *  announcement, the families … had mobilized, warning"); INTRO_OPENERS lacks them, as contents keep them. */
const PHRASE_OPENERS = new Set(['despite', 'whenever', 'wherever', 'absent', 'amid', 'shortly', 'following', 'without', 'upon', 'unlike', 'throughout']);

/** Prepositions whose name after them is their object, not a sentence's subject. */
const OBJECT_LEADS = new Set(['in', 'at', 'of', 'on', 'from', 'with', 'for', 'to', 'into', 'about', 'over', 'during', 'under', 'near',
  'across', 'toward', 'towards', 'against', 'among', 'through', 'by']);

export function sentenceSubject(c: Context, s: Sentence, limit: number, skipObjects = false, conjuncts = true): TokenSpan | null {
  // "WASHINGTON – Two federal prison officers were charged …, stating": a dateline says where, not who.
  let from = openingAfterDateline(c, s.from, limit - 1);
  if (from === s.from) from = afterMixedDateline(c, from, limit);
  // "Hours later, Trump …, telling", "A few minutes later they …, and said": a time phrase, not who.
  from = afterTimeOpening(c, from, limit);
  // "On Thursday, however, Trump …", "Chastened by the analyses, …, Trump …", "For weeks, Trump …": an opening
  // phrase up to its comma holds no subject.
  let pronounOnly = false;
  if (isWord(c, from)) {
    const w0 = word(c, from), opener = from;
    if (INTRO_OPENERS.has(w0) || SUBORDINATORS.has(w0) || PHRASE_OPENERS.has(w0) || w0 === 'to' || w0.endsWith('ing') || w0.endsWith('ed') || comparativeAdverb(c, from)) {
      for (let k = from + 1; k < limit && k - from < 25; k++) {
        if (c.regionOf[k]! < 0 && punct(c, k) === ',') {
          // "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …": the phrase runs on past the town's state.
          const state = stateAfterTownComma(c, k);
          if (state >= 0 && state < limit) k = state;
          from = k + 1;
          while (from + 1 < limit && isWord(c, from) && punct(c, from + 1) === ',' && SUBJECT_ADVERBS.has(word(c, from))) from += 2;
          break;
        }
      }
      // "Then she shattered party norms, pledging …", "By Sunday afternoon she had canceled a … rally …, citing": when
      // the only comma is the participle's own, the opener has none, and only its word is skipped. After a preposition
      // only a subject pronoun ends its object ("In the next eight weeks the Clinton campaign would do well to …,
      // emphasizing": the phrase could end anywhere, and dev gold has no statement there).
      if (from >= limit && skipObjects) {
        from = opener + 1;
        pronounOnly = OBJECT_LEADS.has(w0);
      }
    }
  }
  for (let k = from; k < limit; k++) {
    if (c.regionOf[k]! >= 0) continue;
    if (!isWord(c, k)) continue;
    const w = word(c, k);
    if (DAYS.has(w)) continue;
    // "On September 27 they published …, announcing": a date is when, not who.
    if (MONTHS.has(w) && k + 1 < limit && isWord(c, k + 1) && startsWithDigit(word(c, k + 1))) { k++; continue; }
    if (CLAUSE_SUBJECTS.has(w)) return { first: k, last: k };
    if (pronounOnly) continue;
    // "After the vote, the minister took to Twitter, saying", "In a widely read column …, two Democratic speechwriters
    // implored her …, arguing": a clause may open with a lower-case determiner.
    if (k === from && k > s.from && !c.t.cap[k] && SUBJECT_DETERMINERS.has(w) && k + 2 < limit) {
      const np = endBeforeVerb(c, speakerAfter(c, k, limit));
      if (np && np.last > np.first) return throughToVerb(c, conjuncts ? throughConjunct(c, np, limit) : np, limit);
    }
    // "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming …": a name right after a
    // preposition is its object, no subject.
    if (skipObjects && c.t.cap[k] && k - 1 >= from && isWord(c, k - 1) && !c.t.cap[k - 1] && OBJECT_LEADS.has(word(c, k - 1))) {
      while (k + 1 < limit && (isWord(c, k + 1) || MENTION_MARKS.has(punct(c, k + 1)))) k++;
      const state = stateAfterTownComma(c, k + 1);
      if (state >= 0 && state < limit) k = state;
      continue;
    }
    if (c.t.cap[k] && k + 1 < limit) {
      const np = endBeforeVerb(c, speakerAfter(c, k, limit));
      // A capitalised determiner alone ("The fracas": "fracas" was never a speaker) is no one.
      if (np && np.first === np.last && ['the', 'a', 'an', 'this', 'that', 'these', 'those'].includes(w)) continue;
      // "In 1986, the Supreme Court blocked …, citing": the article before the name is part of it.
      if (np && !['but', 'and', 'in', 'on', 'at', 'after', 'while', 'when', 'meanwhile', 'as', 'later', 'earlier', 'on'].includes(w)) return withArticle(c, k === from ? throughRelative(c, throughToVerb(c, conjuncts ? throughConjunct(c, np, limit) : np, limit), limit) : np, from);
    }
  }
  return null;
}

