/**
 * Start-up repair: no message stays stuck in a state nothing will move it out of. Every
 * outbound message that no relay has accepted yet must have something behind it:
 * - `pending` on the contact's primary device (this one): its send job;
 * - `pending_forward` on a sibling: its forward (in the sync outbox, or queued as a job), or a
 *   forward already sent, which the primary answers with a `msg` sync — resending it is safe,
 *   since the primary applies a forward once per uuid and otherwise tells where it stands.
 * Rows without it (left by a crash in an older version, or by a primary that changed) are sent
 * again, exactly as the user's "retry" would (messaging.ts `resend`). A `pending` row on a
 * device that is not the contact's primary is the primary's to send and is left alone.
 */
import { isAppError } from '../../../core/errors';
import type { StoredMessage } from '../../storage';
import type { EngineContext } from './context';
import { resend } from './messaging';
import { forwardedUuids, queuedMessageUuids } from './outbox-scan';

export async function repairStuckMessages(ctx: EngineContext): Promise<number> {
  const unsent = ctx.profile.messages.unsentMessages();
  if (unsent.length === 0) return 0;
  const queued = queuedMessageUuids(ctx);
  const forwarded = forwardedUuids(ctx);
  let repaired = 0;
  for (const stored of unsent) {
    if (queued.has(stored.uuid) || forwarded.has(stored.uuid)) continue;
    try {
      if (await repairOne(ctx, stored)) repaired++;
    } catch (err) {
      const code = isAppError(err) ? err.code : 'INTERNAL';
      ctx.events.emit('error', { where: 'send.repair', code, peerUid: stored.peerUid });
    }
  }
  return repaired;
}

async function repairOne(ctx: EngineContext, stored: StoredMessage): Promise<boolean> {
  return ctx.queue.run(stored.peerUid, async () => {
    const peer = await ctx.profile.peers.getPeer(stored.peerUid);
    if (peer?.type !== 'peer') return false;
    const ours = peer.primaryDeviceUid === '';
    // A sibling's `pending` copy is the primary's to send.
    if (!ours && stored.state === 'pending') return false;
    if (ours && peer.contactLookupKey === null) return false; // sent once the contact is known
    await resend(ctx, peer, stored);
    return true;
  });
}
