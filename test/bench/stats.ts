/** Timing helpers for the benchmark: repeated runs after a warm-up, median and 95th percentile. */

export interface Timing {
  /** Milliseconds of each measured run. */
  runs: number[];
  median: number;
  p95: number;
}

export interface RepeatOptions {
  /** Runs before measuring (JIT warm-up, caches). */
  warmup: number;
  /**
   * Keep warming up until this much time was spent too: an engine of many functions and regular
   * expressions is still being optimised by the JIT for its first few hundred runs.
   */
  warmupMs?: number;
  /** Measured runs, at least. */
  minRuns: number;
  /** Measured runs, at most. */
  maxRuns: number;
  /** Keep measuring until this much time was spent (within minRuns…maxRuns). */
  minMs: number;
}

const now = () => performance.now();

/** Value at quantile q (0…1) of the sorted values, by nearest rank. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarize(runs: number[]): Timing {
  const sorted = [...runs].sort((a, b) => a - b);
  return { runs, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

/** Times `fn(i)` (i counts every call, warm-up included), synchronously. */
export function repeat(fn: (i: number) => void, o: RepeatOptions): Timing {
  let i = 0;
  const warmStart = now();
  for (let w = 0; w < o.warmup || now() - warmStart < (o.warmupMs ?? 0); w++) fn(i++);
  const runs: number[] = [];
  const start = now();
  while (runs.length < o.minRuns || (runs.length < o.maxRuns && now() - start < o.minMs)) {
    const t0 = now();
    fn(i++);
    runs.push(now() - t0);
  }
  return summarize(runs);
}

/** The same for work that is timed elsewhere (in a browser): `fn` returns the milliseconds of one run. */
export async function repeatAsync(fn: (i: number) => Promise<number>, o: RepeatOptions): Promise<Timing> {
  let i = 0;
  for (let w = 0; w < o.warmup; w++) await fn(i++);
  const runs: number[] = [];
  const start = now();
  while (runs.length < o.minRuns || (runs.length < o.maxRuns && now() - start < o.minMs)) runs.push(await fn(i++));
  return summarize(runs);
}

/** "0.42 ms", "12.3 ms", "1,234 ms". */
export function ms(v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (v < 10) return `${v.toFixed(2)} ms`;
  if (v < 100) return `${v.toFixed(1)} ms`;
  return `${Math.round(v).toLocaleString('en-US')} ms`;
}

/** Bytes as the build prints them: 1 KB = 1,000 bytes. */
export function kb(bytes: number): string {
  const k = bytes / 1000;
  return k >= 100 ? `${Math.round(k).toLocaleString('en-US')} KB` : `${k.toFixed(1)} KB`;
}
