/**
 * The primary-device relay (MULTI_DEVICE_SPEC phase 7, option B), sending side, and device
 * revocation. A message to a peer whose primary is another device is stored `pending_forward`
 * and sent to the primary alone as `forward{forward_payload = UserMessage, forward_peer_uid}`;
 * the primary's side is forward-in.ts. When the primary changes, what waits follows it.
 */
import { fromUtf8, utf8 } from '../../../core/crypto';
import { AppError } from '../../../core/errors';
import { encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { Peer } from '../model';
import type { EngineContext } from '../engine/context';
import { resendOf } from '../engine/expiry-fields';
import { messageUuidOf } from '../engine/jobs';
import { NOT_PRIMARY } from './sync-settle';
import { sealForwardNow } from './forward-seal';
import { handOver } from './handoff';
import { rotateAfterRevoke } from './revoke-rotation';
import { isPaired, queueMessageSync, queueSync } from './sync-out';

/**
 * Sibling side (7.3), inside the contact's queue. `dbMessage` for a new message; omitted when
 * sending a stored one again. ONE transaction stores the row (`pending_forward`) or moves it
 * back there, queues the forward to the primary (sealed at once, forward-seal.ts, or recorded
 * for the dispatcher) and records the `msg` sync to the other siblings. For a primary not
 * paired yet (or revoked, handing over) it waits; one that is paired but cannot be reached
 * fails the message instead, which the user can retry.
 */
export async function forwardToPrimary(
  ctx: EngineContext,
  peer: Peer,
  message: meow.IUserMessage,
  dbMessage?: meow.IDbMessage,
): Promise<void> {
  const uuid = message.status?.uuid ?? '';
  const db = ctx.profile.messages;
  // Both reads at once: each is a trip to the device store, on the way of every message.
  const [primary, devices] = await Promise.all([
    ctx.profile.devices.getPeer(peer.primaryDeviceUid),
    ctx.profile.devices.listPeers(),
  ]);
  const waiting = awaitsPrimary(primary);
  const reachable = isPaired(primary);
  const forward = forwardSyncOf(message, peer.uid, ctx.now());
  // The primary makes its own row from the forward (a `msg` of ours would change nothing
  // there): only the other siblings get the `pending_forward` copy.
  const others = reachable ? siblingsAmong(devices, primary.uid) : undefined;
  const step = (): boolean =>
    dbMessage
      ? db.insertMessage(peer.uid, { ...dbMessage, state: 'pending_forward' }).inserted
      : db.updateState(peer.uid, uuid, 'pending_forward');
  // Sealed and queued with the row at once (forward-seal.ts), or recorded for the dispatcher.
  const sealed = reachable
    ? await sealForwardNow(ctx, primary.uid, forward, () => {
        const stepped = step();
        queueMessageSync(ctx, peer.uid, uuid, others);
        return stepped;
      })
    : undefined;
  const moved =
    sealed?.value ??
    db.transaction(() => {
      const stepped = step();
      if (reachable) {
        queueSync(ctx, 'forward', forward.fields, {
          onlyDevice: primary.uid,
          dedupId: forward.dedupId,
        });
      } else if (!waiting) {
        db.updateState(peer.uid, uuid, 'failed', { failureReason: NOT_PRIMARY });
      }
      queueMessageSync(ctx, peer.uid, uuid, others);
      return stepped;
    });
  const event = { peerUid: peer.uid, uuid, state: 'pending_forward' } as const;
  if (dbMessage) ctx.events.emit('message.stored', { ...event, outbound: true });
  else if (moved) ctx.events.emit('message.statusChanged', event);
  if (!reachable && !waiting) {
    ctx.events.emit('message.statusChanged', { ...event, state: 'failed', reason: NOT_PRIMARY });
  }
}

/**
 * Every sibling device but `deviceUid`, paired or being confirmed (that one gets it once
 * paired); not a pairing QR still waiting for its answer, nor a revoked device.
 */
export async function siblingsBut(ctx: EngineContext, deviceUid: string): Promise<string[]> {
  return siblingsAmong(await ctx.profile.devices.listPeers(), deviceUid);
}

/** `siblingsBut` on a device list already read. */
function siblingsAmong(devices: readonly Peer[], deviceUid: string): string[] {
  return devices
    .filter((d) => d.uid !== deviceUid && d.revokedAt === undefined)
    .filter((d) => d.invitationStep !== 'offered')
    .map((d) => d.uid);
}

/**
 * The message waits (`forwardWaitingFor` sends it later) for a primary this device is not
 * paired with yet — a sibling named by a peer_update before its introduction finished
 * (introduce.ts), or one whose record is gone (a takeover follows) — and for one revoked but
 * still handing its contacts over.
 */
function awaitsPrimary(primary: Peer | undefined): boolean {
  return (
    primary === undefined ||
    primary.revokedAt !== undefined ||
    primary.invitationStep !== 'finalized'
  );
}

/** The fields and dedup id of the `forward` of `message` to the primary of `peerUid`. */
export function forwardSyncOf(message: meow.IUserMessage, peerUid: string, now: number) {
  const fields = {
    forwardPayload: encodeProto(meow.UserMessage, message),
    forwardPeerUid: peerUid,
  };
  return { fields, dedupId: forwardDedupId(message.status?.uuid ?? '', now) };
}

/** One dedup id per attempt: a forward sent again (a retry, a new primary) is not dropped. */
export function forwardDedupId(uuid: string, now: number): string {
  return `fwd.${uuid}.${now.toString(36)}`;
}

/**
 * After the contact moved to another primary: this device's messages still waiting for a
 * primary (`pending_forward`) are forwarded to the new one (it applies each uuid once).
 * `wasPrimary`: we held the contact until now and yielded to a later claim, whose session
 * reset means the contact may not read what we sealed: every unsent row of it is ours to pass
 * on (also those a reset of ours held without a job), and so is every recent one the contact
 * has not acknowledged (the new primary seals it again; the contact keeps one by uuid). The
 * latter again at each later move within the resend window: the device we passed them to may
 * have lost the contact too before it could send them (and be off).
 */
export async function forwardUnsent(
  ctx: EngineContext,
  peerUid: string,
  wasPrimary = false,
): Promise<void> {
  await ctx.queue.run(peerUid, async () => {
    const peer = await ctx.profile.peers.getPeer(peerUid);
    if (!peer || peer.primaryDeviceUid === '') return; // a new primary sends them itself
    const sealed = sealedJobs(ctx, peerUid);
    const db = ctx.profile.messages;
    const since = ctx.now() - RESEND_MS;
    if (wasPrimary) db.setMeta(YIELDED + peerUid, utf8(String(ctx.now())));
    const yielded = Number(fromUtf8(db.getMeta(YIELDED + peerUid) ?? new Uint8Array(0)));
    const unacked = yielded >= since ? db.unacknowledgedMessages(peerUid, since) : [];
    const rows = [...db.unsentMessages().filter((m) => m.peerUid === peerUid), ...unacked];
    const done = new Set<string>();
    for (const stored of rows) {
      if (done.has(stored.uuid)) continue;
      done.add(stored.uuid);
      const job = sealed.get(stored.uuid);
      if (stored.state === 'pending' && !job && !wasPrimary) continue; // another device's copy
      await forwardToPrimary(ctx, peer, resendOf(stored.message));
      // After the forward is recorded: a crash in between sends both, and the contact keeps
      // one copy by uuid.
      if (job) ctx.profile.messages.completeJob(job);
    }
  });
  await ctx.syncs.flush();
}

/**
 * A sibling just became paired (`device.paired`): the messages that waited for it as their
 * contact's primary (`forwardToPrimary`) go to it now. After a crash in between, start-up
 * repair (engine/repair.ts) forwards them instead.
 */
export async function forwardWaitingFor(ctx: EngineContext, deviceUid: string): Promise<void> {
  const waiting = ctx.profile.messages
    .unsentMessages()
    .filter((m) => m.state === 'pending_forward');
  for (const peerUid of new Set(waiting.map((m) => m.peerUid))) {
    const peer = await ctx.profile.peers.getPeer(peerUid);
    if (peer?.primaryDeviceUid === deviceUid) await forwardUnsent(ctx, peerUid);
  }
}

/** How far back a yielding primary passes on what the contact has not acknowledged. */
const RESEND_MS = 14 * 86_400_000;
/** Meta: when this device last yielded a contact (`forwardUnsent`). */
const YIELDED = 'devices.yieldedAt.';

/**
 * uuid → job id of the messages we sealed but did not send yet. After another device took the
 * contact over from us (a takeover with a newer epoch) they go to the new primary instead:
 * the contact may have restarted the session, so those bytes could not be read.
 */
function sealedJobs(ctx: EngineContext, peerUid: string): Map<string, string> {
  const jobs = new Map<string, string>();
  for (const job of ctx.profile.messages.allJobs()) {
    if (job.peerUid !== peerUid || job.kind !== 'message') continue;
    const uuid = messageUuidOf(job.payload);
    if (uuid) jobs.set(uuid, job.jobId);
  }
  return jobs;
}

/**
 * `device_revoke` from a sibling: forget the revoked device. If it is us, first hand every
 * contact we are primary for over to the device that revoked us (handoff.ts; recorded and
 * sealed before the siblings are forgotten, so the ratchets we alone hold are not lost), then
 * forget every sibling (we receive and send no more syncs). Contacts and history stay.
 */
export async function applyRevoke(
  ctx: EngineContext,
  fromDevice: string,
  revokedUid: string,
): Promise<object> {
  if (revokedUid === '') throw new AppError('SYNC_BAD_PAYLOAD', 'device_revoke names no device');
  const devices = ctx.profile.devices;
  const revokedUs = revokedUid === ctx.profile.data.deviceUid;
  if (revokedUs) await handOverEverything(ctx, fromDevice);
  const forget = revokedUs ? (await devices.listPeers()).map((d) => d.uid) : [revokedUid];
  for (const uid of forget) {
    // In the device's queue: a receive in flight would store its record back afterwards.
    const gone = await ctx.queue.run(uid, async () => {
      if (!(await devices.getPeer(uid))) return false;
      await devices.deletePeer(uid);
      return true;
    });
    if (gone) ctx.events.emit('device.removed', { deviceUid: uid, reason: 'revoked' });
  }
  if (!forget.includes(fromDevice) || revokedUs) ctx.wakePoll();
  if (!revokedUs) await rotateAfterRevoke(ctx); // lock the revoked copy out of our queues
  return {};
}

async function handOverEverything(ctx: EngineContext, to: string): Promise<void> {
  if (!isPaired(await ctx.profile.devices.getPeer(to))) return;
  for (const peer of await ctx.profile.peers.listPeers()) {
    if (peer.type !== 'peer' || peer.primaryDeviceUid !== '') continue;
    await ctx.queue.run(peer.uid, async () => {
      const now = await ctx.profile.peers.getPeer(peer.uid);
      if (now?.primaryDeviceUid === '' && now.invitationStep === 'finalized') {
        await handOver(ctx, now, to);
      }
    });
  }
  await ctx.syncs.flush();
}
