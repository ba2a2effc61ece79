import { lookupOf } from '../peers';
import type { ServerRef } from '../model';
import type { EngineContext } from './context';
import { previousQueue } from './rotation';
import type { RequestJob } from './workers/poll-worker';

/**
 * GetRequestJobs: per server, the queues of every contact this device is primary for
 * (offered ones too, to receive the answer) and of every sibling device. A sibling's
 * contacts are left to their primary, which would otherwise lose messages it alone can open.
 */
export async function requestJobs(ctx: EngineContext): Promise<RequestJob[]> {
  const byServer = new Map<string, { server: ServerRef; queues: RequestJob['queues'][number][] }>();
  const { profile } = ctx;
  const peers = (await profile.peers.listPeers()).filter((p) => p.primaryDeviceUid === '');
  const now = ctx.now();
  for (const peer of [...peers, ...(await profile.devices.listPeers())]) {
    // A rotated queue is read too until it is drained (rotation.ts).
    const previous = previousQueue(peer, now);
    const queues = [lookupOf(peer), ...(previous ? [previous] : [])];
    for (const server of peer.myPullServers) {
      const entry = byServer.get(server.url) ?? { server, queues: [] };
      for (const q of queues) entry.queues.push({ peerUid: peer.uid, ...q });
      byServer.set(server.url, entry);
    }
  }
  return [...byServer.values()];
}
