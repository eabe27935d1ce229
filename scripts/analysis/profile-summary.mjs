// Summarises a V8 .cpuprofile (from `npx tsx --cpu-prof --cpu-prof-dir=DIR …`): self time per function and per
// file, and total (inclusive) time per function, so a pass over the engine shows where its CPU goes.
//   node scripts/analysis/profile-summary.mjs /tmp/prof/FILE.cpuprofile [top]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 40);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
// Each sample counts the profile's mean interval: on a loaded machine single time deltas include the time the
// process was not running, which would pile onto whatever function was sampled after the gap.
const interval = (prof.endTime - prof.startTime) / prof.samples.length;
const dt = new Map();
for (const id of prof.samples) dt.set(id, (dt.get(id) ?? 0) + interval);
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/wt-perf\//, '')}:${n.callFrame.lineNumber + 1}`;
const self = new Map(), selfFile = new Map(), total = new Map();
let all = 0;
for (const n of prof.nodes) {
  const t = (dt.get(n.id) ?? 0) / 1000;
  if (!t) continue;
  all += t;
  self.set(label(n), (self.get(label(n)) ?? 0) + t);
  const f = n.callFrame.url.replace(/.*\/wt-perf\//, '') || n.callFrame.functionName;
  selfFile.set(f, (selfFile.get(f) ?? 0) + t);
  // Inclusive time: count each function once per stack.
  const seen = new Set();
  for (let id = n.id; id !== undefined; id = parent.get(id)) {
    const l = label(byId.get(id));
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + t);
  }
}
const print = (title, m) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(9)} ms ${(100 * v / all).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`total sampled ${all.toFixed(0)} ms`);
print('self time by function', self);
print('self time by file', selfFile);
print('inclusive time by function', total);
