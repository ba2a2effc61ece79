/** Retry delays of the engine's workers (send and poll) after a relay could not be reached. */
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

/** Exponential in the attempts so far, capped, with jitter. */
export function backoffMs(attempts: number): number {
  const exp = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(attempts, 16));
  // Jitter so many clients returning after an outage do not hit the relay in lockstep.
  return Math.round(exp * (0.5 + Math.random() / 2));
}
