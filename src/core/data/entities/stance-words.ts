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
