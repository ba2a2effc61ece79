/**
 * Send bursts (group commit, messaging.ts; batched pushes, workers/send-worker.ts) over a real
 * relay process: many sendText calls fired at once arrive once each and in call order; and a
 * sender SIGKILLed in the middle of bursts (a real child process, testing/burst-sender.ts),
 * then restarted, delivers every message the API reported accepted exactly once, in order,
 * with the ratchet still in step (a later message and the reply go through).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnJsonChild, type JsonChild } from '../../../testkit/json-child';
import { mulberry32 } from '../../../testkit/prng';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import type { MessageCursor, StoredMessage } from '../../storage';
import { RelayClient } from '../relay';
import type { ErrorEvent } from './events';
import {
  closeSide,
  connectAliceBob,
  makeSide,
  openSide,
  PASSWORD,
  stopSide,
  waitForEvents,
  type Side,
} from './test-helpers';

const BURST = 400;
const CRASH_ROUNDS = 3;
const CRASH_BURST = 300;
const SEED = Number(process.env.MEOW_CRASH_SEED ?? 0x62757273) >>> 0;
const STEP_TIMEOUT_MS = 60_000;

let relay: RelayProcess | undefined;
const sides: Side[] = [];
const children: JsonChild[] = [];

beforeEach(async () => {
  relay = await startRelayProcess();
});

afterEach(async () => {
  for (const child of children.splice(0)) await child.kill('SIGKILL');
  for (const side of sides.splice(0)) await closeSide(side);
  await relay?.stop();
  relay = undefined;
});

async function twoSides(): Promise<{
  alice: Side;
  bob: Side;
  bobAtAlice: string;
  aliceAtBob: string;
}> {
  if (!relay) throw new Error('no relay');
  const server = (await RelayClient.add(relay.url)).ref;
  const alice = await makeSide('Alice', server);
  sides.push(alice);
  const bob = await makeSide('Bob', server);
  sides.push(bob);
  return { alice, bob, ...(await connectAliceBob(alice, bob)) };
}

/** One whole conversation, oldest first (all pages). */
function conversation(side: Side, peerUid: string): StoredMessage[] {
  const out: StoredMessage[] = [];
  let before: MessageCursor | undefined;
  do {
    const page = side.profile.messages.listMessages(peerUid, { limit: 500, before });
    out.push(...page.messages);
    before = page.nextCursor;
  } while (before);
  return out.reverse();
}

function texts(side: Side, peerUid: string, outbound: boolean): string[] {
  return conversation(side, peerUid)
    .filter((m) => m.outbound === outbound)
    .map((m) => m.message.text);
}

describe('send bursts', () => {
  it(`${BURST} sendText calls fired at once arrive exactly once, in call order`, async () => {
    const { alice, bob, bobAtAlice, aliceAtBob } = await twoSides();
    const errors: ErrorEvent[] = [];
    alice.engine.events.on('error', (e) => errors.push(e));
    const expected = Array.from({ length: BURST }, (_, i) => `burst ${i}`);
    const arrived = waitForEvents(
      bob.engine.events,
      'message.received',
      (e) => e.peerUid === aliceAtBob,
      BURST,
      STEP_TIMEOUT_MS,
    );
    arrived.catch(() => undefined); // awaited below
    const uuids = await Promise.all(expected.map((t) => alice.engine.sendText(bobAtAlice, t)));
    expect(new Set(uuids).size).toBe(BURST);
    // Each call resolved once its text was stored: all are there, in call order.
    expect(texts(alice, bobAtAlice, true)).toEqual(expected);
    expect((await arrived).map((e) => e.text)).toEqual(expected);
    expect(texts(bob, aliceAtBob, false)).toEqual(expected);
    expect(errors).toEqual([]);
  }, 120_000);

  it(`a sender SIGKILLed mid-burst ${CRASH_ROUNDS} times delivers every accepted message once, in order (seed ${SEED})`, async () => {
    const { alice, bob, bobAtAlice, aliceAtBob } = await twoSides();
    const bobErrors: ErrorEvent[] = [];
    bob.engine.events.on('error', (e) => bobErrors.push(e));
    await stopSide(alice); // Alice now runs in child processes
    const rng = mulberry32(SEED);
    const accepted: string[] = [];
    for (let round = 0; round < CRASH_ROUNDS; round++) {
      const child = spawnJsonChild({
        label: `burst sender ${round}`,
        args: [
          'main/client/engine/testing/burst-sender.ts',
          alice.dir.path,
          bobAtAlice,
          `r${round} `,
          String(CRASH_BURST),
        ],
        env: { MEOW_PASSWORD: PASSWORD },
      });
      children.push(child);
      const killAfter = Math.floor(rng() * CRASH_BURST * 0.8);
      await child.waitFor(
        (e) =>
          e.event === 'all-accepted' ||
          e.event === 'crashed' ||
          (e.event === 'accepted' && Number(String(e.text).split(' ')[1]) >= killAfter),
        STEP_TIMEOUT_MS,
      );
      await child.kill('SIGKILL');
      children.splice(children.indexOf(child), 1);
      const lines = child.events;
      expect(lines.filter((e) => e.event === 'crashed' || e.event === 'refused')).toEqual([]);
      accepted.push(...lines.filter((e) => e.event === 'accepted').map((e) => String(e.text)));
    }
    expect(accepted.length).toBeGreaterThan(0);

    // Alice restarts for good, in-process: her queued jobs go out; then one more message.
    await openSide(alice);
    const stored = texts(alice, bobAtAlice, true);
    // Accepted means stored: every one is there, and each round's in call order.
    expect(accepted.filter((t) => !stored.includes(t))).toEqual([]);
    const index = (t: string) => Number(t.split(' ')[1]);
    const round = (t: string) => t.split(' ')[0] ?? '';
    for (let i = 1; i < stored.length; i++) {
      const [a, b] = [stored[i - 1] ?? '', stored[i] ?? ''];
      if (round(a) === round(b)) expect(index(b)).toBeGreaterThan(index(a));
    }
    const last = waitForEvents(
      bob.engine.events,
      'message.received',
      (e) => e.text === 'after the crashes',
      1,
      STEP_TIMEOUT_MS,
    );
    last.catch(() => undefined); // awaited below
    await alice.engine.sendText(bobAtAlice, 'after the crashes');
    await last; // Bob handles his queue in order: everything before it has been handled

    const received = texts(bob, aliceAtBob, false);
    expect(received).toEqual([...stored, 'after the crashes']);
    expect(new Set(received).size).toBe(received.length);
    expect(bobErrors).toEqual([]);
    // And Bob's reply still reaches Alice.
    const reply = waitForEvents(alice.engine.events, 'message.received', (e) => e.text === 'ok');
    await bob.engine.sendText(aliceAtBob, 'ok');
    expect((await reply)[0]?.peerUid).toBe(bobAtAlice);
  }, 240_000);
});
