// Wraps statements in slices of budgets.sliceMs, handing the main thread back to the page between
// slices, so no task of ours runs long even on a page with hundreds of statements.
import type { HighlightSpec } from '../page/highlight';
import type { TextRun } from '../page/read-article';
import type { Budgets } from './content-script';
import { yieldToPage } from './scheduling';

/** Statements painted before the highlight budget may stop the painting (the budget is for huge pages). */
const ALWAYS_PAINTED = 100;

export interface PaintJob {
  win: Window;
  highlighter: { wrap(runs: readonly TextRun[], spec: HighlightSpec): unknown };
  runs: readonly TextRun[];
  /** Last statement first. */
  specs: readonly HighlightSpec[];
  budgets: Budgets;
  /** True once the painting must stop: torn down, or the highlights were cleared meanwhile. */
  stopped: () => boolean;
  /** Runs our DOM changes so the page watcher does not count them. */
  quietly: (change: () => void) => void;
}

/** Resolves true when the budget stopped the painting before the last statement. */
export async function paintInSlices(job: PaintJob): Promise<boolean> {
  const { win, specs, budgets } = job;
  const now = () => win.performance.now();
  const stopAt = now() + budgets.highlightMs;
  let next = 0;
  while (next < specs.length) {
    // Each slice follows a plain yield (scheduler.yield / MessageChannel), not an idle callback: on a busy
    // page requestIdleCallback waited up to its 100 ms timeout per slice (bench:pages, highlight stage up
    // to 560 ms for 12 statements), while a yield still lets every page task run between our slices.
    await yieldToPage(win);
    const sliceMs = budgets.sliceMs;
    if (job.stopped()) return false;
    const sliceEnd = now() + sliceMs;
    job.quietly(() => {
      do job.highlighter.wrap(job.runs, specs[next++]!);
      while (next < specs.length && now() < sliceEnd);
    });
    // A normal article is always painted whole, even on a busy machine.
    if (next < specs.length && next >= ALWAYS_PAINTED && now() > stopAt) return true;
  }
  return false;
}
