// Timing: warm-up runs first (JIT, lazy data), then several timed runs; the median resists a noisy neighbour.
// Both wall-clock and CPU time are kept: on a shared machine (other processes queueing for the cores) wall time
// includes waiting for a core, while this process's CPU time counts only its own work. CPU time also includes
// V8's helper threads (the collector's and, until warm-up ends, the optimising compiler's), so on a quiet machine
// it is at or above wall time: the conservative figure.
export interface Timing {
  medianMs: number;
  medianCpuMs: number;
  runsMs: number[];
  /** CPU time of the very first pass, before any warm-up: what one cold page pays (set by timeInterleaved). */
  firstCpuMs?: number;
}

export type Work = () => void;

interface Sample { wallMs: number; cpuMs: number }

export function timeOnce(work: Work): Sample {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  work();
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function summarise(samples: Sample[]): Timing {
  const runsMs = samples.map((s) => s.wallMs);
  return { medianMs: median(runsMs), medianCpuMs: median(samples.map((s) => s.cpuMs)), runsMs };
}

/**
 * Times `work` up to `runs` times, stopping early once `maxTotalMs` is spent (after at least one run), so a
 * slow case (a quadratic engine on 16× the corpus) reports a number instead of keeping the bench busy for minutes.
 */
export function timeRuns(work: Work, warmups: number, runs: number, maxTotalMs = Infinity): Timing {
  for (let i = 0; i < warmups; i++) work();
  const samples: Sample[] = [];
  let spent = 0;
  while (samples.length < runs && (samples.length === 0 || spent < maxTotalMs)) {
    const sample = timeOnce(work);
    samples.push(sample);
    spent += sample.wallMs;
  }
  return summarise(samples);
}

/**
 * Times several tools in rounds (A, B, C, A, B, C, …) rather than one after the other: when other processes
 * compete for the CPU, each tool sees the same mix of quiet and busy moments, so their ratio stays fair.
 * `runsOf[i]` caps how many rounds tool i takes part in (a slow peer joins only the first few).
 */
export function timeInterleaved(works: Work[], warmupsOf: number[], runsOf: number[]): Timing[] {
  // Warm-up rounds interleave too; each tool's first pass is kept apart as its cold cost.
  const first: Sample[] = [];
  for (let r = 0; r < Math.max(1, ...warmupsOf); r++) {
    works.forEach((w, i) => {
      if (r === 0) first.push(timeOnce(w));
      else if (r < warmupsOf[i]!) w();
    });
  }
  const runs: Sample[][] = works.map(() => []);
  const rounds = Math.max(...runsOf);
  for (let r = 0; r < rounds; r++) {
    works.forEach((w, i) => {
      if (r < runsOf[i]!) runs[i]!.push(timeOnce(w));
    });
  }
  return runs.map((samples, i) => ({ ...summarise(samples), firstCpuMs: first[i]!.cpuMs }));
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function wordsPerSecond(words: number, ms: number): number {
  return ms > 0 ? (words / ms) * 1000 : Infinity;
}
