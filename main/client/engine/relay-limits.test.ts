/**
 * A relay's limits as a user meets them (issue 14): over a limit the relay answers with a code
 * and a retry time; the message waits as `pending` and is delivered once the relay has room
 * again — never failed, never lost, never sent twice. Real relay (in-process, behind a tap that
 * shows its answers), real engines.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  startInProcessRelay,
  type InProcessRelay,
  type RelayLimits,
} from '../../../testkit/relay-inprocess';
import { RelayClient } from '../relay';
import { reachesState, waitUntil } from '../devices/testing/devices';
import {
  closeSide,
  connect,
  inboundTexts,
  makeSide,
  openSide,
  stopSide,
  type Side,
} from './test-helpers';
import { startRelayTap, type RelayTap, type TappedRequest } from './testing/relay-tap';

const MINUTE_MS = 60_000;

let relay: InProcessRelay | undefined;
let tap: RelayTap | undefined;
const sides: Side[] = [];

afterEach(async () => {
  for (const side of sides.splice(0)) await closeSide(side);
  await tap?.close();
  await relay?.close();
});

/** The relay clock runs `offset` ms ahead of this process's, so a test can move it on. */
const clock = { offset: 0, now: () => Date.now() + clock.offset };

async function world(limits: Partial<RelayLimits>): Promise<{ alice: Side; bob: Side }> {
  relay = await startInProcessRelay({ limits, now: clock.now });
  tap = await startRelayTap(relay.relay);
  const server = (await RelayClient.add(tap.url)).ref;
  const alice = await makeSide('Alice', server);
  const bob = await makeSide('Bob', server);
  sides.push(alice, bob);
  return { alice, bob };
}

function pushesAnswered(match: (r: TappedRequest) => boolean): TappedRequest[] {
  return (tap?.requests ?? []).filter((r) => r.request.messages.length > 0 && r.answer && match(r));
}

function states(side: Side, peerUid: string, uuids: string[]): string[] {
  return uuids.map((uuid) => side.profile.messages.getMessage(peerUid, uuid)?.state ?? 'missing');
}

/** Puts the relay clock `intoWindowMs` into a rate-limit window (windows start at minutes). */
function moveRelayClockTo(intoWindowMs: number, nextWindow: boolean): void {
  const now = clock.now();
  const windowStart = now - (now % MINUTE_MS) + (nextWindow ? MINUTE_MS : 0);
  clock.offset += windowStart + intoWindowMs - now;
}

describe('relay limits, as the engine meets them', () => {
  it('a full queue keeps messages pending until the contact reads, then delivers each once', async () => {
    clock.offset = 0;
    const { alice, bob } = await world({ queueMaxLength: 3, queueFullRetryMs: 1_000 });
    const [bobAtAlice, aliceAtBob] = await connect(alice, bob, 'Bob');
    await stopSide(bob);
    const texts = ['one', 'two', 'three', 'four', 'five', 'six'];
    const uuids: string[] = [];
    for (const text of texts) uuids.push(await alice.engine.sendText(bobAtAlice, text));
    await waitUntil(
      () =>
        pushesAnswered((r) => r.answer?.reply?.pushResults[0]?.errorCode === 'QUEUE_FULL').length >
        0,
    );
    const [full] = pushesAnswered(
      (r) => r.answer?.reply?.pushResults[0]?.errorCode === 'QUEUE_FULL',
    );
    expect(full?.answer?.reply?.pushResults[0]?.retryAfterMs).toBeGreaterThan(0);
    const waiting = states(alice, bobAtAlice, uuids);
    expect(waiting).not.toContain('failed');
    expect(waiting.filter((s) => s === 'pending').length).toBeGreaterThanOrEqual(3);

    await openSide(bob);
    for (const uuid of uuids) await reachesState(alice, bobAtAlice, uuid, 'delivered');
    expect(inboundTexts(bob, aliceAtBob)).toEqual(texts);
  });

  it('a rate-limited relay (429, Retry-After) holds the message pending, then it is delivered', async () => {
    // Set-up happens early in a fresh rate-limit window, with room for it.
    clock.offset = 0;
    moveRelayClockTo(1_000, true);
    const { alice, bob } = await world({ requestsPerAddressPerMinute: 400 });
    const [bobAtAlice, aliceAtBob] = await connect(alice, bob, 'Bob');

    // A fresh window, used up by someone on the same address, ending 2.5 s from now.
    moveRelayClockTo(1_000, true);
    await useUpTheWindow();
    moveRelayClockTo(MINUTE_MS - 2_500, false);

    const uuid = await alice.engine.sendText(bobAtAlice, 'after the limit');
    await waitUntil(() => pushesAnswered((r) => r.answer?.status === 429).length > 0);
    const [limited] = pushesAnswered((r) => r.answer?.status === 429);
    expect(limited?.answer?.reply?.error?.code).toBe('RATE_LIMITED');
    expect(Number(limited?.answer?.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(limited?.answer?.reply?.error?.retryAfterMs).toBeGreaterThan(0);
    expect(states(alice, bobAtAlice, [uuid])).toEqual(['pending']);

    await reachesState(alice, bobAtAlice, uuid, 'delivered');
    expect(inboundTexts(bob, aliceAtBob)).toEqual(['after the limit']);
  });
});

/** Posts junk from this address until the relay says 429 (junk counts like any request). */
async function useUpTheWindow(): Promise<void> {
  const url = `${relay?.url ?? ''}/v1`;
  for (let round = 0; round < 100; round++) {
    const replies = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(url, { method: 'POST', body: new Uint8Array([1, 2, 3]) }).then(async (r) => {
          await r.arrayBuffer();
          return r.status;
        }),
      ),
    );
    if (replies.includes(429)) return;
  }
  throw new Error('the relay never rate-limited');
}
