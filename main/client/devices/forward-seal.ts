/**
 * A `forward` sealed for the primary at once, in the transaction that stores the message
 * (forward.ts), instead of a sync outbox row that the dispatcher seals in a second commit. The
 * dispatcher's own order (sync-dispatch.ts): the device's ratchet step is stored before the
 * sealed bytes exist anywhere, then ONE transaction queues the job `dev_{uid}_{dedupId}` with
 * the message — so a crash leaves either nothing (the send failed; the user retries) or both.
 *
 * Only when no earlier sync to that device waits in the sync outbox, so the primary still gets
 * this device's syncs in the order they were recorded. Lock order: the caller holds the
 * contact's queue; this takes the device's (contact, then device).
 */
import type { meow } from '../../../proto';
import { deviceSyncJobId } from '../../storage';
import { PeerSession } from '../peers';
import type { EngineContext } from '../engine/context';
import { isStorageUnavailable } from '../engine/failures';
import { queueJobs } from '../engine/outbound';
import { syncUserMessage } from './codec';
import { isPaired } from './sync-out';

const PAGE = 200;

export interface ForwardSync {
  readonly fields: meow.IDeviceSyncPayload;
  readonly dedupId: string;
}

/**
 * Seals `forward` for `deviceUid` and queues its job with `change` in one transaction; returns
 * what `change` returned, or undefined (nothing written) when the device is not paired, is
 * owed earlier syncs or cannot be sealed for (the caller records an outbox row instead).
 */
export async function sealForwardNow<T>(
  ctx: EngineContext,
  deviceUid: string,
  forward: ForwardSync,
  change: () => T,
): Promise<{ readonly value: T } | undefined> {
  if (owesEarlier(ctx, deviceUid)) return undefined;
  return ctx.queue.run(deviceUid, async () => {
    const device = await ctx.profile.devices.getPeer(deviceUid);
    if (!isPaired(device) || owesEarlier(ctx, deviceUid)) return undefined;
    const now = ctx.now();
    const session = new PeerSession(device, { now, channel: ctx.channels.of(device) });
    const payload = { ...forward.fields, syncType: 'forward', dedupId: forward.dedupId };
    let packed;
    try {
      packed = session.seal(syncUserMessage(payload, now));
    } catch (err) {
      if (isStorageUnavailable(err)) throw err;
      return undefined; // the dispatcher tries (and reports) it from an outbox row
    }
    await ctx.profile.devices.storePeer(deviceUid, session.peer());
    const jobId = deviceSyncJobId(deviceUid, forward.dedupId);
    let value: T | undefined;
    const job = { packed, options: { kind: 'device_sync', jobId }, uuid: '' } as const;
    queueJobs(ctx, device, [job], () => {
      value = change();
    });
    return { value: value as T };
  });
}

/** Whether a sync recorded earlier still waits to be sealed for `deviceUid`. */
function owesEarlier(ctx: EngineContext, deviceUid: string): boolean {
  const db = ctx.profile.messages;
  for (let after = 0; ;) {
    const rows = db.syncOutPage(after, PAGE);
    const last = rows[rows.length - 1];
    if (!last) return false;
    const owed = rows.some(
      (r) => !r.done.includes(deviceUid) && (r.targets?.includes(deviceUid) ?? true),
    );
    if (owed) return true;
    after = last.id;
  }
}
