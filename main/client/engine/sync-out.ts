/**
 * Sending device syncs (MULTI_DEVICE_SPEC phase 2–3, 6): `DispatchSyncToDevices` seals one
 * DeviceSyncPayload per sibling device with that device's own ratchet and queues it as a
 * durable outbox job `dev_{devPeerUid}_{dedupId}`. The device peer is stored after each seal
 * (sealAndQueue), so its ratchet never steps back. Applying a received sync never calls these
 * (no echo loops); each change is dispatched once, by the device where it happened.
 *
 * Lock order: a caller may hold a contact's queue; this takes each device's queue inside it.
 * Nothing ever takes a contact's queue while holding a device's queue (see sync-in.ts).
 */
import { randomUUID } from 'node:crypto';
import type { meow } from '../../../proto';
import { deviceSyncJobId } from '../../storage';
import {
  encodeIdentitySnapshot,
  encodePeerData,
  primaryOnWire,
  syncUserMessage,
  type SyncType,
} from '../devices';
import { serverCardOf } from '../peers/codec';
import type { Peer, ServerRef } from '../model';
import type { EngineContext } from './context';
import { sealAndQueue } from './outbound';

/** Paired siblings that can receive: confirmed here, or confirmed by the inviting side. */
export async function pairedDevices(ctx: EngineContext): Promise<Peer[]> {
  const devices = await ctx.profile.devices.listPeers();
  return devices.filter((d) => d.invitationStep === 'finalized' && d.contactLookupKey !== null);
}

export interface DispatchOptions {
  /** Only this device (a `forward` goes to the primary alone). */
  readonly onlyDevice?: string;
  readonly dedupId?: string;
}

/** DispatchSyncToDevices: one durable job per sibling device. */
export async function dispatchSync(
  ctx: EngineContext,
  syncType: SyncType,
  fields: Omit<meow.IDeviceSyncPayload, 'syncType' | 'dedupId'>,
  options: DispatchOptions = {},
): Promise<void> {
  const dedupId = options.dedupId ?? randomUUID();
  const payload: meow.IDeviceSyncPayload = { ...fields, syncType, dedupId };
  for (const device of await pairedDevices(ctx)) {
    if (options.onlyDevice !== undefined && device.uid !== options.onlyDevice) continue;
    await ctx.queue.run(device.uid, async () => {
      // Re-read inside the lock: another sync may have advanced this device's ratchet.
      const current = await ctx.profile.devices.getPeer(device.uid);
      if (current?.invitationStep !== 'finalized') return;
      await sealAndQueue(ctx, current, syncUserMessage(payload, ctx.now()), {
        kind: 'device_sync',
        jobId: deviceSyncJobId(device.uid, dedupId),
      });
    });
  }
}

/** `msg`: the stored message as it is now (after a store or any status change). */
export async function syncMessage(ctx: EngineContext, peerUid: string, uuid: string) {
  const stored = ctx.profile.messages.getMessage(peerUid, uuid);
  if (!stored) return;
  // One dedup id per state, so every step reaches the siblings once.
  const dedupId = `msg.${uuid}.${stored.state}`;
  await dispatchSync(ctx, 'msg', { peerUid, dbMessage: stored.message }, { dedupId });
}

/** `peer_update`: the full peer, naming its primary device. */
export async function syncPeer(ctx: EngineContext, peer: Peer, onlyDevice?: string) {
  if (peer.type !== 'peer') return;
  const peerData = encodePeerData(peer, primaryOnWire(peer, ctx.profile.data.deviceUid));
  await dispatchSync(
    ctx,
    'peer_update',
    { peerUid: peer.uid, peerData },
    onlyDevice === undefined ? {} : { onlyDevice },
  );
}

/** `identity_update`: the IdentityProfileSnapshot only (never keys, devices or hidden peers). */
export async function syncIdentity(ctx: EngineContext, onlyDevice?: string) {
  const identityData = encodeIdentitySnapshot(ctx.profile.profile);
  await dispatchSync(
    ctx,
    'identity_update',
    { identityData },
    onlyDevice === undefined ? {} : { onlyDevice },
  );
}

/** `server_add`: a relay added on this device, with its pinned keys. */
export async function syncServer(ctx: EngineContext, server: ServerRef, onlyDevice?: string) {
  await dispatchSync(
    ctx,
    'server_add',
    { server: serverCardOf(server) },
    onlyDevice === undefined ? {} : { onlyDevice },
  );
}
