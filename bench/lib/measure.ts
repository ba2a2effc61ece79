/**
 * Tiny benchmarking helpers. Machines here are noisy, so every figure is reported next to a
 * baseline measured in the same run, and each measure is the median of several rounds that are
 * interleaved with the other measures (so a noisy second hurts all of them alike).
 */

export interface Measure {
  readonly name: string;
  /** Runs the operation `iterations` times. */
  readonly run: (iterations: number) => void;
}

/** Nanoseconds per operation of `run`, one round. */
function timeRound(measure: Measure, iterations: number): number {
  const start = process.hrtime.bigint();
  measure.run(iterations);
  return Number(process.hrtime.bigint() - start) / iterations;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/**
 * Measures every entry in interleaved rounds and returns the fastest round's ns/op of each
 * (the least-disturbed estimate of what the code itself costs; noise only ever adds time).
 * Each measure's iteration count is calibrated so that one of its rounds takes about
 * `roundMs`: a slow and a fast operation then spend equal time per round, so a burst of
 * machine noise is as likely to hit either, and the ratios between them stay fair.
 */
export function measureInterleaved(
  measures: readonly Measure[],
  roundMs: number,
  rounds: number,
): Map<string, number> {
  const iterations = new Map(measures.map((m) => [m.name, calibrate(m, roundMs)]));
  const samples = new Map<string, number[]>(measures.map((m) => [m.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const m of measures) samples.get(m.name)?.push(timeRound(m, iterations.get(m.name) ?? 1));
  }
  return new Map([...samples].map(([name, values]) => [name, Math.min(...values)]));
}

/** Iterations for one round of about `roundMs`, after a warm-up that lets the JIT settle. */
function calibrate(measure: Measure, roundMs: number): number {
  let n = 16;
  for (;;) {
    const ns = timeRound(measure, n) * n;
    if (ns >= roundMs * 1e6 * 0.5 || n >= 1 << 24) {
      return Math.max(1, Math.round((n * roundMs * 1e6) / ns));
    }
    n *= 2;
  }
}

export function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
}

export function printTable(rows: readonly (readonly string[])[]): void {
  const widths =
    rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  for (const row of rows) {
    console.log(
      row
        .map((cell, col) => cell.padEnd(widths[col] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  }
}

/** A numeric bench setting from the environment (BENCH_*), or its default. */
export function envNumber(name: string, fallback: number): number {
  return Number(process.env[name] ?? fallback);
}
