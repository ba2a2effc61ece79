/**
 * What settling a sync outbox row leaves to do (sync-dispatch.ts), in the transaction that
 * removes the row, so it happens exactly once:
 * - a `forward` whose primary device is gone (revoked, or rejected meanwhile): its message is
 *   marked failed (SYNC_NOT_PRIMARY, the user can retry) and the siblings learn it;
 * - a `device_revoke`, sent to every device including the revoked one: the revoked device is
 *   forgotten here (after the commit: it lives in DeviceStorage).
 */
import { decodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { EngineContext } from '../engine/context';
import { queueMessageSync } from './sync-out';
import { rotateAfterRevoke } from './revoke-rotation';

export const NOT_PRIMARY = 'SYNC_NOT_PRIMARY';

export async function settleGoneTarget(
  ctx: EngineContext,
  payload: meow.IDeviceSyncPayload,
  gone: readonly string[],
  remove: () => void,
): Promise<void> {
  const db = ctx.profile.messages;
  const failed =
    payload.syncType === 'forward' && gone.length > 0 ? forwardedMessage(payload) : undefined;
  const changed = db.transaction(() => {
    remove();
    if (!failed) return false;
    const fields = { failureReason: NOT_PRIMARY };
    if (!db.updateState(failed.peerUid, failed.uuid, 'failed', fields)) return false;
    queueMessageSync(ctx, failed.peerUid, failed.uuid);
    return true;
  });
  if (failed && changed) {
    const event = { ...failed, state: 'failed', reason: NOT_PRIMARY } as const;
    ctx.events.emit('message.statusChanged', event);
  }
  if (payload.syncType === 'device_revoke') await forgetRevoked(ctx, payload.revokedDeviceUid);
}

function forwardedMessage(
  payload: meow.IDeviceSyncPayload,
): { peerUid: string; uuid: string } | undefined {
  try {
    const message = decodeProto(meow.UserMessage, payload.forwardPayload ?? new Uint8Array(0));
    const uuid = message.status?.uuid ?? '';
    const peerUid = payload.forwardPeerUid ?? '';
    return uuid === '' || peerUid === '' ? undefined : { peerUid, uuid };
  } catch {
    return undefined;
  }
}

/**
 * Forgets the revoked device, unless it is still the primary for contacts of ours: then it is
 * only marked revoked (nothing more is sent to it) and its queue is read until its handoffs
 * have arrived (`forgetIfHandedOver`), so nothing only it holds is lost. Both run in the
 * device's queue, where its entries are received (and its record stored after each), so
 * neither a stale mark nor a receive in flight brings a forgotten device back.
 */
async function forgetRevoked(ctx: EngineContext, deviceUid: string | null | undefined) {
  if (!deviceUid || deviceUid === ctx.profile.data.deviceUid) return;
  await ctx.queue.run(deviceUid, () => forget(ctx, deviceUid, true));
}

/** After a contact moved off `deviceUid`: a revoked device with nothing left is forgotten. */
export async function forgetIfHandedOver(ctx: EngineContext, deviceUid: string): Promise<void> {
  await ctx.queue.run(deviceUid, () => forget(ctx, deviceUid, false));
}

async function forget(ctx: EngineContext, deviceUid: string, revoking: boolean): Promise<void> {
  const device = await ctx.profile.devices.getPeer(deviceUid);
  if (!device) return;
  if (!revoking && device.revokedAt === undefined) return; // not revoked: nothing to do
  if (await primaryForAny(ctx, deviceUid)) {
    if (device.revokedAt === undefined) {
      await ctx.profile.devices.storePeer(deviceUid, { ...device, revokedAt: ctx.now() });
    }
    return;
  }
  await ctx.profile.devices.deletePeer(deviceUid);
  ctx.events.emit('device.removed', { deviceUid, reason: 'revoked' });
  ctx.wakePoll();
  // In the background: this may run inside a dispatcher pass, which a rotation's flush awaits.
  ctx.background('devices.rotate', () => rotateAfterRevoke(ctx));
}

async function primaryForAny(ctx: EngineContext, deviceUid: string): Promise<boolean> {
  return (await ctx.profile.peers.listPeers()).some((p) => p.primaryDeviceUid === deviceUid);
}
