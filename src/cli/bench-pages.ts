// `npm run bench:pages`: how long the content script takes on the 50 saved news pages of ../shared/pages,
// in headless Chromium with the built extension (auto mode, as a reader gets it). Reads the script's own
// performance entries (`wsw:total` = start to highlights done, and the `wsw:read`/`wsw:load`/`wsw:analyse`/
// `wsw:highlight` stages) from each page's performance timeline, and the page's long tasks (a 'longtask'
// PerformanceObserver installed before the page's first script). A long task is the extension's when one
// of the script's own `wsw:…` marks was made inside it (the main thread runs one task at a time); long
// tasks of the page itself that merely fall inside a run (while the script yields) are listed apart.
// Prints a table and the median/worst against issue 4's targets. A benchmark: it reports, it asserts nothing.
//
//   npm run bench:pages [-- --runs 3] [--pages bbc-1,cnn] [--json out.json]
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { ExtensionSession, REPO_ROOT } from '../../test/e2e/harness/extension-session';
import { pollUntil } from '../../test/e2e/harness/poll';
import { corpusPages, pagesDir, type CorpusPage } from '../../test/e2e/support/corpus-pages';
import { BLANK_PAGE, BLANK_PATH, openOfflineTab } from '../../test/e2e/support/offline-tab';
import { fixed, table } from './bench/table';

const TARGET_MEDIAN_MS = 30;
const TARGET_WORST_MS = 150;
const TARGET_TASK_MS = 50;
const STAGES = ['wsw:read', 'wsw:load', 'wsw:analyse', 'wsw:highlight'] as const;

interface Options { runs: number; pages: string[] | null; json: string | null }

interface PageRun {
  status: string;
  statements: number;
  /** Duration of each wsw:* measure of the first run on the page. */
  measures: Record<string, number>;
  /** Time inside the first wsw:total covered by no stage measure (read, load, analyse, highlight). */
  waiting: number;
  /** How many times the script ran on the page (it re-runs when the article changes). */
  runCount: number;
  /** Long tasks that contain one of the script's wsw:* marks (its own work), in ms. */
  ownTasks: number[];
  /** Long tasks of the page that overlap a run without containing a mark of ours, in ms. */
  pageTasks: number[];
}

interface PageResult { page: CorpusPage; runs: PageRun[] }

function parseOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] ?? null : null;
  };
  return {
    runs: Math.max(1, Number(value('--runs') ?? 1) || 1),
    pages: value('--pages')?.split(',').map((s) => s.trim()).filter(Boolean) ?? null,
    json: value('--json'),
  };
}

function buildIfMissing(): void {
  if (existsSync(resolve(REPO_ROOT, 'dist/chrome/manifest.json'))) return;
  console.log('bench:pages: dist/chrome is missing, building first (npm run build)');
  const build = spawnSync(process.execPath, [resolve(REPO_ROOT, 'scripts/build.mjs')], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
}

/** Installed before any page script: keeps every long task of the page in a list we can read later. */
const LONG_TASK_RECORDER = `(() => {
  const tasks = [];
  Object.defineProperty(window, '__wswLongTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  buildIfMissing();
  const pages = corpusPages().filter((p) => !options.pages || options.pages.includes(p.name) || options.pages.includes(p.id));
  if (pages.length === 0) throw new Error('no page matches --pages');
  console.log(`Pages: ${pages.length} from ../shared/pages, served from 127.0.0.1 (other requests aborted)`);
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadavg()[0]!.toFixed(1)} at start, headless Chromium, ${options.runs} load(s) per page (median)\n`);

  const server = await startServer({ root: pagesDir(), routes: { [BLANK_PATH]: BLANK_PAGE } });
  const session = await ExtensionSession.launch('chromium');
  const results: PageResult[] = [];
  try {
    await session.callExtension((api) => api.storage.sync.clear()); // auto mode, no never-run sites
    const tab = await openOfflineTab(session, server.url(BLANK_PATH));
    await tab.page.evaluateOnNewDocument(LONG_TASK_RECORDER);
    // One unmeasured load first, so the first page does not pay for the browser's warm-up.
    await measurePage(session, tab, server.url(pages[0]!.path));
    for (const page of pages) {
      const runs: PageRun[] = [];
      for (let i = 0; i < options.runs; i++) runs.push(await measurePage(session, tab, server.url(page.path)));
      results.push({ page, runs });
      process.stderr.write('.');
    }
    process.stderr.write('\n');
  } finally {
    await session.close();
    await server.close();
  }
  console.log(`Load average at the end: ${loadavg()[0]!.toFixed(1)} (timings on a machine busier than its cores are slower than a reader's)\n`);
  report(results);
  if (options.json) writeFileSync(options.json, JSON.stringify(results.map(({ page, runs }) => ({ page: page.id, runs })), null, 2));
}

async function measurePage(session: ExtensionSession, tab: Awaited<ReturnType<typeof openOfflineTab>>, url: string): Promise<PageRun> {
  const { page, tabId } = tab;
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const status = await pollUntil(
    async () => {
      const s = await page.evaluate(() => document.documentElement.dataset.wswStatus ?? '');
      return s === 'done' || s === 'no-article' || s === 'error' ? s : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 25, what: `the content script to finish on ${url}` },
  );
  // Long-task entries are delivered after the task: give the observer a moment.
  await new Promise((r) => setTimeout(r, 150));
  const timeline = await page.evaluate(() => ({
    measures: performance.getEntriesByType('measure').filter((e) => e.name.startsWith('wsw:')).map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })),
    marks: performance.getEntriesByType('mark').filter((e) => e.name.startsWith('wsw:')).map((e) => e.startTime),
    tasks: ((window as unknown as { __wswLongTasks?: { start: number; duration: number }[] }).__wswLongTasks ?? []).slice(),
  }));
  const state = await session
    .callExtension((api, id: number) => api.tabs.sendMessage(id, { type: 'wsw:popup-get-state' }), tabId)
    .catch(() => null) as { statements?: unknown[] } | null;

  const totals = timeline.measures.filter((m) => m.name === 'wsw:total');
  // The first of each measure: the first run's stages, and wsw:load wherever it happened (the engine chunk
  // may be loaded ahead of the run, while the page is idle).
  const measures: Record<string, number> = {};
  const firstOf = new Map<string, { start: number; duration: number }>();
  for (const m of timeline.measures) {
    measures[m.name] ??= m.duration;
    if (!firstOf.has(m.name)) firstOf.set(m.name, m);
  }
  const holdsOurMark = (t: { start: number; duration: number }) => timeline.marks.some((m) => m >= t.start && m <= t.start + t.duration);
  const overlapsRun = (t: { start: number; duration: number }) => totals.some((r) => t.start < r.start + r.duration && t.start + t.duration > r.start);
  return {
    status,
    statements: state?.statements?.length ?? 0,
    measures,
    waiting: uncovered(firstOf.get('wsw:total'), STAGES.map((name) => firstOf.get(name))),
    runCount: totals.length,
    ownTasks: timeline.tasks.filter(holdsOurMark).map((t) => t.duration),
    pageTasks: timeline.tasks.filter((t) => overlapsRun(t) && !holdsOurMark(t)).map((t) => t.duration),
  };
}

/** Length of `window` not covered by any of `parts` (each clipped to the window). */
function uncovered(window: { start: number; duration: number } | undefined, parts: ({ start: number; duration: number } | undefined)[]): number {
  if (!window) return NaN;
  const end = window.start + window.duration;
  const clipped = parts
    .filter((p): p is { start: number; duration: number } => p !== undefined)
    .map((p) => [Math.max(window.start, p.start), Math.min(end, p.start + p.duration)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let reach = window.start;
  for (const [a, b] of clipped) {
    if (b <= reach) continue;
    covered += b - Math.max(a, reach);
    reach = b;
  }
  return window.duration - covered;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : fixed(n));

function report(results: PageResult[]): void {
  const rows = results.map(({ page, runs }) => {
    const stage = (name: string) => median(runs.map((r) => r.measures[name]).filter((v): v is number => v !== undefined));
    const longest = Math.max(0, ...runs.flatMap((r) => r.ownTasks));
    const longestPage = Math.max(0, ...runs.flatMap((r) => r.pageTasks));
    const stages = STAGES.map(stage);
    const total = stage('wsw:total');
    return {
      page,
      status: runs[0]!.status,
      statements: runs[0]!.statements,
      total,
      stages,
      /** Time inside the run not spent in a stage: the script waiting for its turn while the page works. */
      waiting: median(runs.map((r) => r.waiting).filter((v) => !Number.isNaN(v))),
      runCount: Math.max(...runs.map((r) => r.runCount)),
      longest,
      longestPage,
    };
  });
  console.log(table(
    ['page', 'words', 'statements', 'wsw:total ms', ...STAGES.map((s) => `${s.slice(4)} ms`), 'waiting ms', 'runs', 'longest task ms', 'page task ms', 'status'],
    rows.map((r) => [r.page.id, r.page.words, r.statements, ms(r.total), ...r.stages.map(ms), ms(r.waiting), r.runCount,
      r.longest ? fixed(r.longest) : '–', r.longestPage ? fixed(r.longestPage) : '–', r.status]),
  ));

  const totals = rows.map((r) => r.total).filter((t) => !Number.isNaN(t));
  const med = median(totals);
  const worst = Math.max(...totals);
  const worstRow = rows.find((r) => r.total === worst);
  const longest = Math.max(0, ...rows.map((r) => r.longest));
  const longRows = rows.filter((r) => r.longest > TARGET_TASK_MS);
  const missing = rows.filter((r) => Number.isNaN(r.total));
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\nwsw:total over ${totals.length} pages: median ${ms(med)} ms (target ≤ ${TARGET_MEDIAN_MS}: ${verdict(med <= TARGET_MEDIAN_MS)}), ` +
    `worst ${ms(worst)} ms on ${worstRow?.page.id ?? '–'} (target ≤ ${TARGET_WORST_MS}: ${verdict(worst <= TARGET_WORST_MS)})`);
  console.log(`Stage medians: ${STAGES.map((s, i) => `${s} ${ms(median(rows.map((r) => r.stages[i]!).filter((v) => !Number.isNaN(v))))} ms`).join(', ')}, ` +
    `waiting ${ms(median(rows.map((r) => r.waiting).filter((v) => !Number.isNaN(v))))} ms`);
  console.log(`Longest task of the extension (holding a wsw:* mark): ${fixed(longest)} ms (target ≤ ${TARGET_TASK_MS}: ${verdict(longest <= TARGET_TASK_MS)})` +
    (longRows.length ? `; over ${TARGET_TASK_MS} ms on ${longRows.length} page(s): ${longRows.map((r) => r.page.name).join(', ')}` : ''));
  console.log(`Longest task of the page itself during a run (not counted against the target): ${fixed(Math.max(0, ...rows.map((r) => r.longestPage)))} ms`);
  console.log('Columns: stage ms = the wsw:* measures of the first run (median of the loads); waiting = time inside wsw:total covered by no stage (yields to the page);' +
    ' load = the engine chunk\'s import (runs alongside read; part of wsw:total when the run waits for it); runs = wsw:total entries (re-runs after page changes); longest task = longest long task holding a wsw:* mark; page task = longest other long task inside a run.');
  if (missing.length) console.log(`No wsw:total measured on ${missing.length} page(s): ${missing.map((r) => `${r.page.id} (${r.status})`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(`bench:pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
