/**
 * What the poll worker pulls (per relay, the queues of this device's relationships), and
 * polling on separate connections (the `separatePolls` setting, PROTOCOL.md §7): one long-poll
 * per relationship per relay — a contact's current and previous queues together, each sibling
 * device's queue alone — each on connections of its own (relay/http.ts `dedicatedConnection`),
 * so neither one request nor one socket shows the relay two relationships side by side.
 */
import type { ServerRef } from '../../model';
import type { QueueRef } from '../../relay';
import { laneKey } from '../relays';

export interface PolledQueue extends QueueRef {
  readonly peerUid: string;
}

export interface RequestJob {
  readonly server: ServerRef;
  readonly queues: readonly PolledQueue[];
  /** Separate connections: the relationship (peer uid) this job's requests alone use. */
  readonly lane?: string;
}

/** Each job's queues grouped by relationship: one job (lane) each. */
export function byRelationship(jobs: readonly RequestJob[]): RequestJob[] {
  return jobs.flatMap((job) => {
    const groups = new Map<string, PolledQueue[]>();
    for (const queue of job.queues) {
      const group = groups.get(queue.peerUid) ?? [];
      group.push(queue);
      groups.set(queue.peerUid, group);
    }
    return [...groups].map(([peerUid, queues]) => ({ server: job.server, queues, lane: peerUid }));
  });
}

/** The lanes (relays.ts `laneKey`) that `jobs` use; the others can be closed. */
export function lanesOf(jobs: readonly RequestJob[]): Set<string> {
  return new Set(jobs.flatMap((j) => (j.lane === undefined ? [] : [laneKey(j.server, j.lane)])));
}
