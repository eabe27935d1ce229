// The lazy half of the content script: the engine, the highlighter and the hover card. Loaded with
// import() only once the cheap check has found an article, so pages without one never pay for it.
import { analyse } from '../core/index';
import type { StatementView } from '../messages';
import type { HighlightSpec } from '../page/highlight';
import { highlightPlan, shownStatements } from '../page/highlight-specs';
import type { ArticleText } from '../page/read-article';
import { toStatementView } from './statement-views';

export { Highlighter } from '../page/highlight';
export { createHoverCard } from '../page/card';

export interface ArticleAnalysis {
  statements: StatementView[];
  /** Last statement first, as Highlighter#wrap needs them. */
  specs: HighlightSpec[];
  /** Statements inside another statement's highlight: id → the id whose marks show it. */
  coveredBy: Map<string, string>;
  truncated: boolean;
}

/**
 * Short made-up passages that between them take the engine's main paths: direct and mixed quotes,
 * reported speech, "according to", a denial, a pronoun and a title resolved to a name, an organisation.
 */
const WARM_UP_PASSAGES = [
  'To this, Ukraine has said, “The statements are not true.” Putin said the operation was over.',
  'Health Minister Anna Berg told reporters on Monday that the clinics would reopen. “We are ready,” she said.\n\n' +
    'According to the ministry, 40 clinics closed last week. The union denied the claims, saying staff had not been consulted.',
  'Police Chief John Miller warned that the roads would stay shut, the city council said in a statement.\n\n' +
    '“It is too early,” Miller added. Officials at the World Health Organization declined to comment.',
];

/**
 * Runs the engine on one short passage (`step`) so the browser compiles its hot paths and regular
 * expressions in idle moments of their own, not inside the first real run (measured: the first
 * analyse() of a page costs several times the later ones). Returns whether another passage follows;
 * the caller runs each in its own idle task so none is long.
 */
export function warmUp(step = 0): boolean {
  analyse(WARM_UP_PASSAGES[step] ?? '');
  return step + 1 < WARM_UP_PASSAGES.length;
}

/**
 * Articles up to this long are always analysed whole (a typical one is 3–15k characters): a wall-clock
 * budget would make the result depend on how busy the machine is. Longer texts get the budget.
 */
export const ALWAYS_ANALYSED_CHARS = 30_000;

export function analyseArticle(article: ArticleText, budgetMs: number): ArticleAnalysis {
  const options = article.text.length > ALWAYS_ANALYSED_CHARS ? { budgetMs } : {};
  const { attributions, truncated } = analyse(article.text, options);
  const shown = shownStatements(attributions, article.bodyStart);
  const { specs, coveredBy } = highlightPlan(shown);
  return { statements: shown.map((a) => toStatementView(article.text, a)), specs, coveredBy, truncated };
}
