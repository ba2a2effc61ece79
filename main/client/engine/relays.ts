/** One RelayClient per relay URL, signed with this device's key (DESIGN.md §3 `Device`). */
import type { KeyPair } from '../../../core/crypto';
import { fromB64 } from '../b64';
import type { ServerRef } from '../model';
import { RelayClient, type RelayClientOptions } from '../relay';

export class RelayPool {
  private readonly clients = new Map<string, RelayClient>();

  constructor(
    private readonly device: KeyPair,
    private readonly options: RelayClientOptions = {},
  ) {}

  static forDevice(
    device: { publicKey: string; privateKey: string },
    options: RelayClientOptions = {},
  ): RelayPool {
    const pair = {
      publicKey: fromB64(device.publicKey, 'device key'),
      privateKey: fromB64(device.privateKey, 'device key'),
    };
    return new RelayPool(pair, options);
  }

  client(ref: ServerRef): RelayClient {
    // Keyed by URL and pinned key: a re-pinned relay must not reuse the old session.
    const key = `${ref.url}\n${ref.publicKey}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new RelayClient(ref, this.device, this.options);
      this.clients.set(key, client);
    }
    return client;
  }
}
