// Words that count: "five counts of …", "boasting 108,000 residents", "signed by seven physicians".

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'dozen', 'dozens', 'hundreds', 'thousands', 'several', 'multiple', 'additional', 'separate']);

/** A number word or a token that starts with a digit ("108,000", "14,000"). */
export const isNumberWord = (w: string): boolean => NUMBER_WORDS.has(w) || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57);
