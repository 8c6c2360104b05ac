/** Timing helpers for the benchmarks: warm throughput over several rounds, and percentiles. */

/** Throughput of several timed rounds. */
export interface Throughput {
  label: string;
  /** Evaluations per second of each round. */
  rounds: number[];
  /** Median evaluations per second. */
  median: number;
  /** Evaluations per round. */
  perRound: number;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The p-th percentile (0..100) of `values`, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Options of the throughput runners. */
export interface RunOptions {
  /** Timed rounds (after warm-up). */
  rounds: number;
  /** Target duration of one round, in ms. */
  roundMs: number;
  /** Warm-up duration, in ms. */
  warmupMs: number;
}

/** Default: 5 rounds of ~1 s after ~1 s of warm-up. */
export const DEFAULT_RUN: RunOptions = { rounds: 5, roundMs: 1000, warmupMs: 1000 };

/** One contender of an interleaved throughput run: `pass()` evaluates the whole corpus once. */
export interface Contender {
  label: string;
  /** Items evaluated by one pass. */
  size: number;
  pass: () => void | Promise<void>;
}

async function timePasses(c: Contender, passes: number): Promise<number> {
  const t0 = now();
  for (let p = 0; p < passes; p++) await c.pass();
  return now() - t0;
}

/**
 * Warm throughput of several contenders. Each is warmed up and calibrated to ~`roundMs` per
 * round; then the rounds are interleaved (A, B, C, A, B, C, ...) so that load from other
 * processes hits every contender alike, which keeps their ratios meaningful on a shared machine.
 */
export async function interleaved(contenders: readonly Contender[], opts: RunOptions = DEFAULT_RUN): Promise<Throughput[]> {
  const passes: number[] = [];
  for (const c of contenders) {
    let n = 0;
    const t0 = now();
    while (now() - t0 < opts.warmupMs) {
      await c.pass();
      n++;
    }
    passes.push(Math.max(1, Math.round((opts.roundMs * n) / (now() - t0))));
  }
  const rounds: number[][] = contenders.map(() => []);
  for (let r = 0; r < opts.rounds; r++) {
    for (const [i, c] of contenders.entries()) {
      const k = passes[i] ?? 1;
      const ms = await timePasses(c, k);
      rounds[i]?.push((k * c.size) / (ms / 1000));
    }
  }
  return contenders.map((c, i) => {
    const rs = rounds[i] ?? [];
    return { label: c.label, rounds: rs, median: median(rs), perRound: (passes[i] ?? 1) * c.size };
  });
}

/** Times `fn` `times` times (after `warmup` untimed calls); returns each duration in ms. */
export function latencies(times: number, warmup: number, fn: (i: number) => void): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = now();
    fn(i);
    out.push(now() - t0);
  }
  return out;
}

/** `123,456` */
export function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}
