/**
 * SIGKILL while the receive pipeline is full (issue 18). Bob is away while Alice sends BACKLOG
 * messages (three relay pulls of 500); a real `meow watch` process drains them and is killed
 * at chosen points of the drain, where every stage holds something: a unit committed and
 * announced with its ratchet write in flight, the next unit being opened and committed, the
 * pull after it already on its way (workers/poll-worker.ts prefetch), the relay cursor of the
 * units before not yet acked, and their delivery acks owed in one row per unit
 * (storage/acks-owed.ts; receive.ts holds them while the backlog lasts). The kill points count
 * the child's own message.received lines: KILL_AT[i] lines, then up to MAX_JITTER_MS more.
 * Then Bob restarts for good and the test checks: each message announced at most once and in
 * send order across all the children; stored exactly once and in send order; a batch sent
 * afterwards decrypts (the ratchets are in step); every message acked as delivered and no ack
 * left owed (nothing acked at the relay was lost, nothing owed was dropped).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../testkit/prng';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import type { ErrorEvent } from './events';
import { closeSide, openSide, PASSWORD, waitForEvents, type Side } from './test-helpers';
import { allDelivered, inbound, queueBacklog } from './testing/backlog-checks';
import { startReceiverProcess, type ReceiverProcess } from './testing/receiver-process';

const SEED = Number(process.env.MEOW_CRASH_SEED ?? 0x66756c6c) >>> 0;
const UNIT = 500;
const BACKLOG = 3 * UNIT;
/**
 * A whole unit announced (its ratchet write and the next unit under way), the first message of
 * a unit (its commit just done), half a unit (events still being written out).
 */
const KILL_AT = [UNIT, 1, UNIT / 2];
const MAX_JITTER_MS = 20;
const LATER = 20;
const STEP_TIMEOUT_MS = 60_000;

let relay: RelayProcess | undefined;
let alice: Side | undefined;
let bob: Side | undefined;
const children: ReceiverProcess[] = [];

beforeEach(async () => {
  relay = await startRelayProcess();
});

afterEach(async () => {
  for (const child of children.splice(0)) await child.kill('SIGKILL');
  await closeSide(bob);
  bob = undefined;
  await closeSide(alice);
  alice = undefined;
  await relay?.stop();
  relay = undefined;
});

/** Runs one child until it printed `lines` message.received lines (+ jitter), then kills it. */
async function drainAndKill(dir: string, lines: number, jitterMs: number): Promise<string[]> {
  const child = startReceiverProcess(dir, PASSWORD);
  children.push(child);
  let seen = 0;
  await child.waitFor((e) => e.event === 'message.received' && ++seen >= lines, STEP_TIMEOUT_MS);
  if (jitterMs > 0) await new Promise((resolve) => setTimeout(resolve, jitterMs));
  await child.kill('SIGKILL');
  children.splice(children.indexOf(child), 1);
  expect(child.events.filter((e) => e.event === 'error')).toEqual([]);
  return child.events.filter((e) => e.event === 'message.received').map((e) => String(e.text));
}

describe('receive pipeline, SIGKILL while full', () => {
  it(`stores a ${BACKLOG}-message backlog exactly once, in order, through kills at ${KILL_AT.join(', ')} announced (seed ${SEED})`, async () => {
    if (!relay) throw new Error('no relay');
    const {
      alice: a,
      bob: b,
      bobAtAlice,
      aliceAtBob,
      texts,
      uuids,
      aliceErrors,
      delivered,
    } = await queueBacklog(relay.url, BACKLOG, 'p', (side) => {
      if (alice) bob = side;
      else alice = side;
    });

    const rng = mulberry32(SEED);
    const printed: string[] = [];
    const kills: { at: number; jitterMs: number; printed: number }[] = [];
    for (const at of KILL_AT) {
      const jitterMs = Math.floor(rng() * (MAX_JITTER_MS + 1));
      const lines = await drainAndKill(b.dir.path, at, jitterMs);
      printed.push(...lines);
      kills.push({ at, jitterMs, printed: lines.length });
    }
    const context = `seed ${SEED}; kills ${JSON.stringify(kills)}`;
    // Announced at most once, and in send order, over all the killed children (a line may be
    // lost with its process, never repeated or reordered).
    const order = printed.map((t) => texts.indexOf(t));
    expect(
      order.every((index, i) => index > (order[i - 1] ?? -1)),
      context,
    ).toBe(true);

    // Bob for good, in-process; then a batch that only decrypts on ratchets kept in step.
    await openSide(b);
    const errors: ErrorEvent[] = [];
    b.engine.events.on('error', (e) => errors.push(e));
    const later = Array.from({ length: LATER }, (_, i) => `later${i}`);
    const last = waitForEvents(
      b.engine.events,
      'message.received',
      (e) => e.text === later[later.length - 1],
      1,
      STEP_TIMEOUT_MS,
    );
    last.catch(() => undefined); // awaited below
    for (const text of later) uuids.push(await a.engine.sendText(bobAtAlice, text));
    await last; // entries are handled in queue order: everything before it was handled too

    // Exactly once, in send order: nothing the relay had been acked for is missing.
    expect(inbound(b, aliceAtBob), context).toEqual([...texts, ...later]);
    expect(errors, context).toEqual([]);
    // Every message acked as delivered, and nothing left owed (unit rows included).
    await allDelivered(delivered, uuids, a, STEP_TIMEOUT_MS);
    expect(b.profile.messages.countAcksOwed(aliceAtBob, 10), context).toBe(0);
    expect(aliceErrors, context).toEqual([]);
    console.info(`receive pipeline kill: seed=${SEED} kills=${JSON.stringify(kills)}`);
  }, 420_000);
});
