// CPU profile of a chosen window of analyse() passes over PolNeAR dev: the warm-up (passes 1..N) and the
// steady state cost different things (JIT vs the engine's own work), so they are profiled apart.
//   npx tsx scripts/analysis/profile-window.ts FROM TO OUT.cpuprofile   (passes are 1-based, TO inclusive)
// For line numbers, bundle it first (tsx puts each module on one line):
//   npx esbuild scripts/analysis/profile-window.ts --bundle --keep-names --platform=node --format=esm --outfile=/tmp/pw.mjs
//   node /tmp/pw.mjs FROM TO OUT.cpuprofile        (from the repository root: the corpus path is relative to it)
// then summarise with `node scripts/analysis/profile-summary.mjs OUT.cpuprofile`.
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { analyse } from '../../src/core/index';
import { resolve } from 'node:path';

const docs = readFileSync(resolve(process.cwd(), '../shared/corpora/polnear/dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const from = Number(process.argv[2] ?? 10), to = Number(process.argv[3] ?? 40), out = process.argv[4] ?? '/tmp/window.cpuprofile';
const session = new Session();
session.connect();
const post = (method: string, params?: object): Promise<any> =>
  new Promise((res, rej) => session.post(method, params, (err, r) => (err ? rej(err) : res(r))));

await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 250 });
for (let p = 1; p <= to; p++) {
  if (p === from) await post('Profiler.start');
  for (const d of docs) analyse(d);
}
const { profile } = await post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
console.log(`profiled passes ${from}-${to} → ${out}`);
