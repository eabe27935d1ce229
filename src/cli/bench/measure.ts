// Timing: warm-up runs first (JIT, lazy data), then several timed runs; the median resists a noisy neighbour.
export interface Timing {
  medianMs: number;
  runsMs: number[];
}

export function timeRuns(work: () => void, warmups: number, runs: number): Timing {
  for (let i = 0; i < warmups; i++) work();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    work();
    runsMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { medianMs: median(runsMs), runsMs };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function wordsPerSecond(words: number, ms: number): number {
  return ms > 0 ? (words / ms) * 1000 : Infinity;
}
