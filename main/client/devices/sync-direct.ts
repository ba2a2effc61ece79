/**
 * Applying a sync from a sibling in the transaction that records its envelope hash (no sync
 * inbox row, no second commit): the live case, where a `msg` (a stored message or a step of
 * one) or a `forward` (a message for the contact we are primary for) arrives alone and nothing
 * waits before it. Anything else goes through the sync inbox as before (inbound.ts, sync-in.ts).
 *
 * Why this keeps what the inbox gives:
 *  - crash safety: the hash, the dedup id and the effects commit together, so a crash before
 *    the commit re-delivers the entry (nothing recorded) and one after it drops it by its hash;
 *    the device's ratchet is stored after the commit, as for an inbox row. A `msg` commits
 *    without an fsync and is announced at once (MessageDb `transactionSyncedLater`, as a
 *    contact's unit in engine/receive.ts): the device's ratchet write and what the `msg` does
 *    after its commit (a read ack, a timer) wait until it is on disk, so a power cut before
 *    that only re-delivers the entry. What it does after is as durable as in the inbox path
 *    (acks_owed; the synced row);
 *  - exactly once: device_sync_seen is checked first and recorded in the commit;
 *  - sibling order: only when the inbox is empty and its drainer idle, so nothing this device
 *    sent earlier is still to be applied; the unit holds this one entry (a later delete in the
 *    same unit is held for its message by the drainer, sync-deletes.ts);
 *  - lock order (contact, then device): we hold the device's queue, so a `forward` only takes
 *    its contact's queue when that is free right now — it never waits for it — and the syncs
 *    it records are woken, not flushed (a flush waits for device queues, ours among them).
 */
import type { meow } from '../../../proto';
import type { EngineContext } from '../engine/context';
import type { Emitted } from '../engine/events';
import { isStorageUnavailable } from '../engine/failures';
import type { ReadSync } from './codec';
import { forwardDirectly } from './forward-in';
import { holdLaterDeletes } from './sync-deletes';
import { applySyncedMessage } from './sync-message';
import { alreadyApplied, inboxSettled } from './sync-in';

export interface DirectEntry {
  readonly deviceUid: string;
  readonly sync: ReadSync;
  /** The sync's bytes (what the inbox would hold). */
  readonly appdata: Uint8Array;
  readonly hash: Uint8Array;
}

/** An entry applied directly: its events are out; `durable` resolves once it is on disk. */
export interface Applied {
  readonly durable: Promise<void>;
}

/**
 * Applies `entry` now, recording its envelope hash in the same transaction; false when it is
 * not for this path (nothing was written: record it in the inbox). Throws only once storage is
 * unavailable, or after the commit (then it counts as applied). The caller stores the device's
 * ratchet only once `durable` resolved.
 */
export async function applyDirectly(
  ctx: EngineContext,
  entry: DirectEntry,
): Promise<Applied | false> {
  const { sync } = entry;
  if (!isDirect(sync.type) || !inboxSettled(ctx)) return false;
  if (alreadyApplied(ctx, sync.payload.dedupId)) return false; // the inbox path drops it
  try {
    const applied = await applyNow(ctx, entry);
    if (!applied) return false;
    ctx.inspectSync?.(entry.deviceUid, sync.payload);
    for (const e of applied.events) ctx.events.emit(e.name, e.payload as never);
    return { durable: applied.durable };
  } catch (err) {
    if (isStorageUnavailable(err)) throw err;
    return false; // nothing committed: the inbox path applies it and reports what fails
  }
}

type DirectType = 'msg' | 'forward' | 'heartbeat';

function isDirect(type: ReadSync['type']): type is DirectType {
  return type === 'msg' || type === 'forward' || type === 'heartbeat';
}

interface Committed {
  /** To emit now: the commit is visible. */
  readonly events: Emitted[];
  readonly durable: Promise<void>;
}

const ON_DISK = Promise.resolve();

/** What was committed; undefined when not applied (nothing written). */
async function applyNow(ctx: EngineContext, entry: DirectEntry): Promise<Committed | undefined> {
  const db = ctx.profile.messages;
  const p = entry.sync.payload;
  const record = (): void => {
    db.seenEnvelope(entry.hash);
    db.seenDeviceSync(p.dedupId);
  };
  switch (entry.sync.type) {
    case 'heartbeat': // its arrival is the point (the device's lastSeenAt, inbound.ts)
      db.transaction(record);
      return { events: [], durable: ON_DISK };
    case 'forward': {
      const events = await forwardDirectly(ctx, entry.deviceUid, p, record);
      return events && { events, durable: ON_DISK };
    }
    case 'msg':
      return applyMessage(ctx, entry, p, record);
    default:
      return undefined;
  }
}

async function applyMessage(
  ctx: EngineContext,
  entry: DirectEntry,
  payload: meow.DeviceSyncPayload,
  record: () => void,
): Promise<Committed> {
  const applied = await applySyncedMessage(ctx, payload);
  const db = ctx.profile.messages;
  const { result: events, durable } = db.transactionSyncedLater(() => {
    record();
    // As the drainer does for a batch: a delete for a row not stored yet is held for it.
    holdLaterDeletes(ctx, [{ id: 0, deviceUid: entry.deviceUid, payload: entry.appdata }]);
    return applied.commit();
  });
  // Outside the device's queue: a read ack takes the contact's queue (lock order); and once
  // the commit is on disk, as everything that builds on it.
  ctx.background('sync.apply', async () => {
    await durable;
    await applied.after();
  });
  return { events, durable };
}
