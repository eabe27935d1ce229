// Timing: warm-up runs first (JIT, lazy data), then several timed runs; the median resists a noisy neighbour.
export interface Timing {
  medianMs: number;
  runsMs: number[];
}

export type Work = () => void;

export function timeOnce(work: Work): number {
  const t0 = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Times `work` up to `runs` times, stopping early once `maxTotalMs` is spent (after at least one run), so a
 * slow case (a quadratic engine on 16× the corpus) reports a number instead of keeping the bench busy for minutes.
 */
export function timeRuns(work: Work, warmups: number, runs: number, maxTotalMs = Infinity): Timing {
  for (let i = 0; i < warmups; i++) work();
  const runsMs: number[] = [];
  let spent = 0;
  while (runsMs.length < runs && (runsMs.length === 0 || spent < maxTotalMs)) {
    const ms = timeOnce(work);
    runsMs.push(ms);
    spent += ms;
  }
  return { medianMs: median(runsMs), runsMs };
}

/**
 * Times several tools in rounds (A, B, C, A, B, C, …) rather than one after the other: when other processes
 * compete for the CPU, each tool sees the same mix of quiet and busy moments, so their ratio stays fair.
 * `runsOf[i]` caps how many rounds tool i takes part in (a slow peer joins only the first few).
 */
export function timeInterleaved(works: Work[], warmups: number, runsOf: number[]): Timing[] {
  for (let i = 0; i < warmups; i++) works.forEach((w) => w());
  const runs: number[][] = works.map(() => []);
  const rounds = Math.max(...runsOf);
  for (let r = 0; r < rounds; r++) {
    works.forEach((w, i) => {
      if (r < runsOf[i]!) runs[i]!.push(timeOnce(w));
    });
  }
  return runs.map((runsMs) => ({ medianMs: median(runsMs), runsMs }));
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function wordsPerSecond(words: number, ms: number): number {
  return ms > 0 ? (words / ms) * 1000 : Infinity;
}
