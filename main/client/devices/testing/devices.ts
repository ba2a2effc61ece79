/** Helpers for the multi-device integration tests: pairing two sides, waiting on states. */
import { expect } from 'vitest';
import type { MessageState } from '../../../storage';
import { waitForEvents, type Side } from '../../engine/test-helpers';

/** Pairs `joining` (a fresh profile) to `existing` through the full QR + code confirmation. */
export async function pairDevices(
  existing: Side,
  joining: Side,
): Promise<{ joiningUid: string; existingUid: string }> {
  const invitation = await existing.engine.devices.invite({ deviceName: 'existing' });
  const requested = waitForEvents(existing.engine.events, 'device.pairingRequested', () => true);
  const joined = await joining.engine.devices.join({ text: invitation.text, deviceName: 'new' });
  const [request] = await requested;
  if (!request) throw new Error('no pairing request');
  expect(request.code).toBe(joined.code);
  const paired = waitForEvents(joining.engine.events, 'device.paired', () => true);
  const identity = waitForEvents(joining.engine.events, 'profile.updated', () => true);
  await existing.engine.devices.confirm(request.deviceUid);
  await Promise.all([paired, identity]);
  return { joiningUid: request.deviceUid, existingUid: joined.deviceUid };
}

/** Resolves when the stored message has reached `state` (checked now, then on every event). */
export async function reachesState(
  side: Side,
  peerUid: string,
  uuid: string,
  state: MessageState,
  timeoutMs = 30_000,
): Promise<void> {
  const current = () => side.profile.messages.getMessage(peerUid, uuid)?.state;
  if (current() === state) return;
  const done = () => current() === state;
  await Promise.race([
    waitForEvents(side.engine.events, 'message.statusChanged', done, 1, timeoutMs),
    waitForEvents(side.engine.events, 'message.stored', done, 1, timeoutMs),
  ]);
}

/** Resolves when `side` holds a contact `peerUid` (checked now, then on peer events). */
export async function holdsPeer(side: Side, peerUid: string): Promise<void> {
  const has = async () => (await side.profile.peers.getPeer(peerUid)) !== undefined;
  if (await has()) return;
  await Promise.race([
    waitForEvents(side.engine.events, 'peer.added', (e) => e.peerUid === peerUid),
    waitForEvents(side.engine.events, 'peer.updated', (e) => e.peerUid === peerUid),
  ]);
}

/**
 * Resolves when `side` holds the contact `peerUid` finalized (checked now, then on every peer
 * event for it). A sibling first gets the primary's `peer_update` of the offered invitation, and
 * the finalized record in a later one; only that one carries what a takeover needs (the
 * contact's keys and queue), so a test that switches the primary off must wait for it.
 */
export async function holdsFinalized(
  side: Side,
  peerUid: string,
  timeoutMs = 30_000,
): Promise<void> {
  const events = side.engine.events;
  await new Promise<void>((resolve, reject) => {
    const stop: (() => void)[] = [];
    const end = (err?: unknown) => {
      for (const off of stop) off();
      if (err === undefined) resolve();
      else
        reject(err instanceof Error ? err : new Error('reading the peer failed', { cause: err }));
    };
    const check = () => {
      side.profile.peers.getPeer(peerUid).then((peer) => {
        if (peer?.invitationStep === 'finalized') end();
      }, end);
    };
    const timer = setTimeout(() => {
      end(new Error(`${peerUid} not finalized within ${timeoutMs} ms`));
    }, timeoutMs);
    stop.push(() => {
      clearTimeout(timer);
    });
    const onPeer = (e: { peerUid: string }) => {
      if (e.peerUid === peerUid) check();
    };
    stop.push(events.on('peer.added', onPeer), events.on('peer.updated', onPeer));
    check();
  });
}

/** Every message text of a conversation, oldest first, with direction. */
export function conversation(side: Side, peerUid: string): string[] {
  return side.engine
    .listMessages(peerUid, { limit: 500 })
    .messages.map((m) => `${m.outbound ? '>' : '<'} ${m.message.text}`)
    .reverse();
}

/**
 * Resolves once `condition` holds, checking every 25 ms — for states no event announces (a
 * relay dropping expired entries, a queue draining). Not a sleep: it returns as soon as it can.
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
