/**
 * One RelayClient per relay. No device key: each client signs every request with a fresh key
 * (PROTOCOL.md §6), so the pool only keeps what a client learns, such as the relay's clock.
 */
import type { ServerRef } from '../model';
import { RelayClient, type RelayClientOptions } from '../relay';

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

  /**
   * A client of the caller's own (not pooled), with `extra` over the pool's options: the poll
   * worker's separate connections, one per relationship (workers/poll-jobs.ts).
   */
  separate(ref: ServerRef, extra: RelayClientOptions): RelayClient {
    return new RelayClient(ref, { ...this.options, ...extra });
  }
}
