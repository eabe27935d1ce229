// Where analyse() allocates: V8's sampling heap profiler over a window of passes (PolNeAR dev), with objects
// the GC already collected kept in the samples, so the bytes are the allocation volume per function, which
// drives scavenge count and cost. Bundle first for line numbers, as for profile-window.ts:
//   npx esbuild scripts/analysis/alloc-window.ts --bundle --keep-names --platform=node --format=esm --outfile=/tmp/aw.mjs
//   node /tmp/aw.mjs FROM TO      (from the repository root)
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { resolve } from 'node:path';
import { analyse } from '../../src/core/index';

interface Node { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: Node[] }

const docs = readFileSync(resolve(process.cwd(), '../shared/corpora/polnear/dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const from = Number(process.argv[2] ?? 10), to = Number(process.argv[3] ?? 20);
const session = new Session();
session.connect();
const post = (method: string, params?: object): Promise<any> =>
  new Promise((res, rej) => session.post(method, params, (err, r) => (err ? rej(err) : res(r))));

for (let p = 1; p <= to; p++) {
  if (p === from) await post('HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (const d of docs) analyse(d);
}
const { profile } = await post('HeapProfiler.stopSampling');
const passes = to - from + 1;
const self = new Map<string, number>();
let all = 0;
const name = (n: Node): string => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\//, '')}:${n.callFrame.lineNumber + 1}`;
const walk = (n: Node, parent?: Node): void => {
  // Built-ins (split, Set, sort…) are shown with their caller: "split :0 < wordsOf x.mjs:123".
  const key = n.callFrame.url || !parent ? name(n) : `${name(n)} < ${name(parent)}`;
  self.set(key, (self.get(key) ?? 0) + n.selfSize);
  all += n.selfSize;
  for (const c of n.children) walk(c, n);
};
walk(profile.head as Node);
console.log(`allocated ~${(all / passes / 1e6).toFixed(1)} MB per pass (sampled), by function:`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(v / passes / 1e3).toFixed(0).padStart(8)} KB/pass  ${k}`);
