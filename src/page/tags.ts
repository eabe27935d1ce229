// Our element names, in a module of their own so the small content-script entry can know them without
// pulling in the highlighter or the card.
export const MARK_TAG = 'wsw-mark';
export const CARD_TAG = 'wsw-card';
