/**
 * After a device was revoked and forgotten (PROTOCOL.md §10 "Revocation"): every contact this
 * device is primary for moves to a new queue (engine/rotation.ts), so the revoked device's copy
 * of the old lookup secrets can no longer pull or delete what the contacts send. The new secret
 * reaches the remaining siblings by `peer_update`, recorded with the rotation's job; the
 * revoked device is no longer a target.
 */
import type { EngineContext } from '../engine/context';
import { rotateAddress } from '../engine/rotation';
import { queuePeerSync } from './sync-out';

export async function rotateAfterRevoke(ctx: EngineContext): Promise<void> {
  for (const listed of await ctx.profile.peers.listPeers()) {
    if (listed.type !== 'peer' || listed.primaryDeviceUid !== '') continue;
    await ctx.queue.run(listed.uid, async () => {
      const peer = await ctx.profile.peers.getPeer(listed.uid);
      if (peer?.invitationStep !== 'finalized') return;
      await rotateAddress(ctx, peer, () => {
        queuePeerSync(ctx, peer.uid);
      });
    });
  }
  await ctx.syncs.flush();
}
