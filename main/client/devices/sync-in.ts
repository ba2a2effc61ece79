/**
 * Applying received device syncs from the sync inbox (MULTI_DEVICE_SPEC phases 3–7). One
 * drain at a time, oldest first. Per entry: drop it if its dedup_id was applied before
 * (device_sync_seen), apply it, then in ONE transaction record the dedup_id, remove the entry
 * and make the SQLite changes. Effects outside SQLite (peer and identity stores, forwards) are
 * idempotent, so a crash before the commit just applies them again. No lock is held while
 * applying, so a `forward` may take its contact's queue (lock order: contact, then device).
 * A bad entry is reported by code and removed; it never blocks the ones behind it.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { InboxEntry } from '../../storage';
import { adoptSyncedPeer, decodeIdentitySnapshot, decodePeerData, readSyncPayload } from './codec';
import type { ReadSync, SyncType } from './codec';
import { serverRefOf } from '../peers/codec';
import { requireAllowedRelayUrlFrom } from '../relay/url-policy';
import type { EngineContext } from '../engine/context';
import { isStorageUnavailable } from '../engine/failures';
import { applyIntroduce } from './introduce';
import { applyRevoke, forwardUnsent } from './forward';
import { handleForward } from './forward-in';
import { forgetIfHandedOver } from './sync-settle';
import { applySyncedMessage } from './sync-message';
import { holdLaterDeletes } from './sync-deletes';
import type { Applied } from './applied';
import { applyHistory } from './history';
import { applyAttachmentSync } from './attachment-backfill';
import { applyHandoff, applyPrimaryRequest } from './handoff';
import { applyForwardedEntries, handOnUnopened } from './unopened';
import { applyContactRemoval, noteKeyChange } from './sync-contacts';
import { isDeletedContact } from '../engine/contact-removal';

const BATCH = 100;

export type { Applied } from './applied';

/** Each profile's drainer (by its message database), for `inboxSettled`. */
const drainers = new WeakMap<object, InboxDrainer>();

/**
 * Nothing received earlier waits to be applied: the inbox is empty and its drainer idle (so a
 * sync applied at once, sync-direct.ts, keeps its place after every earlier one).
 */
export function inboxSettled(ctx: EngineContext): boolean {
  if (drainers.get(ctx.profile.messages)?.busy) return false;
  return ctx.profile.messages.nextSyncInbox(1).length === 0;
}

export class InboxDrainer {
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly ctx: EngineContext) {
    drainers.set(ctx.profile.messages, this);
  }

  /** Applying (or about to): an entry taken from the inbox may not be applied yet. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop()
      .catch((err: unknown) => {
        // Storage went away (closing, disk error): the rest stays in the inbox for later.
        const code = isAppError(err) ? err.code : 'INTERNAL';
        this.ctx.events.emit('error', { where: 'sync.apply', code });
      })
      .finally(() => {
        this.running = undefined;
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      let entries = this.ctx.profile.messages.nextSyncInbox(BATCH);
      while (entries.length > 0 && !this.isStopped()) {
        holdLaterDeletes(this.ctx, entries);
        for (const entry of entries) {
          if (this.isStopped()) return;
          await applyEntry(this.ctx, entry);
        }
        entries = this.ctx.profile.messages.nextSyncInbox(BATCH);
      }
    } while (this.runAgain());
  }

  /** Methods, so the flags are re-read after the awaits (no stale narrowing). */
  private runAgain(): boolean {
    return this.again && !this.stopped;
  }

  private isStopped(): boolean {
    return this.stopped;
  }
}

async function applyEntry(ctx: EngineContext, entry: InboxEntry): Promise<void> {
  const db = ctx.profile.messages;
  try {
    const sync = readSyncPayload(entry.payload);
    ctx.inspectSync?.(entry.deviceUid, sync.payload);
    const applied = alreadyApplied(ctx, sync.payload.dedupId)
      ? {}
      : await apply(ctx, entry.deviceUid, sync);
    const emitted = db.transaction(() => {
      db.seenDeviceSync(sync.payload.dedupId);
      db.removeSyncInbox(entry.id);
      return applied.commit?.() ?? [];
    });
    for (const e of emitted) ctx.events.emit(e.name, e.payload as never);
    await applied.after?.();
  } catch (err) {
    if (isStorageUnavailable(err)) throw err; // kept; applied on the next wake or start
    db.removeSyncInbox(entry.id);
    const code = isAppError(err) ? err.code : 'INTERNAL';
    ctx.events.emit('error', { where: 'sync.apply', code });
  }
}

/** device_sync_seen peek without recording (recorded in the commit with the effects). */
export function alreadyApplied(ctx: EngineContext, dedupId: string): boolean {
  const db = ctx.profile.messages;
  let seen = false;
  try {
    db.transaction(() => {
      seen = db.seenDeviceSync(dedupId);
      throw PEEK;
    });
  } catch (err) {
    if (err !== PEEK) throw err;
  }
  return seen;
}
const PEEK = new Error('peek');

async function apply(ctx: EngineContext, fromDevice: string, sync: ReadSync): Promise<Applied> {
  const p = sync.payload;
  // Acted on when it arrives while joining (pairing.ts); not later.
  if (isPairingEnd(sync.type)) {
    throw new AppError('SYNC_BAD_PAYLOAD', `${sync.type} for a pairing that is not waiting`);
  }
  switch (sync.type) {
    case 'msg':
      return applySyncedMessage(ctx, p);
    case 'peer_update':
      return applyPeer(ctx, p.peerData);
    case 'identity_update':
      await ctx.profile.updateProfile(decodeIdentitySnapshot(p.identityData));
      ctx.events.emit('profile.updated', {});
      return {};
    case 'server_add':
      return applyServer(ctx, p.server);
    case 'forward':
      return handleForward(ctx, p);
    case 'device_revoke':
      return applyRevoke(ctx, fromDevice, p.revokedDeviceUid);
    case 'device_introduce':
      return applyIntroduce(ctx, fromDevice, p);
    case 'history_request':
    case 'history_chunk':
      return applyHistory(ctx, fromDevice, p);
    case 'primary_request':
      return applyPrimaryRequest(ctx, fromDevice, p);
    case 'primary_handoff':
      return applyHandoff(ctx, fromDevice, p);
    case 'heartbeat': // its arrival is the point (the device's lastSeenAt, inbound.ts)
      return {};
    case 'forward_entries':
      return applyForwardedEntries(ctx, p);
    default:
      return applyOther(ctx, fromDevice, sync.type, p);
  }
}

/** The contact removals (sync-contacts.ts) and attachment backfill (attachment-backfill.ts). */
function applyOther(
  ctx: EngineContext,
  fromDevice: string,
  type: 'peer_delete' | 'conversation_clear' | 'attachment_request' | 'attachment_reupload',
  p: meow.DeviceSyncPayload,
): Promise<Applied> | Applied {
  if (type === 'attachment_request' || type === 'attachment_reupload') {
    return applyAttachmentSync(ctx, fromDevice, p);
  }
  return applyContactRemoval(ctx, type, p);
}

function isPairingEnd(type: SyncType): type is 'pairing_rejected' | 'pairing_expired' {
  return type === 'pairing_rejected' || type === 'pairing_expired';
}

async function applyPeer(ctx: EngineContext, peerData: Uint8Array): Promise<Applied> {
  const incoming = decodePeerData(peerData);
  // Deleted here (or on a sibling): a late copy from a device that had not heard yet.
  if (isDeletedContact(ctx, incoming.uid)) return {};
  // Inside the contact's queue: a send or a receive in flight stores the whole record it read
  // before, which would undo a yield (and leave two primaries) if this ran beside it.
  const { existing, adopted } = await ctx.queue.run(incoming.uid, async () => {
    const held = await ctx.profile.peers.getPeer(incoming.uid);
    const next = adoptSyncedPeer(incoming, held, ctx.profile.data.deviceUid);
    await ctx.profile.peers.storePeer(next.uid, next);
    return { existing: held, adopted: next };
  });
  noteKeyChange(ctx, existing, adopted);
  const event = { peerUid: adopted.uid, name: adopted.name };
  ctx.events.emit(existing ? 'peer.updated' : 'peer.added', event);
  if (adopted.primaryDeviceUid === '' && !existing) ctx.wakePoll();
  const before = existing?.primaryDeviceUid;
  if (before === undefined || before === adopted.primaryDeviceUid) return {};
  // The contact moved to another primary (a handoff): what this device was forwarding
  // follows it, and a revoked former primary with nothing left is forgotten.
  const primaryDeviceUid = adopted.primaryDeviceUid;
  ctx.events.emit('peer.primaryChanged', { peerUid: adopted.uid, primaryDeviceUid });
  return {
    after: async () => {
      await forwardUnsent(ctx, adopted.uid, before === '');
      // We yielded: entries we pulled and could not open may be on the new primary's session.
      if (before === '') await handOnUnopened(ctx, adopted.uid);
      if (before !== '') await forgetIfHandedOver(ctx, before); // a revoked former primary
    },
  };
}

async function applyServer(
  ctx: EngineContext,
  card: ReadSync['payload']['server'],
): Promise<Applied> {
  if (!card) throw new AppError('SYNC_BAD_PAYLOAD', 'server_add without a server');
  const ref = serverRefOf(card);
  if (!/^https?:\/\//.test(ref.url) || !URL.canParse(ref.url)) {
    throw new AppError('SYNC_BAD_PAYLOAD', 'bad server url');
  }
  // A sibling on an older version may still hold an http:// public relay: not adopted here.
  requireAllowedRelayUrlFrom(new URL(ref.url), 'device sync');
  if (!ctx.profile.servers.some((s) => s.url === ref.url)) {
    await ctx.profile.addServer(ref);
    ctx.events.emit('server.added', { url: ref.url });
  }
  return {};
}
