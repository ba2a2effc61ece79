/**
 * Recording device syncs (MULTI_DEVICE_SPEC phase 2–3, 6, `DispatchSyncToDevices`). Every sync
 * is first written to the sync outbox (storage/sync-outbox.ts) IN THE TRANSACTION OF THE CHANGE
 * that causes it — a stored message, a status step, a forward — and sealed and queued later by
 * the dispatcher (sync-dispatch.ts), which survives restarts. Never "commit, then queue": a
 * crash between the two would lose the sync for good (ARCHITECTURE.md "Effects").
 *
 * Changes that live outside SQLite (a contact in the peer store, the identity file, a relay)
 * record a *reference* before the change (`aroundChange`); the payload is built when it is sent,
 * so after a crash in between the siblings get the state as it is (unchanged, or changed).
 * Applying a received sync never records one (no echo loops), except where the spec has the
 * receiver act (a forward, a history request, an introduction).
 */
import { randomUUID } from 'node:crypto';
import { encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { StoredMessage } from '../../storage';
import type { SyncType } from './codec';
import type { Peer } from '../model';
import type { EngineContext } from '../engine/context';

/** Paired siblings that can receive: confirmed here, or confirmed by the inviting side. */
export async function pairedDevices(ctx: EngineContext): Promise<Peer[]> {
  const devices = await ctx.profile.devices.listPeers();
  return devices.filter(isPaired);
}

export function isPaired(device: Peer | undefined): device is Peer {
  return (
    device?.invitationStep === 'finalized' &&
    device.contactLookupKey !== null &&
    device.revokedAt === undefined
  );
}

/** Whether this profile has any sibling device (paired or pairing): syncs are worth recording. */
export async function hasDevices(ctx: EngineContext): Promise<boolean> {
  return (await ctx.profile.devices.listPeers()).length > 0;
}

export interface SyncTargets {
  /** Only this device (a `forward` goes to the primary alone). */
  readonly onlyDevice?: string;
  /** Exactly these devices (a `device_revoke` also goes to the device it revokes). */
  readonly targets?: readonly string[];
  readonly dedupId?: string;
}

function targetsOf(options: SyncTargets): readonly string[] | undefined {
  if (options.targets) return options.targets;
  return options.onlyDevice === undefined ? undefined : [options.onlyDevice];
}

/** Records one sync (a snapshot of its payload). Call inside the change's transaction. */
export function queueSync(
  ctx: EngineContext,
  syncType: SyncType,
  fields: Omit<meow.IDeviceSyncPayload, 'syncType' | 'dedupId'>,
  options: SyncTargets = {},
): string {
  const dedupId = options.dedupId ?? randomUUID();
  const payload = encodeSyncPayload(syncType, fields, dedupId);
  const targets = targetsOf(options);
  ctx.profile.messages.addSyncOut({
    dedupId,
    kind: 'payload',
    payload,
    ...(targets ? { targets } : {}),
  });
  return dedupId;
}

/** The bytes the sync outbox keeps for one sync (the dispatcher decodes and seals them). */
export function encodeSyncPayload(
  syncType: SyncType,
  fields: Omit<meow.IDeviceSyncPayload, 'syncType' | 'dedupId'>,
  dedupId: string,
): Uint8Array {
  return encodeProto(meow.DeviceSyncPayload, { ...fields, syncType, dedupId });
}

/**
 * `msg`: the stored message as it is now, inside the transaction that stored or changed it.
 * One dedup id per stored version (state and update time), so every step reaches the siblings
 * once, and a step taken again after a retry is not mistaken for the earlier one. `targets`:
 * only these devices (none: nothing recorded); default every device paired when it is sent.
 */
export function queueMessageSync(
  ctx: EngineContext,
  peerUid: string,
  uuid: string,
  targets?: readonly string[],
): void {
  if (targets?.length === 0) return;
  const stored = ctx.profile.messages.getMessage(peerUid, uuid);
  if (!stored) return;
  const { fields, dedupId } = messageSyncOf(peerUid, stored);
  queueSync(ctx, 'msg', fields, { dedupId, ...(targets ? { targets } : {}) });
}

/** The fields and dedup id of the `msg` sync of a stored message. */
export function messageSyncOf(peerUid: string, stored: StoredMessage) {
  const dedupId = `msg.${stored.uuid}.${stored.state}.${stored.updatedAt.toString(36)}`;
  return { fields: { peerUid, dbMessage: stored.message }, dedupId };
}

type RefKind = 'peer' | 'identity' | 'server';

function queueRef(ctx: EngineContext, kind: RefKind, ref: string, onlyDevice?: string): void {
  ctx.profile.messages.addSyncOut({
    dedupId: randomUUID(),
    kind,
    ref,
    ...(onlyDevice === undefined ? {} : { targets: [onlyDevice] }),
  });
}

/** `peer_update` of the contact as it is when sent (naming its primary device). */
export function queuePeerSync(ctx: EngineContext, peerUid: string, onlyDevice?: string): void {
  queueRef(ctx, 'peer', peerUid, onlyDevice);
}

/** `identity_update`: the IdentityProfileSnapshot only (never keys, devices or hidden peers). */
export function queueIdentitySync(ctx: EngineContext, onlyDevice?: string): void {
  queueRef(ctx, 'identity', '', onlyDevice);
}

/** `server_add`: a relay of this profile, with its pinned keys. */
export function queueServerSync(ctx: EngineContext, url: string, onlyDevice?: string): void {
  queueRef(ctx, 'server', url, onlyDevice);
}

/** The busy key of a reference (sync-dispatch.ts leaves a busy reference for later). */
export function refKey(kind: RefKind, ref: string): string {
  return `${kind}:${ref}`;
}

/**
 * A change outside SQLite that the siblings must learn: records the reference, makes the change,
 * then sends. While the change runs the dispatcher leaves the reference alone, so it never sends
 * the state from before the change and forgets the reference.
 */
export async function aroundChange<T>(
  ctx: EngineContext,
  ref: { kind: RefKind; ref: string; onlyDevice?: string },
  change: () => Promise<T>,
): Promise<T> {
  const result = await ctx.syncs.around(
    refKey(ref.kind, ref.ref),
    () => {
      queueRef(ctx, ref.kind, ref.ref, ref.onlyDevice);
    },
    change,
  );
  await ctx.syncs.flush();
  return result;
}
