/**
 * The sync inbox: device-sync payloads already decrypted (the device ratchet has moved past
 * them) but not yet applied. Receiving a sync only records it here, in the same transaction as
 * its envelope hash; applying runs afterwards from this table. So a crash between decrypting and
 * applying loses nothing (the row is applied on the next start), and applying — which may take
 * other peers' locks, e.g. a `forward` — never runs while the device's lock is held.
 * Payloads are sealed with the db key like every other body.
 */
import type Database from 'better-sqlite3';
import { openValue, sealValue, storageAd } from './db-key';
import { requireId } from './message-codec';

export interface InboxEntry {
  readonly id: number;
  readonly deviceUid: string;
  readonly payload: Uint8Array;
}

interface Row {
  readonly id: number;
  readonly device_uid: string;
  readonly payload: Uint8Array;
  readonly received_at: number;
}

function ad(deviceUid: string, receivedAt: number): Uint8Array {
  return storageAd('sync_inbox', deviceUid, String(receivedAt));
}

export class SyncInbox {
  private readonly sql;

  constructor(
    db: Database.Database,
    private readonly dbKey: Uint8Array,
    private readonly now: () => number,
  ) {
    this.sql = {
      add: db.prepare<[string, Uint8Array, number]>(
        'INSERT INTO sync_inbox (device_uid, payload, received_at) VALUES (?, ?, ?)',
      ),
      next: db.prepare<[number], Row>('SELECT * FROM sync_inbox ORDER BY id LIMIT ?'),
      remove: db.prepare<[number]>('DELETE FROM sync_inbox WHERE id = ?'),
    };
  }

  add(deviceUid: string, payload: Uint8Array): void {
    requireId(deviceUid, 'device uid');
    const at = this.now();
    this.sql.add.run(deviceUid, sealValue(this.dbKey, payload, ad(deviceUid, at)), at);
  }

  /** Oldest first. */
  next(limit: number): InboxEntry[] {
    return this.sql.next.all(limit).map((r) => ({
      id: r.id,
      deviceUid: r.device_uid,
      payload: openValue(this.dbKey, r.payload, ad(r.device_uid, r.received_at)),
    }));
  }

  remove(id: number): boolean {
    return this.sql.remove.run(id).changes === 1;
  }
}
