// Hot lines of one function in a .cpuprofile taken from an esbuild bundle (see profile-window.ts):
//   node scripts/analysis/profile-lines.mjs OUT.cpuprofile BUNDLE.mjs FUNCTION_NAME_REGEX [top]
import { readFileSync } from 'node:fs';

const [file, bundle, name, topArg] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const lines = readFileSync(bundle, 'utf8').split('\n');
const re = new RegExp(name);
const ticks = new Map();
let all = 0;
for (const n of prof.nodes) {
  if (!re.test(n.callFrame.functionName)) continue;
  for (const t of n.positionTicks ?? []) { ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks); all += t.ticks; }
}
for (const [line, t] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25))) {
  console.log(`${String(t).padStart(6)} ${(100 * t / all).toFixed(1).padStart(5)}%  ${line}: ${lines[line - 1]?.trim().slice(0, 150)}`);
}
