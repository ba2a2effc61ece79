/**
 * What the poll worker pulls (per relay, the queues of this device's relationships), and
 * polling on separate connections (the `separatePolls` setting, PROTOCOL.md §7): one long-poll
 * per relationship per relay — a contact's current and previous queues together, each sibling
 * device's queue alone — each on connections of its own (relay/http.ts `dedicatedConnection`),
 * so neither one request nor one socket shows the relay two relationships side by side.
 */
import type { ServerRef } from '../../model';
import {
  dedicatedConnection,
  type DedicatedConnection,
  type QueueRef,
  type RelayClient,
} from '../../relay';
import type { RelayPool } from '../relays';

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

function laneKey(server: ServerRef, lane: string): string {
  // The pinned key too: a re-pinned relay gets a new client (as in RelayPool).
  return `${server.url}\n${server.publicKey}\n${lane}`;
}

interface Lane {
  readonly client: RelayClient;
  readonly connection: DedicatedConnection;
}

/** The clients of the lanes, each with its connection; kept across restarts of the loops. */
export class PollLanes {
  private readonly lanes = new Map<string, Lane>();

  constructor(private readonly relays: RelayPool) {}

  client(server: ServerRef, lane: string): RelayClient {
    const key = laneKey(server, lane);
    let entry = this.lanes.get(key);
    if (!entry) {
      const connection = dedicatedConnection();
      entry = { client: this.relays.separate(server, { fetch: connection.fetch }), connection };
      this.lanes.set(key, entry);
    }
    return entry.client;
  }

  /** Closes the connections of every lane not among `jobs` (a contact gone, the mode off). */
  retain(jobs: readonly RequestJob[]): void {
    const keep = new Set(
      jobs.flatMap((j) => (j.lane === undefined ? [] : [laneKey(j.server, j.lane)])),
    );
    for (const [key, lane] of this.lanes) {
      if (keep.has(key)) continue;
      lane.connection.close();
      this.lanes.delete(key);
    }
  }

  close(): void {
    this.retain([]);
  }
}
