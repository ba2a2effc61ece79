/**
 * The `message_mods` table: edits and deletes (message-edits.ts patches) that arrived before
 * the message they change — a contact's delete overtaking its target, an edit whose target
 * entry is still on its way. The insert of the target merges and removes them in its own
 * transaction (MessageDb.insertMessage), so the message arrives edited or deleted and a
 * deleted text is never shown. Patches are sealed with the db key, bound to their row's ids.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import { decodeProto, encodeProto } from '../../core/wire';
import { meow } from '../../proto';
import { openValue, sealValue, storageAd } from './db-key';
import { requireId } from './message-codec';

interface Row {
  readonly id: number;
  readonly patch: Uint8Array;
}

function ad(peerUid: string, targetUuid: string): Uint8Array {
  return storageAd('message_mods', peerUid, targetUuid);
}

function prepare(db: Database.Database) {
  return {
    add: db.prepare<[string, string, number, Uint8Array]>(
      'INSERT INTO message_mods (peer_uid, target_uuid, stored_at, patch) VALUES (?, ?, ?, ?)',
    ),
    forTarget: db.prepare<[string, string], Row>(
      'SELECT id, patch FROM message_mods WHERE peer_uid = ? AND target_uuid = ? ORDER BY id',
    ),
    remove: db.prepare<[string, string]>(
      'DELETE FROM message_mods WHERE peer_uid = ? AND target_uuid = ?',
    ),
  };
}

export class MessageMods {
  private readonly sql: ReturnType<typeof prepare>;

  constructor(
    db: Database.Database,
    private readonly dbKey: Uint8Array,
    private readonly now: () => number,
  ) {
    this.sql = prepare(db);
  }

  /** Keeps a patch for a message not stored yet. */
  hold(peerUid: string, targetUuid: string, patch: meow.IDbMessage): void {
    requireId(peerUid, 'peer uid');
    requireId(targetUuid, 'target uuid');
    const bytes = encodeProto(meow.DbMessage, patch);
    const sealed = sealValue(this.dbKey, bytes, ad(peerUid, targetUuid));
    this.sql.add.run(peerUid, targetUuid, this.now(), sealed);
  }

  /** The patches held for a message, oldest first, removed from the table. */
  take(peerUid: string, targetUuid: string): meow.DbMessage[] {
    const rows = this.sql.forTarget.all(peerUid, targetUuid);
    if (rows.length === 0) return [];
    this.sql.remove.run(peerUid, targetUuid);
    return rows.map((row) => {
      const bytes = openValue(this.dbKey, row.patch, ad(peerUid, targetUuid));
      try {
        return decodeProto(meow.DbMessage, bytes);
      } catch (cause) {
        throw new AppError('STORAGE_CORRUPT', 'a held message patch is not a DbMessage', {
          cause,
        });
      }
    });
  }
}
