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
 * Measures every entry in interleaved rounds and returns the median ns/op of each.
 * `iterations` is per round; a warm-up round is discarded.
 */
export function measureInterleaved(
  measures: readonly Measure[],
  iterations: number,
  rounds: number,
): Map<string, number> {
  for (const m of measures) timeRound(m, Math.max(1, Math.floor(iterations / 4)));
  const samples = new Map<string, number[]>(measures.map((m) => [m.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const m of measures) samples.get(m.name)?.push(timeRound(m, iterations));
  }
  return new Map([...samples].map(([name, values]) => [name, median(values)]));
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
