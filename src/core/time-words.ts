// Time words that sit next to a cue or a speaker but are neither: "said Monday", "Last week X said",
// "David Axelrod on Wednesday called". One list for every stage that skips them.
import { wordClass } from './word-classes';
export const DAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);
/** DAYS as a word class, for inClass. */
export const DAY = wordClass(DAYS);
/** Periods named after "last", "this", "next", "earlier", "later". */
export const PERIODS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
  'summer', 'spring', 'fall', 'autumn', 'winter']);
/** Spans of time after "for" ("for years the United States has imposed …"). */
export const DURATIONS: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'decades', 'hours']);
export const PERIOD_OPENERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'earlier', 'later']);
export const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december']);
/** Months as AP style shortens them before a day ("on Oct. 31"): their period ends no sentence and no phrase. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
