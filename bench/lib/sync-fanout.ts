/**
 * The fan-out measure of bench/sync.bench.ts: what one device change costs the device where it
 * happens, per number of paired siblings k. One desktop per k (fresh profiles, so the k values
 * can be measured in interleaved rounds), each paired with k sibling devices through the real
 * pairing flow. The change is Engine.updateProfile({ status }) — the identity file saved, then
 * one `identity_update` dispatched to each sibling (sealed with that device's own ratchet, the
 * device peer stored, one outbox job queued) — timed from the call to its return.
 *
 * Two phases, each in interleaved rounds (the order of the k values rotates every round):
 *  - live: every engine runs. After each call the sample waits until all k siblings applied
 *    the update ('profile.updated'), then idles `gapMs`, so each call starts from idle engines;
 *    the call itself may share the CPU with the send worker pushing its first jobs.
 *  - dispatch only: the siblings quit, so no sibling applies anything in the timed window; the
 *    desktop's engine runs (its sync dispatcher seals and queues inside the call), and each
 *    call starts once its send worker has pushed the previous call's jobs to the relay, so the
 *    call runs alone.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Engine } from '../../main/client/engine/engine';
import type { ServerRef } from '../../main/client/model';
import { Party, when } from './latency-party';
import { pairDevice } from './sync-devices';

const ignore = (): undefined => undefined;

export interface FanoutDesktop {
  readonly k: number;
  readonly desktop: Party;
  readonly siblings: readonly Party[];
}

export interface FanoutSamples {
  /** Live: updateProfile call → return, ms. */
  readonly liveCall: number[];
  /** Live: call → the last of the k siblings emitted 'profile.updated', ms (k > 0). */
  readonly liveApplied: number[];
  /** Workers stopped: updateProfile call → return, ms. */
  readonly dispatchOnly: number[];
}

export interface FanoutOptions {
  readonly rounds: number;
  /** Calls per desktop per round. */
  readonly batch: number;
  readonly gapMs: number;
  readonly timeoutMs: number;
}

/**
 * One desktop per k, each paired with k fresh devices (one at a time). Every Party created is
 * pushed to `parties` at once, so the caller disposes them even if set-up fails half-way.
 */
export async function fanoutDesktops(
  server: ServerRef,
  ks: readonly number[],
  parties: Party[],
): Promise<FanoutDesktop[]> {
  const out: FanoutDesktop[] = [];
  for (const k of ks) {
    const desktop = await Party.create(`fanout${k}-desktop`, server, 'sync');
    parties.push(desktop);
    const siblings: Party[] = [];
    for (let i = 0; i < k; i++) {
      const sibling = await Party.create(`fanout${k}-device${i}`, undefined, 'sync');
      parties.push(sibling);
      await pairDevice(desktop, sibling);
      siblings.push(sibling);
    }
    out.push({ k, desktop, siblings });
  }
  return out;
}

let statusCounter = 0;
const nextStatus = (): string => `status ${statusCounter++}`;

async function liveSample(
  d: FanoutDesktop,
  options: FanoutOptions,
): Promise<{ call: number; applied: number }> {
  await sleep(options.gapMs);
  const applied = Promise.all(
    d.siblings.map((s) => when(s.engine.events, 'profile.updated', () => true, options.timeoutMs)),
  );
  applied.catch(ignore); // awaited below; this only keeps an early failure from going unhandled
  const started = performance.now();
  await d.desktop.engine.updateProfile({ status: nextStatus() });
  const call = performance.now() - started;
  const at = await applied;
  return { call, applied: at.length > 0 ? Math.max(...at) - started : Number.NaN };
}

async function dispatchSample(engine: Engine, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  // The previous call's jobs are pushed first (polling: no event says "outbox empty").
  while (engine.profile.messages.nextJobDueAt() !== undefined) {
    if (performance.now() > deadline) throw new Error('the outbox did not drain');
    await sleep(1);
  }
  const started = performance.now();
  await engine.updateProfile({ status: nextStatus() });
  return performance.now() - started;
}

/** Rounds × k values (rotated each round) × `batch` calls; `warmup` rounds are dropped. */
async function interleaved(
  count: number,
  rounds: number,
  warmup: number,
  sample: (index: number, round: number) => Promise<void>,
): Promise<void> {
  for (let r = -warmup; r < rounds; r++) {
    const shift = ((r % count) + count) % count;
    for (let i = 0; i < count; i++) await sample((i + shift) % count, r);
  }
}

/** Both phases; the siblings and the desktops' engines are stopped when this returns. */
export async function measureFanout(
  desktops: readonly FanoutDesktop[],
  options: FanoutOptions,
): Promise<Map<number, FanoutSamples>> {
  const samples = new Map<number, FanoutSamples>(
    desktops.map((d) => [d.k, { liveCall: [], liveApplied: [], dispatchOnly: [] }]),
  );
  const of = (index: number): [FanoutDesktop, FanoutSamples] => {
    const d = desktops[index];
    const s = d && samples.get(d.k);
    if (!d || !s) throw new Error(`no desktop ${index}`);
    return [d, s];
  };

  await interleaved(desktops.length, options.rounds, 1, async (index, round) => {
    const [d, s] = of(index);
    for (let b = 0; b < options.batch; b++) {
      const { call, applied } = await liveSample(d, options);
      if (round < 0) continue;
      s.liveCall.push(call);
      if (!Number.isNaN(applied)) s.liveApplied.push(applied);
    }
  });

  // Dispatch only: nothing but the call runs (the siblings are gone, the outbox is empty).
  for (const d of desktops) for (const sibling of d.siblings) await sibling.stop();
  await interleaved(desktops.length, options.rounds, 1, async (index, round) => {
    const [d, s] = of(index);
    for (let b = 0; b < options.batch; b++) {
      const ms = await dispatchSample(d.desktop.engine, options.timeoutMs);
      if (round >= 0) s.dispatchOnly.push(ms);
    }
  });
  for (const d of desktops) await d.desktop.stopEngine();
  return samples;
}
