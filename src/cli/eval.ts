// `npm run eval`: runs the engine over PolNeAR dev, writes out/dev.pred.jsonl in the extract
// format and prints the shared scorer's table (../shared/eval/score.mjs).
//   npm run eval [-- --split dev|train] [--limit N]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyse } from '../core/index';
import { CUE_THRESHOLD } from '../core/cues';
import { polnearPath, readCorpus, repoRoot } from './corpus';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const split = (opt('--split') ?? 'dev') as 'dev' | 'train';
const goldPath = polnearPath(split);
const docs = readCorpus(goldPath).slice(0, opt('--limit') ? Number(opt('--limit')) : undefined);

// Tuning knobs for sweeps on dev: --share S --count N override the cue lexicon threshold.
if (opt('--share')) CUE_THRESHOLD.share = Number(opt('--share'));
if (opt('--pair')) CUE_THRESHOLD.pair = Number(opt('--pair'));
if (opt('--weak')) CUE_THRESHOLD.weak = Number(opt('--weak'));
if (opt('--shape')) CUE_THRESHOLD.shape = Number(opt('--shape'));
if (opt('--count')) CUE_THRESHOLD.count = Number(opt('--count'));
const lines: string[] = [];
let words = 0;
const failed: string[] = [];
const t0 = performance.now();
for (const doc of docs) {
  const { attributions, truncated } = analyse(doc.text);
  // analyse() never throws; without a budget, `truncated` means an engine bug was swallowed.
  if (truncated) failed.push(doc.id);
  lines.push(JSON.stringify({ id: doc.id, attributions }));
  words += doc.text.split(/\s+/).length;
}
const ms = performance.now() - t0;
if (failed.length) console.error(`WARNING: the engine failed (swallowed error) on ${failed.length} documents, e.g. ${failed[0]}`);
mkdirSync(resolve(repoRoot, 'out'), { recursive: true });
const predPath = resolve(repoRoot, `out/${split}.pred.jsonl`);
writeFileSync(predPath, lines.join('\n') + '\n');
console.log(`engine: ${docs.length} documents, ${words} words in ${ms.toFixed(0)} ms (${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s, includes warm-up)`);
const scorer = resolve(repoRoot, '../shared/eval/score.mjs');
const extra = opt('--limit') ? ['--limit', opt('--limit')!] : [];
process.stdout.write(execFileSync('node', [scorer, '--gold', goldPath, '--pred', predPath, ...extra], { encoding: 'utf8' }));
