/**
 * Crash safety of the receive pipeline on a large backlog: Bob is away while Alice sends
 * BACKLOG messages, then a real `meow watch` process drains them and is SIGKILLed right after
 * it announced a unit — while the next pull (prefetched, workers/poll-worker.ts) is on its way
 * or the next unit is being decrypted and committed, with the relay cursor of the last unit
 * not yet acked and its delivery acks still owed (receive.ts holds them back while the backlog
 * lasts). After ROUNDS such kills Bob restarts for good: every message is stored exactly once,
 * in send order, a batch sent afterwards still decrypts, and every message gets its delivery
 * ack, so neither ratchet was left out of step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../testkit/prng';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import type { ErrorEvent } from './events';
import { closeSide, openSide, PASSWORD, waitForEvents, type Side } from './test-helpers';
import { allDelivered, inbound, queueBacklog } from './testing/backlog-checks';
import { startReceiverProcess, type ReceiverProcess } from './testing/receiver-process';

const SEED = Number(process.env.MEOW_CRASH_SEED ?? 0x70697065) >>> 0;
/** Three pulls of the relay's 500 entries: the first two say `more`, so the next is prefetched. */
const BACKLOG = 1_500;
const ROUNDS = 3;
/** After the child's first announced unit, up to this much more before the kill. */
const MAX_KILL_JITTER_MS = 60;
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

describe('receive pipeline crash safety on a large backlog', () => {
  it(`survives ${ROUNDS} SIGKILLs mid-drain of ${BACKLOG} messages: each once, in order, later ones decrypt (seed ${SEED})`, async () => {
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
    } = await queueBacklog(relay.url, BACKLOG, 'b', (side) => {
      if (alice) bob = side;
      else alice = side;
    });

    const rng = mulberry32(SEED);
    const printed: string[] = [];
    const kills: { jitterMs: number; printed: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const jitterMs = Math.floor(rng() * (MAX_KILL_JITTER_MS + 1));
      const child = startReceiverProcess(b.dir.path, PASSWORD);
      children.push(child);
      // Its first announced unit: the next pull is prefetched, the next unit under way.
      await child.waitFor((e) => e.event === 'message.received', STEP_TIMEOUT_MS);
      if (jitterMs > 0) await new Promise((resolve) => setTimeout(resolve, jitterMs));
      await child.kill('SIGKILL');
      children.splice(children.indexOf(child), 1);
      const received = child.events.filter((e) => e.event === 'message.received');
      printed.push(...received.map((e) => String(e.text)));
      kills.push({ jitterMs, printed: received.length });
      expect(child.events.filter((e) => e.event === 'error')).toEqual([]);
    }
    const context = `seed ${SEED}; kills ${JSON.stringify(kills)}`;
    // Each message announced at most once over all the killed children.
    expect(new Set(printed).size, context).toBe(printed.length);

    // Bob for good, in-process; then a batch that only decrypts on a ratchet kept in step.
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

    const stored = inbound(b, aliceAtBob);
    expect(
      stored.filter((t, i) => stored.indexOf(t) !== i),
      context,
    ).toEqual([]);
    expect(stored, context).toEqual([...texts, ...later]);
    expect(errors, context).toEqual([]);
    // Every message acked as delivered: the acks held back during the drain were owed
    // durably, and Bob's sending ratchet is in step.
    await allDelivered(delivered, uuids, a, STEP_TIMEOUT_MS);
    expect(aliceErrors, context).toEqual([]);
    console.info(
      `receive pipeline crash: seed=${SEED} backlog=${BACKLOG} kills=${JSON.stringify(kills)} ` +
        `printed-by-children=${printed.length}`,
    );
  }, 420_000);
});
