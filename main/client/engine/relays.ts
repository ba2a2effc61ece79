/**
 * One RelayClient per relay. No device key: each client signs every request with a fresh key
 * (PROTOCOL.md §6), so the pool only keeps what a client learns, such as the relay's clock.
 *
 * Separate connections (the `separatePolls` setting, PROTOCOL.md §7): then every relationship
 * has a lane per relay — a client of its own over a `dedicatedConnection` — which its polls,
 * acks and pushes alone use, so no socket shows the relay two relationships side by side.
 */
import type { ServerRef } from '../model';
import {
  dedicatedConnection,
  RelayBlobClient,
  RelayClient,
  type DedicatedConnection,
  type RelayClientOptions,
} from '../relay';

interface Lane {
  readonly client: RelayClient;
  readonly connection: DedicatedConnection;
}

/** A lane's key: the pinned key too, so a re-pinned relay gets a new client (as below). */
export function laneKey(server: ServerRef, lane: string): string {
  return `${server.url}\n${server.publicKey}\n${lane}`;
}

export class RelayPool {
  private readonly clients = new Map<string, RelayClient>();

  constructor(private readonly options: RelayClientOptions = {}) {}

  client(ref: ServerRef): RelayClient {
    // Keyed by URL and pinned key: a re-pinned relay must not reuse the old client.
    const key = `${ref.url}\n${ref.publicKey}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new RelayClient(ref, this.options);
      this.clients.set(key, client);
    }
    return client;
  }

  private readonly blobClients = new Map<string, RelayBlobClient>();

  /** The relay's blob endpoint (attachments), one client per relay and pinned key. */
  blobClient(ref: ServerRef): RelayBlobClient {
    const key = `${ref.url}\n${ref.publicKey}`;
    let client = this.blobClients.get(key);
    if (!client) {
      client = new RelayBlobClient(ref, this.options);
      this.blobClients.set(key, client);
    }
    return client;
  }

  private readonly lanes = new Map<string, Lane>();
  /** Set by the poll worker from the setting each time it (re)starts its loops. */
  separateLanes = false;

  /** The client for requests about one relationship: its lane, or the shared client. */
  forRelationship(ref: ServerRef, peerUid: string): RelayClient {
    return this.separateLanes ? this.lane(ref, peerUid) : this.client(ref);
  }

  /** The relationship's own client and connection on this relay (made on first use). */
  lane(ref: ServerRef, lane: string): RelayClient {
    const key = laneKey(ref, lane);
    let entry = this.lanes.get(key);
    if (!entry) {
      const connection = dedicatedConnection();
      entry = {
        client: new RelayClient(ref, { ...this.options, fetch: connection.fetch }),
        connection,
      };
      this.lanes.set(key, entry);
    }
    return entry.client;
  }

  /** Closes the connections of every lane not in `keep` (laneKey; a contact gone, mode off). */
  retainLanes(keep: ReadonlySet<string>): void {
    for (const [key, lane] of this.lanes) {
      if (keep.has(key)) continue;
      lane.connection.close();
      this.lanes.delete(key);
    }
  }

  closeLanes(): void {
    this.retainLanes(new Set());
  }
}
