/**
 * How a device pairing that was not completed ends (PROTOCOL.md §10 "Pairing"): rejected on
 * either device, or lapsed. Either way nothing of it is left behind:
 *
 *   existing device, 'offered'     the pairing and its parked short code go;
 *   existing device, 'confirming'  the joining device is told first (`pairing_rejected` or
 *                                  `pairing_expired`, sealed in the relationship its answer
 *                                  completed, so only it can read it), then the pairing goes;
 *   joining device,  'answered'    the pairing goes, with the relays adopted only for it.
 *
 * Every function here expects the caller to hold the device's queue (the poll worker holds it
 * while an answer or a notice is handled; manager.ts and pairing-expiry.ts take it).
 */
import { AppError, isAppError } from '../../../core/errors';
import { utf8 } from '../../../core/crypto';
import { deviceSyncJobId } from '../../storage';
import { syncUserMessage, type SyncType } from './codec';
import type { Peer } from '../model';
import { sealForPeer } from '../peers';
import type { EngineContext } from '../engine/context';
import { isStorageUnavailable } from '../engine/failures';
import { queueJobs } from '../engine/outbound';
import { dropShortcode } from './pairing-shortcode';

/** How long a pairing offer waits to be answered and confirmed (EngineOptions). */
export const PAIRING_LIFETIME_MS = 10 * 60_000;
/**
 * How much longer the joining device waits. It counts from its own answer on its own clock, so
 * it never gives up before the offer lapsed whatever the two clocks say; the grace lets a
 * confirmation made in the offer's last seconds still arrive.
 */
export const PAIRING_GRACE_MS = 60_000;

export interface PairingOptions {
  readonly lifetimeMs?: number;
  readonly graceMs?: number;
}

export type PairingEnd = 'rejected' | 'expired';

/** Meta key of a pairing whose end is recorded but not finished (a crash came in between). */
const ENDED = 'pairing.ended.';
const NOTICE: Readonly<Record<PairingEnd, SyncType>> = {
  rejected: 'pairing_rejected',
  expired: 'pairing_expired',
};

/** When a pairing lapses; null once paired, or for a mesh introduction (no deadline). */
export function expiresAtOf(device: Peer): number | null {
  if (device.invitationStep === 'finalized') return null;
  return device.pairing?.expiresAt ?? null;
}

export function hasExpired(device: Peer, now: number): boolean {
  const at = expiresAtOf(device);
  return at !== null && at <= now;
}

/** What a notice from the existing device means to a joining one; undefined for other syncs. */
export function noticeEnd(type: SyncType): PairingEnd | undefined {
  if (type === 'pairing_rejected') return 'rejected';
  return type === 'pairing_expired' ? 'expired' : undefined;
}

/** Ends a pairing that is not complete (any side, any step but 'finalized'). */
export async function endPairing(ctx: EngineContext, device: Peer, end: PairingEnd) {
  if (device.invitationStep === 'answered') {
    await forgetJoin(ctx, device, end);
    return;
  }
  if (device.invitationStep === 'confirming') await tellJoiner(ctx, device, device, end);
  await dropPairing(ctx, device, end);
}

/**
 * On the joining device, the existing one's notice arrived while this one waits: the pairing
 * goes first and the envelope is marked seen last, so a crash in between delivers the notice
 * again (to the same end) instead of losing it.
 */
export async function joinRefused(
  ctx: EngineContext,
  device: Peer,
  end: PairingEnd,
  hash: Uint8Array,
): Promise<void> {
  await forgetJoin(ctx, device, end);
  ctx.profile.messages.transaction(() => {
    ctx.profile.messages.seenEnvelope(hash);
  });
}

/**
 * On the existing device, an answer to an offer that lapsed: refused. The answering device is
 * told, in the transaction that marks the answer seen (the relationship is never stored, so
 * nothing else ever seals with it), and the offer goes.
 */
export async function lateAnswer(
  ctx: EngineContext,
  offered: Peer,
  answered: Peer,
  hash: Uint8Array,
): Promise<void> {
  await tellJoiner(ctx, offered, answered, 'expired', () => {
    ctx.profile.messages.seenEnvelope(hash);
  });
  await dropPairing(ctx, offered, 'expired');
  const error = { where: 'poll.entry', code: 'DEVICE_PAIRING_EXPIRED', peerUid: offered.uid };
  ctx.events.emit('error', error);
}

/** At start: pairings whose end was recorded (tellJoiner) but a crash kept from finishing. */
export async function finishEndedPairings(ctx: EngineContext): Promise<void> {
  const db = ctx.profile.messages;
  for (const key of db.metaKeys(ENDED)) {
    const uid = key.slice(ENDED.length);
    const end = new TextDecoder().decode(db.getMeta(key)) === 'expired' ? 'expired' : 'rejected';
    await ctx.queue.run(uid, async () => {
      const device = await ctx.profile.devices.getPeer(uid);
      if (device && device.invitationStep !== 'finalized') await dropPairing(ctx, device, end);
      else db.setMeta(key, undefined);
    });
  }
}

/**
 * Tells the joining device (seal, store the advanced ratchet, then ONE transaction queues the
 * job and records the end, as in outbound.ts). With the end recorded, a crash before the
 * pairing is deleted finishes deleting it at the next start instead of offering it again.
 * `relation` is the relationship with the joiner; `pairing` the record that ends.
 */
async function tellJoiner(
  ctx: EngineContext,
  pairing: Peer,
  relation: Peer,
  end: PairingEnd,
  also?: () => void,
): Promise<void> {
  try {
    const now = ctx.now();
    const dedupId = `${NOTICE[end]}.${relation.invitationUuid}`;
    const message = syncUserMessage({ syncType: NOTICE[end], dedupId }, now);
    const sealed = sealForPeer(relation, message, { now, channel: ctx.channels.of(relation) });
    if (relation.uid === pairing.uid) await ctx.profile.devices.storePeer(pairing.uid, sealed.peer);
    const jobId = deviceSyncJobId(relation.uid, dedupId);
    const job = {
      packed: sealed.packed,
      options: { kind: 'device_sync', jobId },
      uuid: '',
    } as const;
    queueJobs(ctx, relation, [job], () => {
      ctx.profile.messages.setMeta(ENDED + pairing.uid, utf8(end));
      also?.();
    });
  } catch (err) {
    // Telling is a courtesy (the joiner gives up by itself); the pairing ends regardless.
    if (isStorageUnavailable(err)) throw err;
    const code = isAppError(err) ? err.code : 'INTERNAL';
    ctx.events.emit('error', { where: 'devices.pairing', code, peerUid: pairing.uid });
  }
}

/** The existing device's side: the short code, the record, and the recorded end go. */
async function dropPairing(ctx: EngineContext, device: Peer, end: PairingEnd): Promise<void> {
  dropShortcode(ctx, device);
  await ctx.profile.devices.deletePeer(device.uid);
  ctx.profile.messages.setMeta(ENDED + device.uid, undefined);
  ctx.events.emit('device.removed', { deviceUid: device.uid, reason: end });
  ctx.wakePoll();
}

/**
 * The joining device's side: the pairing goes, and the relays adopted only for it (unless
 * something else uses them by now), so a failed join leaves the profile as it was before.
 */
async function forgetJoin(ctx: EngineContext, device: Peer, end: PairingEnd): Promise<void> {
  await removeUnusedRelays(ctx, device.pairing?.addedServers ?? [], device.uid);
  await ctx.profile.devices.deletePeer(device.uid);
  ctx.events.emit('device.removed', { deviceUid: device.uid, reason: end, joining: true });
  ctx.wakePoll();
}

/** Removes those of `urls` no contact or device (but `leaving`) uses. */
export async function removeUnusedRelays(
  ctx: EngineContext,
  urls: readonly string[],
  leaving?: string,
): Promise<void> {
  if (urls.length === 0) return;
  const devices = (await ctx.profile.devices.listPeers()).filter((d) => d.uid !== leaving);
  const used = new Set<string>();
  for (const peer of [...(await ctx.profile.peers.listPeers()), ...devices]) {
    for (const server of [...peer.myPullServers, ...peer.contactPullServers]) used.add(server.url);
  }
  for (const url of urls) {
    if (used.has(url) || !ctx.profile.servers.some((s) => s.url === url)) continue;
    await ctx.profile.removeServer(url);
  }
}

/** DEVICE_PAIRING_EXPIRED, in words a user understands. */
export function pairingExpired(): AppError {
  return new AppError(
    'DEVICE_PAIRING_EXPIRED',
    'this pairing expired before it was confirmed; start a new one on your other device',
  );
}
