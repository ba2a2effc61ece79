/**
 * Takeover samples for bench/sync.bench.ts (PROTOCOL.md §10 "Takeover", §9 "Session reset").
 * A takeover changes who holds Bob's ratchet for good, so every sample needs a fresh trio
 * (Alice-desktop = Bob's primary, Bob, Alice-laptop paired), built by the caller. One sample:
 *
 *   first LOCAL_HOPS one-hop messages Bob → desktop on that trio (a baseline beside the
 *   sample); then the desktop quits for good; the laptop revokes it (`devices.revoke`: the desktop is marked
 *   `revokedAt`, as it is still Bob's primary and offline); both live engines settle; then
 *   t0 = just before `laptop.devices.makePrimary({peerUid: Bob})`, which takes Bob over at
 *   once (a primary that can no longer hand over): new epoch, a session reset queued to Bob.
 *   Right after it resolves the laptop sends a text; it waits `pending` until Bob's answer on
 *   the new session ("reset_ready") reaches the laptop, then it is sealed and pushed.
 *   t1 = Bob's message.received of that text.
 *
 * So t1 − t0 is the claim plus three relay hops (reset → Bob, reset_ready → laptop, text →
 * Bob), each with the receiver's commit, and the laptop's long-poll restarted with Bob's queue
 * added. The engines run with their default options: `revokedWaitMs` (10 minutes) is far
 * longer than a sample, so the revoking device's own takeover watch never claims Bob first
 * (checked before t0, since the figure would otherwise time something else).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { chatText, type Party, when } from './latency-party';
import { convergenceSample, sampleTrio, type Trio } from './sync-samples';

/** How long the live engines may take to push what the pairing and the revoke queued. */
const SETTLE_TIMEOUT_MS = 30_000;
/**
 * Bob → desktop messages timed on each trio just before its takeover: a baseline taken beside
 * each sample, so a burst of load from other jobs during part 4 shows up in both (part 1's one
 * hop ran earlier). Delivered and acked before the desktop quits, so the reset has
 * nothing of Bob's to send again.
 */
const LOCAL_HOPS = 3;
const ignore = (): undefined => undefined;

export interface TakeoverSample {
  /** Bob's sendText → message.received on the desktop, LOCAL_HOPS times on this trio before. */
  readonly oneHops: readonly number[];
  /** makePrimary call → 'peer.primaryChanged' naming the laptop primary (''), on the laptop. */
  readonly claim: number;
  /**
   * makePrimary call → its return: the claim, then the syncs flushed and the revoked desktop
   * forgotten (nothing is primary there any more), before the text can be written.
   */
  readonly call: number;
  /** makePrimary call → Bob's message.received of the laptop's first text after it. */
  readonly firstDelivered: number;
}

/**
 * One takeover on `trio` (fresh, all three engines running). Leaves the desktop stopped; the
 * caller disposes the three parties.
 */
export async function takeoverSample(
  trio: Trio,
  text: string,
  gapMs: number,
  timeoutMs: number,
): Promise<TakeoverSample> {
  const { desktop, laptop, bob, bobAtAlice } = trio;
  const oneHops: number[] = [];
  for (let i = 0; i < LOCAL_HOPS; i++) {
    const hop = chatText(`before the takeover ${i}`, text.length);
    oneHops.push((await convergenceSample(sampleTrio(trio), hop, gapMs, timeoutMs)).oneHop);
  }
  const desktopUid = await onlySibling(laptop);
  await settled(desktop); // what it owed (acks, syncs) pushed, so each sample starts alike
  await desktop.stop(); // gone for good: its profile is never opened again
  await laptop.engine.devices.revoke(desktopUid);
  await checkRevokedNotTaken(trio, desktopUid);
  // Both live engines idle (the revoke's syncs and the pairing's leftovers pushed), so the
  // sample starts, like the others, with the long-polls held.
  await settled(laptop);
  await settled(bob);
  await sleep(gapMs);
  await checkRevokedNotTaken(trio, desktopUid);

  const claimed = when(
    laptop.engine.events,
    'peer.primaryChanged',
    (e) => e.peerUid === bobAtAlice && e.primaryDeviceUid === '',
    timeoutMs,
  );
  const delivered = when(bob.engine.events, 'message.received', (e) => e.text === text, timeoutMs);
  claimed.catch(ignore); // awaited below; this only keeps an early failure from going unhandled
  delivered.catch(ignore);
  const started = performance.now();
  await laptop.engine.devices.makePrimary({ peerUid: bobAtAlice });
  const returnedAt = performance.now();
  const uuid = await laptop.engine.sendText(bobAtAlice, text);
  let claimedAt: number;
  let deliveredAt: number;
  try {
    claimedAt = await claimed;
    deliveredAt = await delivered;
    // Not timed: the sample ends once Bob's ack came back on the new session, so the
    // takeover completed end to end (and the teardown does not cut the exchange short).
    await reachesState(laptop, bobAtAlice, uuid, 'delivered', timeoutMs);
  } catch (err) {
    const state = await stateOf(trio, uuid);
    throw new Error(`takeover sample failed: ${describe(err)}; ${state}`, { cause: err });
  }
  return {
    oneHops,
    claim: claimedAt - started,
    call: returnedAt - started,
    firstDelivered: deliveredAt - started,
  };
}

/** The desktop's device uid at the laptop: its only sibling. */
async function onlySibling(laptop: Party): Promise<string> {
  const devices = (await laptop.engine.devices.list()).filter((d) => d.step === 'finalized');
  const [only] = devices;
  if (!only || devices.length !== 1) {
    throw new Error(`the laptop should have one paired sibling, has ${devices.length}`);
  }
  return only.uid;
}

/**
 * The revoke left the desktop marked revoked (still Bob's primary) and Bob still the
 * desktop's: nothing took him over before the sample's makePrimary.
 */
async function checkRevokedNotTaken(trio: Trio, desktopUid: string): Promise<void> {
  const profile = trio.laptop.engine.profile;
  const device = await profile.devices.getPeer(desktopUid);
  const bob = await profile.peers.getPeer(trio.bobAtAlice);
  if (device?.revokedAt === undefined) {
    throw new Error(`the revoked desktop is ${device ? 'not marked revoked' : 'forgotten'}`);
  }
  if (bob?.primaryDeviceUid !== desktopUid) {
    throw new Error(`Bob moved before makePrimary (primary: '${bob?.primaryDeviceUid ?? '?'}')`);
  }
}

/** Until `party`'s outbox is empty (every queued job pushed to its relay). */
async function settled(party: Party): Promise<void> {
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  while (party.engine.profile.messages.allJobs().length > 0) {
    if (performance.now() > deadline) {
      throw new Error(`${party.name}: outbox not empty after ${SETTLE_TIMEOUT_MS} ms`);
    }
    await sleep(2);
  }
}

async function reachesState(
  party: Party,
  peerUid: string,
  uuid: string,
  state: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (messageState(party, peerUid, uuid) !== state) {
    if (performance.now() > deadline) {
      throw new Error(`${party.name}: message not '${state}' after ${timeoutMs} ms`);
    }
    await sleep(2);
  }
}

function messageState(party: Party, peerUid: string, uuid: string): string | undefined {
  const { messages } = party.engine.listMessages(peerUid, { limit: 20 });
  return messages.find((m) => m.uuid === uuid)?.state;
}

/** What a failed sample got to, for the error: who holds Bob, the reset, the text's state. */
async function stateOf(trio: Trio, uuid: string): Promise<string> {
  try {
    const { laptop, bob, bobAtAlice, aliceAtBob } = trio;
    const atLaptop = await laptop.engine.profile.peers.getPeer(bobAtAlice);
    const atBob = await bob.engine.profile.peers.getPeer(aliceAtBob);
    const bobTexts = bob.engine
      .listMessages(aliceAtBob, { limit: 20 })
      .messages.map((m) => `${m.outbound ? '>' : '<'}${m.state}`);
    return [
      `laptop: Bob's primary '${atLaptop?.primaryDeviceUid ?? '?'}'`,
      `epoch ${String(atLaptop?.primaryEpoch ?? 0)}`,
      `resetPending ${atLaptop?.resetPending ? 'yes' : 'no'}`,
      `the text ${messageState(laptop, bobAtAlice, uuid) ?? 'missing'}`,
      `outbox ${String(laptop.engine.profile.messages.allJobs().length)} jobs`,
      `Bob: lastResetAt ${String(atBob?.lastResetAt ?? 'none')}`,
      `messages [${bobTexts.join(' ')}]`,
    ].join(', ');
  } catch (err) {
    return `state unreadable: ${describe(err)}`;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
