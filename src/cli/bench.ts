// `npm run bench`: how fast and how big the engine is, next to the JavaScript NLP libraries a reader knows,
// on the same text in the same process. Prints tables; asserts nothing (targets are reported, see issue 2).
import { cpus } from 'node:os';
import { analyse } from '../core/index';
import { countWords, DEV_CORPUS, loadArticles } from './bench/corpus';
import { measureEngineSize } from './bench/engine-size';
import { timeRuns, wordsPerSecond } from './bench/measure';
import { compromiseQuotations, winkReadDoc, type Analyser } from './bench/peers';
import { fixed, int, table } from './bench/table';

const TARGET_WORDS_PER_SECOND = 1_000_000;
const TARGET_TIMES_WINK = 3;
const TARGET_GZIP_BYTES = 250 * 1024;
const LINEARITY_COPIES = [1, 4, 16];

interface Options { runs: number; warmups: number; peerRuns: number }

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(argv[runsAt + 1]) || 0) : quick ? 3 : 7;
  return { runs, warmups: quick ? 1 : 2, peerRuns: Math.min(runs, quick ? 1 : 3) };
}

function runOverArticles(analyser: Analyser, articles: string[]): () => void {
  return () => {
    for (const text of articles) analyser(text);
  };
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const articles = loadArticles();
  const words = articles.reduce((n, t) => n + countWords(t), 0);
  const chars = articles.reduce((n, t) => n + t.length, 0);
  console.log(`Corpus: ${DEV_CORPUS.replace(/.*\/shared\//, '../shared/')}: ${articles.length} articles, ${int(words)} words, ${int(chars)} chars`);
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, one thread`);
  console.log(`Runs: engine ${opts.warmups} warm-up + ${opts.runs} timed; peers ${opts.warmups} warm-up + ${opts.peerRuns} timed; median\n`);

  const engine = timeRuns(runOverArticles((t) => analyse(t), articles), opts.warmups, opts.runs);
  const wink = timeRuns(runOverArticles(winkReadDoc(), articles), opts.warmups, opts.peerRuns);
  const compromise = timeRuns(runOverArticles(compromiseQuotations(), articles), opts.warmups, opts.peerRuns);
  const wps = (ms: number) => wordsPerSecond(words, ms);
  console.log('Throughput, article by article');
  console.log(table(['tool', 'median ms', 'words/s', '× wink-nlp'], [
    ['who-said-what analyse()', fixed(engine.medianMs), int(wps(engine.medianMs)), fixed(wink.medianMs / engine.medianMs, 2)],
    ['wink-nlp readDoc()', fixed(wink.medianMs), int(wps(wink.medianMs)), '1.00'],
    ['compromise nlp().quotations()', fixed(compromise.medianMs), int(wps(compromise.medianMs)), fixed(wink.medianMs / compromise.medianMs, 2)],
  ]));

  console.log('\nLinearity: analyse() on one text, the corpus concatenated n times');
  const corpusText = articles.join('\n\n');
  const rows: (string | number)[][] = [];
  let baseWps = 0;
  for (const copies of LINEARITY_COPIES) {
    const text = Array.from({ length: copies }, () => corpusText).join('\n\n');
    const n = words * copies;
    const runs = copies >= 16 ? Math.min(opts.runs, 3) : opts.runs;
    const t = timeRuns(() => analyse(text), 1, runs);
    const rate = wordsPerSecond(n, t.medianMs);
    if (copies === 1) baseWps = rate;
    rows.push([`${copies}×`, int(n), int(text.length), fixed(t.medianMs), int(rate), fixed(rate / baseWps, 2)]);
  }
  console.log(table(['copies', 'words', 'chars', 'median ms', 'words/s', 'words/s vs 1×'], rows));

  console.log('\nSize of the engine with its data (src/core/index.ts bundled by esbuild, minified ESM, gzip)');
  const size = await measureEngineSize();
  console.log(table(['minified bytes', 'gzip bytes', 'gzip KB'], [[int(size.minifiedBytes), int(size.gzipBytes), fixed(size.gzipBytes / 1024)]]));

  const engineWps = wps(engine.medianMs);
  const timesWink = wink.medianMs / engine.medianMs;
  const status = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('\nTargets (issue 2), reported, not asserted');
  console.log(table(['target', 'measured', ''], [
    ['≥ 1,000,000 words/s on one core', `${int(engineWps)} words/s`, status(engineWps >= TARGET_WORDS_PER_SECOND)],
    ['≥ 3× wink-nlp readDoc', `${fixed(timesWink, 2)}×`, status(timesWink >= TARGET_TIMES_WINK)],
    ['engine + data ≤ 250 KB gzipped', `${fixed(size.gzipBytes / 1024)} KB`, status(size.gzipBytes <= TARGET_GZIP_BYTES)],
  ]));
}

main().catch((err) => {
  console.error(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  process.exitCode = 1;
});
