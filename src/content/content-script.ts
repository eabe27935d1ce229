// The content script's controller: reads the article, runs the engine, paints highlights in short idle
// slices, answers the popup, follows page changes and tears everything down with one abort() when the
// extension goes away. It never throws into the page: failures become state 'error'.
import { isPopupToContent, type ContentState, type PopupToContent, type StatementView } from '../messages';
import { findArticle, readArticle, readArticleText, type ArticleText } from '../page/read-article';
import { removeStrayMarks } from '../page/stray-marks';
import { scrollToStatement } from '../page/scroll-to';
import { MARK_TAG } from '../page/tags';
import { DEFAULT_SETTINGS, shouldRunByItself, type Settings } from '../settings';
import type { ArticleAnalysis } from './analyse-and-highlight';
import type { ExtensionPort, MessageSender } from './extension-port';
import { paintInSlices } from './paint';
import { markTime, measureTime, whenIdle, yieldToPage } from './scheduling';
import { isFromExtensionPage } from './sender-check';
import { watchPage, type PageWatch } from './watch-page';

export type Worker = typeof import('./analyse-and-highlight');

export interface Budgets {
  /** Longest single step of reading or analysing (one main-thread task). */
  readMs: number;
  analyseMs: number;
  /** Painting stops after this much time in total; the popup then says the page was too long. */
  highlightMs: number;
  /** Longest painting slice before handing the thread back to the page. */
  sliceMs: number;
}

export const DEFAULT_BUDGETS: Budgets = { readMs: 40, analyseMs: 40, highlightMs: 250, sliceMs: 12 };

export interface ContentScriptOptions {
  win: Window;
  port: ExtensionPort;
  loadWorker: () => Promise<Worker>;
  budgets?: Budgets;
  settleMs?: number;
  pollMs?: number;
  idleTimeoutMs?: number;
}


export class ContentController {
  readonly done: Promise<void>;
  private readonly win: Window;
  private readonly doc: Document;
  private readonly abort = new AbortController();
  private readonly budgets: Budgets;
  private settings: Settings = { ...DEFAULT_SETTINGS };
  private statements: StatementView[] = [];
  private status: ContentState['status'] = 'idle';
  private detail: string | undefined;
  private truncated = false;
  private highlightsOn = true;
  /** Set when the user asked for a run (click mode): later page changes are then followed too. */
  private asked = false;
  private lastText: string | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private worker: Worker | null = null;
  private highlighter: InstanceType<Worker['Highlighter']> | null = null;
  private byId = new Map<string, StatementView>();
  private coveredBy = new Map<string, string>();
  private watch: PageWatch | null = null;
  /** Bumped whenever highlights are cleared: a paint still in flight sees it and stops (its offsets are stale). */
  private generation = 0;

  constructor(private readonly options: ContentScriptOptions) {
    this.win = options.win;
    this.doc = options.win.document;
    this.budgets = options.budgets ?? DEFAULT_BUDGETS;
    this.done = this.start().catch((error) => this.fail(error));
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  state(): ContentState {
    const state: ContentState = {
      status: this.status,
      statements: this.statements,
      highlightsOn: this.highlightsOn,
      truncated: this.truncated,
      url: this.win.location.href,
      title: this.doc.title ?? '',
    };
    if (this.detail !== undefined) state.detail = this.detail;
    return state;
  }

  private async start(): Promise<void> {
    const { port } = this.options;
    removeStrayMarks(this.doc); // left by a copy of this script from before an extension update
    port.onMessage((message, sender) => this.onMessage(message, sender), this.signal);
    this.settings = await port.loadSettings().catch(() => ({ ...DEFAULT_SETTINGS }));
    port.onSettingsChanged((settings) => this.onSettings(settings), this.signal);
    this.watch = watchPage({
      win: this.win,
      signal: this.signal,
      settleMs: this.options.settleMs ?? 700,
      maxWaitMs: 5000,
      pollMs: this.options.pollMs ?? 1000,
      onSettled: () => void this.recheck(),
      onUrlChange: () => this.onNavigation(),
      onPoll: () => this.alive(),
    });
    if (!this.mayRun()) {
      this.detail = this.settings.mode === 'click' ? 'Runs when you click the toolbar button.' : 'Turned off for this site.';
      this.publishStatus();
      return;
    }
    // Where paragraphs suggest an article, fetch the engine chunk while the page finishes loading and warm
    // it up in an idle task of its own, so the first run's analysis is not also the engine's JIT compile
    // (a long task). Pages without paragraphs never load it.
    // A failed load is retried (and reported) by the run.
    const ready = mightHoldArticle(this.doc) ? this.loadWorker().then((worker) => this.warmUp(worker)).catch(() => undefined) : null;
    await whenIdle(this.win, this.options.idleTimeoutMs ?? 2000);
    await ready;
    // The warm-up ends in a task of its own: the run starts in the next one (they were one long task).
    await yieldToPage(this.win);
    if (this.signal.aborted) return;
    await this.run();
  }

  /** A few short warm-up passages, each in an idle task of its own (one wsw:warm entry each). */
  private async warmUp(worker: Worker): Promise<void> {
    for (let step = 0, more = true; more; step++) {
      await whenIdle(this.win, 500);
      if (this.signal.aborted) return;
      markTime(this.win, 'wsw:warm:start');
      more = worker.warmUp(step);
      markTime(this.win, 'wsw:warm:end');
      measureTime(this.win, 'wsw:warm', 'wsw:warm:start', 'wsw:warm:end');
    }
  }

  private mayRun(): boolean {
    return this.asked || shouldRunByItself(this.settings, this.win.location.hostname);
  }

  /** False (and everything removed) once the extension context is gone. */
  private alive(): boolean {
    if (this.signal.aborted) return false;
    if (this.options.port.runtimeId()) return true;
    this.teardown();
    return false;
  }

  /** Removes every highlight, the card and every listener. Quiet: never throws. */
  teardown(): void {
    if (this.signal.aborted) return;
    try {
      this.abort.abort();
      this.highlighter?.removeAll();
      this.doc.documentElement?.removeAttribute('data-wsw-status');
    } catch {
      // the page took the nodes away already
    }
  }

  /** Reads, analyses and paints; a request during a run queues one more run. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.runOnce().catch((error) => this.fail(error));
      } while (this.again && !this.signal.aborted);
      this.running = null;
    })();
    return this.running;
  }

  private async runOnce(): Promise<void> {
    if (this.signal.aborted) return;
    const { win, budgets } = this;
    this.status = 'running';
    markTime(win, 'wsw:start');
    this.clearHighlights();
    const article = await this.readInTwoTasks();
    if (this.signal.aborted) return;
    markTime(win, 'wsw:read:end');
    measureTime(win, 'wsw:read', 'wsw:start', 'wsw:read:end');
    if (!article) {
      this.finish('no-article', [], false, null);
      this.detail = 'No article found on this page.';
      measureTime(win, 'wsw:total', 'wsw:start', 'wsw:read:end');
      return;
    }
    const worker = await this.loadWorker();
    await yieldToPage(win);
    if (this.signal.aborted) return;
    markTime(win, 'wsw:analyse:start');
    const analysis = worker.analyseArticle(article, budgets.analyseMs);
    markTime(win, 'wsw:analyse:end');
    measureTime(win, 'wsw:analyse', 'wsw:analyse:start', 'wsw:analyse:end');
    let truncated = article.truncated || analysis.truncated;
    // The card looks statements up while painting goes on.
    this.byId = new Map(analysis.statements.map((st) => [st.id, st]));
    this.coveredBy = analysis.coveredBy;
    if (this.highlightsOn) {
      markTime(win, 'wsw:highlight:start');
      truncated = (await this.paint(article, analysis)) || truncated;
      markTime(win, 'wsw:highlight:end');
      measureTime(win, 'wsw:highlight', 'wsw:highlight:start', 'wsw:highlight:end');
    }
    // Navigated away or turned off for this site while painting: that path has set the state already.
    if (this.signal.aborted || !this.mayRun()) return;
    this.finish('done', analysis.statements, truncated, article);
    markTime(win, 'wsw:end');
    measureTime(win, 'wsw:total', 'wsw:start', 'wsw:end');
  }

  /**
   * readArticle in two tasks, finding the root and then reading its text, with a yield between: on a
   * page's first visit (cold code) the whole read took 45–53 ms in one task (bench:pages, cbsnews, nytimes-4).
   */
  private async readInTwoTasks(): Promise<ArticleText | null> {
    const options = { budgetMs: this.budgets.readMs, now: () => this.win.performance.now() };
    const found = findArticle(this.doc, options);
    if (!found) return null;
    await yieldToPage(this.win);
    // The page may have replaced the article meanwhile: then read afresh, in one go.
    if (!found.root.isConnected) return readArticle(this.doc, options);
    return readArticleText(this.doc, found, options);
  }

  private card: ReturnType<Worker['createHoverCard']> | null = null;

  private loading: Promise<Worker> | null = null;

  private loadWorker(): Promise<Worker> {
    this.loading ??= (async () => {
      markTime(this.win, 'wsw:load:start');
      const worker = await this.options.loadWorker();
      markTime(this.win, 'wsw:load:end');
      measureTime(this.win, 'wsw:load', 'wsw:load:start', 'wsw:load:end');
      this.worker = worker;
      this.highlighter = new worker.Highlighter(this.doc);
      this.card = worker.createHoverCard({ doc: this.doc, lookup: (id) => this.byId.get(id), signal: this.signal });
      return worker;
    })();
    // A failed load may be retried by the next run.
    this.loading.catch(() => (this.loading = null));
    return this.loading;
  }

  private clearHighlights(): void {
    this.generation++;
    this.card?.hide();
    this.quietly(() => this.highlighter?.removeAll());
  }

  private paint(article: ArticleText, analysis: ArticleAnalysis): Promise<boolean> {
    const generation = this.generation;
    return paintInSlices({
      stopped: () => this.signal.aborted || generation !== this.generation,
      win: this.win,
      highlighter: this.highlighter!,
      runs: article.runs,
      specs: analysis.specs,
      budgets: this.budgets,
      quietly: (change) => this.quietly(change),
    });
  }

  private finish(status: ContentState['status'], statements: StatementView[], truncated: boolean, article: ArticleText | null): void {
    this.status = status;
    this.detail = undefined;
    this.statements = statements;
    this.byId = new Map(statements.map((s) => [s.id, s]));
    this.truncated = truncated;
    this.lastText = article?.text ?? null;
    this.publishStatus();
    this.report(this.highlightsOn ? statements.length : 0);
  }

  private fail(error: unknown): void {
    this.status = 'error';
    this.detail = error instanceof Error ? error.message : String(error);
    this.publishStatus();
  }

  /** For tests and e2e: the status as an attribute on <html> (attributes are not page text). */
  private publishStatus(): void {
    try {
      this.doc.documentElement?.setAttribute('data-wsw-status', this.status);
    } catch {
      // a document without an element: nothing to publish
    }
  }

  private report(count: number): void {
    if (!this.alive()) return;
    this.options.port.send({ type: 'wsw:content-count', count }).catch((error: unknown) => {
      if (String(error).includes('Extension context invalidated')) this.teardown();
    });
  }

  private quietly<T>(change: () => T): T {
    return this.watch ? this.watch.quietly(change) : change();
  }

  /** After the page settles: re-run only when the article's text changed (no duplicate highlights). */
  private async recheck(): Promise<void> {
    if (!this.alive() || !this.mayRun() || !this.highlightsOn) return;
    // Changes that settled during a run are looked at once it ends.
    if (this.running) {
      void this.running.then(() => this.recheck());
      return;
    }
    try {
      const article = readArticle(this.doc, { budgetMs: this.budgets.readMs, now: () => this.win.performance.now() });
      const marksIntact = this.doc.querySelectorAll(MARK_TAG).length === (this.highlighter?.markCount ?? 0);
      if ((article?.text ?? null) === this.lastText && marksIntact) return;
      await this.run();
    } catch (error) {
      this.fail(error);
    }
  }

  private onNavigation(): void {
    if (!this.alive()) return;
    this.asked = false;
    this.lastText = null;
    // Not running by itself here: leave the page clean and wait for the user.
    if (!this.mayRun()) {
      this.clearHighlights();
      this.finish('idle', [], false, null);
    }
    // Otherwise re-check once the new page's content has settled (the watcher also fires on its changes).
    else setTimeout(() => void this.recheck(), this.options.settleMs ?? 700);
  }

  private onSettings(settings: Settings): void {
    this.settings = settings;
    if (!this.mayRun()) {
      this.clearHighlights();
      this.finish('idle', [], false, null);
    } else if (this.status === 'idle') {
      void this.run();
    }
  }

  private onMessage(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
    const { port } = this.options;
    if (this.signal.aborted) return undefined;
    if (!isPopupToContent(message) || !isFromExtensionPage(sender, port.runtimeId(), safeOrigin(port))) return undefined;
    return this.answer(message).catch((error) => {
      this.fail(error);
      return this.state();
    });
  }

  private async answer(message: PopupToContent): Promise<ContentState> {
    switch (message.type) {
      case 'wsw:popup-get-state':
        break;
      case 'wsw:popup-run':
        this.asked = true;
        await this.run();
        break;
      case 'wsw:popup-set-highlights':
        if (message.on !== this.highlightsOn) {
          this.highlightsOn = message.on;
          if (message.on) {
            await this.run();
          } else {
            this.clearHighlights();
            this.report(0);
          }
        }
        break;
      case 'wsw:popup-scroll-to':
        this.scrollTo(message.id);
        break;
    }
    return this.state();
  }

  private scrollTo(wanted: string): void {
    scrollToStatement(this.doc, this.coveredBy.get(wanted) ?? wanted);
  }
}

/** Cheaper than readArticle: enough paragraph text on the page to be worth fetching the engine early. */
function mightHoldArticle(doc: Document): boolean {
  let chars = 0;
  for (const p of doc.getElementsByTagName('p')) {
    chars += p.textContent?.length ?? 0;
    if (chars > 400) return true;
  }
  return false;
}

function safeOrigin(port: ExtensionPort): string {
  try {
    return port.extensionOrigin();
  } catch {
    return '';
  }
}

export function startContentScript(options: ContentScriptOptions): ContentController {
  return new ContentController(options);
}
