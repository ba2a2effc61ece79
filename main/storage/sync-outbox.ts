/**
 * The sync outbox: device syncs owed to sibling devices (MULTI_DEVICE_SPEC
 * `DispatchSyncToDevices`), recorded in the SAME transaction as the change that causes them —
 * a stored or re-stated message, a forward — so a crash after that commit can never lose the
 * sync (ARCHITECTURE rule "no commit, then queue"). The engine's sync dispatcher seals each row
 * to its target devices with their ratchets and queues the outbox jobs
 * (`dev_{devPeerUid}_{dedupId}`), marking each device done in the job's transaction; the row goes
 * once every target has its job.
 *
 * A row is either a snapshot (`payload`: the DeviceSyncPayload to send, sealed with the db key)
 * or a reference (`ref`: a contact uid, the identity, a server url) whose payload is built when
 * it is sent, for state that lives outside SQLite (peer and identity stores): the reference is
 * written before that change, so a crash in between only sends the unchanged state again.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import { openValue, sealValue, storageAd } from './db-key';
import { requireId } from './message-codec';

export type SyncOutKind = 'payload' | 'peer' | 'identity' | 'server';
const KINDS: readonly SyncOutKind[] = ['payload', 'peer', 'identity', 'server'];

export interface NewSyncOut {
  readonly dedupId: string;
  readonly kind: SyncOutKind;
  /** The referenced contact uid or server url ('' for the identity and snapshots). */
  readonly ref?: string;
  /** The devices it goes to; undefined = every paired device when it is sent. */
  readonly targets?: readonly string[];
  /** The DeviceSyncPayload (kind 'payload' only). */
  readonly payload?: Uint8Array;
}

export interface SyncOut {
  readonly id: number;
  readonly dedupId: string;
  readonly kind: SyncOutKind;
  readonly ref: string;
  readonly targets: readonly string[] | undefined;
  /** Devices whose job is queued already. */
  readonly done: readonly string[];
  readonly payload: Uint8Array | undefined;
}

interface Row {
  readonly id: number;
  readonly dedup_id: string;
  readonly kind: string;
  readonly ref: string;
  readonly targets: string | null;
  readonly done: string;
  readonly payload: Uint8Array | null;
}

function ad(dedupId: string, kind: string): Uint8Array {
  return storageAd('sync_outbox', dedupId, kind);
}

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new AppError('STORAGE_CORRUPT', 'sync outbox device list is not a list of ids');
  }
  return value;
}

function toKind(kind: string): SyncOutKind {
  const found = KINDS.find((k) => k === kind);
  if (!found) throw new AppError('STORAGE_CORRUPT', 'sync outbox row of an unknown kind');
  return found;
}

export class SyncOutbox {
  private readonly sql;

  constructor(
    db: Database.Database,
    private readonly dbKey: Uint8Array,
    private readonly now: () => number,
  ) {
    this.sql = {
      add: db.prepare<[string, string, string, string | null, Uint8Array | null, number]>(
        `INSERT INTO sync_outbox (dedup_id, kind, ref, targets, payload, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      page: db.prepare<[number, number], Row>(
        'SELECT * FROM sync_outbox WHERE id > ? ORDER BY id LIMIT ?',
      ),
      done: db.prepare<[string, number, string]>(
        `UPDATE sync_outbox SET done = json_insert(done, '$[#]', ?) WHERE id = ?
         AND NOT EXISTS (SELECT 1 FROM json_each(sync_outbox.done) WHERE value = ?)`,
      ),
      remove: db.prepare<[number]>('DELETE FROM sync_outbox WHERE id = ?'),
      waiting: db.prepare<[{ device: string; untargeted: number }], { n: number }>(
        `SELECT COUNT(*) AS n FROM sync_outbox
         WHERE (targets IS NULL AND @untargeted = 1
                OR EXISTS (SELECT 1 FROM json_each(sync_outbox.targets) WHERE value = @device))
           AND NOT EXISTS (SELECT 1 FROM json_each(sync_outbox.done) WHERE value = @device)`,
      ),
    };
  }

  add(row: NewSyncOut): void {
    requireId(row.dedupId, 'dedup id');
    const payload = row.payload
      ? sealValue(this.dbKey, row.payload, ad(row.dedupId, row.kind))
      : null;
    const targets = row.targets ? JSON.stringify(row.targets) : null;
    this.sql.add.run(row.dedupId, row.kind, row.ref ?? '', targets, payload, this.now());
  }

  /** Rows after `afterId`, oldest first. */
  page(afterId: number, limit: number): SyncOut[] {
    return this.sql.page.all(afterId, limit).map((r) => ({
      id: r.id,
      dedupId: r.dedup_id,
      kind: toKind(r.kind),
      ref: r.ref,
      targets: r.targets === null ? undefined : parseList(r.targets),
      done: parseList(r.done),
      payload: r.payload ? openValue(this.dbKey, r.payload, ad(r.dedup_id, r.kind)) : undefined,
    }));
  }

  /** Records that `deviceUid` has its job (call in that job's transaction). */
  markDone(id: number, deviceUid: string): void {
    this.sql.done.run(deviceUid, id, deviceUid);
  }

  /**
   * Rows still owed to `deviceUid`: those naming it, and — when `paired`, since unnamed rows go
   * to every paired device when they are sent — those naming no device; minus those it has.
   */
  countWaitingFor(deviceUid: string, paired: boolean): number {
    return this.sql.waiting.get({ device: deviceUid, untargeted: paired ? 1 : 0 })?.n ?? 0;
  }

  remove(id: number): boolean {
    return this.sql.remove.run(id).changes === 1;
  }
}
