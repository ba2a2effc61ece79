/**
 * The asynchronous twin of measure.ts's measureInterleaved, for bench:peer: libsignal's
 * session API returns promises (its stores are async, as a real client's are), and so does our
 * engine's path (getPeer/storePeer), so every measured operation is awaited.
 *
 * Rounds are interleaved (A, B, C, A, B, C, …) and time-balanced: each measure's iteration count
 * is calibrated so one of its rounds takes about `roundMs`, so a burst of machine noise is as
 * likely to hit any of them. The figure is the median round (the brief of this bench asks for
 * medians: a typical round, not the luckiest one); the fastest round is kept too.
 */
import { median } from './measure';

export interface AsyncMeasure {
  readonly name: string;
  /** Runs the operation `iterations` times. */
  readonly run: (iterations: number) => Promise<void>;
}

export interface Timing {
  /** ns per operation, median round. */
  readonly median: number;
  /** ns per operation, fastest round. */
  readonly best: number;
}

/**
 * Which clock a round is timed by. `cpu` (the default): this process's CPU time, user + system,
 * all threads — on a machine shared with other busy processes the wall clock mostly measures
 * how long we waited for a core, and that wait comes in bursts that no interleaving evens out.
 * `wall`: elapsed time (BENCH_CLOCK=wall), for a machine of one's own.
 */
export const CLOCK: 'cpu' | 'wall' = process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';

function nowNs(): number {
  if (CLOCK === 'wall') return Number(process.hrtime.bigint());
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

async function timeRound(measure: AsyncMeasure, iterations: number): Promise<number> {
  const start = nowNs();
  await measure.run(iterations);
  return (nowNs() - start) / iterations;
}

/** Iterations for one round of about `roundMs`, after a warm-up that lets the JIT settle. */
async function calibrate(measure: AsyncMeasure, roundMs: number): Promise<number> {
  let n = 4;
  for (;;) {
    const ns = (await timeRound(measure, n)) * n;
    if (ns >= roundMs * 1e6 * 0.5 || n >= 1 << 20) {
      return Math.max(1, Math.round((n * roundMs * 1e6) / ns));
    }
    n *= 2;
  }
}

export async function measureInterleavedAsync(
  measures: readonly AsyncMeasure[],
  roundMs: number,
  rounds: number,
): Promise<Map<string, Timing>> {
  const iterations = new Map<string, number>();
  for (const m of measures) iterations.set(m.name, await calibrate(m, roundMs));
  const samples = new Map<string, number[]>(measures.map((m) => [m.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const m of measures) {
      samples.get(m.name)?.push(await timeRound(m, iterations.get(m.name) ?? 1));
    }
  }
  return new Map(
    [...samples].map(([name, values]) => [
      name,
      { median: median(values), best: Math.min(...values) },
    ]),
  );
}

/** Two devices in one conversation, as a bench sees them. */
export interface Duo {
  /**
   * One message A → B (`aToB`) or B → A, all of it: the sender loads its session state, seals,
   * stores the state; the receiver loads its state, opens, stores the state. Returns the bytes
   * that went over the wire.
   */
  readonly send: (aToB: boolean) => Promise<number>;
  /** Bytes of A's stored session state for B, as of now. */
  readonly storedBytes: () => number;
  /** Of those, the bytes a message rewrites (all of them when not given). */
  readonly rewrittenBytes?: () => number;
}
