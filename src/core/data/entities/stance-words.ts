// Cue words that make a statement a denial or a confirmation. Written by hand; matched on the
// cue's words (any inflection listed), so "has denied", "denies", "a claim denied by" all count.
export const DENY_CUES: readonly string[] = [
  'deny', 'denies', 'denied', 'denying', 'denial', 'denials', 'reject', 'rejects', 'rejected', 'rejecting',
  'dismiss', 'dismisses', 'dismissed', 'dismissing', 'refute', 'refutes', 'refuted', 'refuting', 'rebut',
  'rebuts', 'rebutted', 'rebuff', 'rebuffed', 'dispute', 'disputes', 'disputed', 'disputing', 'contradict',
  'contradicts', 'contradicted', 'debunk', 'debunked', 'repudiate', 'repudiated', 'disavow', 'disavowed',
  'deflect', 'deflected',
];

export const CONFIRM_CUES: readonly string[] = [
  'confirm', 'confirms', 'confirmed', 'confirming', 'confirmation', 'acknowledge', 'acknowledges',
  'acknowledged', 'acknowledging', 'admit', 'admits', 'admitted', 'admitting', 'concede', 'concedes',
  'conceded', 'conceding', 'verify', 'verified', 'verifies', 'corroborate', 'corroborated', 'affirm',
  'affirmed', 'affirms', 'reaffirm', 'reaffirmed',
];

/** Words of a cue that negate it: "never confirmed", "did not deny". */
export const NEGATIONS: readonly string[] = ['not', 'never', "n't", 'n’t', 'no', 'neither', 'nor'];

/** Cue words that as often refuse a thing (a request, an offer, a plan, a person) as deny a claim: "a judge rejected
 *  Assange's attempt to delay", "the Palestinian Authority has rejected the Trump administration as a mediator",
 *  "Gingrich dismissed NATO member Estonia as being in the suburbs", "has rebuffed several requests for interviews".
 *  With a noun phrase for content they deny only a claim named as one (CLAIM_NOUNS). */
export const REFUSING_CUES: readonly string[] = [
  'reject', 'rejects', 'rejected', 'rejecting', 'dismiss', 'dismisses', 'dismissed', 'dismissing', 'rebuff',
  'rebuffs', 'rebuffed', 'repudiate', 'repudiates', 'repudiated', 'disavow', 'disavows', 'disavowed',
];

/** Nouns that name something said: rejecting or dismissing one of these is a denial ("rejected the notion that …",
 *  "dismissed the criticism as …", "dismissed those reports as …", "rejected that argument"). */
export const CLAIM_NOUNS: readonly string[] = [
  'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'criticism',
  'criticisms', 'critique', 'critiques', 'critics', 'concern', 'concerns', 'report', 'reports', 'story', 'stories',
  'rumor', 'rumors', 'rumour', 'rumours', 'notion', 'idea', 'ideas', 'argument', 'arguments', 'suggestion',
  'suggestions', 'implication', 'assertion', 'assertions', 'contention', 'objection', 'objections', 'remark',
  'remarks', 'comment', 'comments', 'statement', 'statements', 'label', 'labels', 'term', 'characterization',
  'account', 'accounts', 'premise', 'theory', 'speculation', 'assessment', 'findings', 'conclusion', 'poll',
  'polls', 'survey', 'study', 'view', 'views', 'points', 'version', 'narrative', 'description', 'portrayal',
  'insinuation', 'interpretation', 'explanation', 'analysis', 'excuse', 'excuses',
];

/** Object pronouns that open a "deny" with two objects, a refusal: "the government could deny them mining permits",
 *  "denying him a first-ballot victory". ("her" is left out: "denied her involvement" is a denial.) */
export const OBJECT_PRONOUNS: readonly string[] = ['him', 'them', 'us', 'me'];
