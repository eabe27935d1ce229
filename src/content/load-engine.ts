// Loads the lazy half of the content script in three steps, each evaluated in a task of its own: the
// lexicon (JSON.parse + Maps/Sets of ~60 KB of data), then the engine, then the highlighter and card.
// Evaluating them as one module graph was one 104 ms task on a page's first visit (bench:pages, cbsnews).
// Each import() resolves after its module's evaluation; the yield between them hands the thread back.
import { yieldToPage } from './scheduling';

export type Worker = typeof import('./analyse-and-highlight');

export async function loadEngineInSteps(win: Window): Promise<Worker> {
  await import('../core/lexicon');
  await yieldToPage(win);
  await import('../core/index');
  await yieldToPage(win);
  return import('./analyse-and-highlight');
}
