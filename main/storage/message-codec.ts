/**
 * Conversion between `meow.DbMessage` and a `messages` row. The whole DbMessage (text, appdata,
 * files, reply-to…) is protobuf-encoded and sealed into `body` with AD = (message, peer_uid,
 * uuid); only ids, the state and timestamps are plain columns. Those columns are authoritative
 * for the mutable fields: a state change updates them without re-sealing the body, and reading
 * a row overlays them onto the decoded message.
 */
import { decodeProto, encodeProto } from '../../core/wire';
import { AppError } from '../../core/errors';
import { meow } from '../../proto';
import { openValue, sealValue, storageAd } from './db-key';
import { expiresAtOf } from './expired-messages';
import {
  initialState,
  isSentOrLater,
  type MessageState,
  parseState,
  requireStateFor,
} from './message-state';

const MAX_ID_LENGTH = 256;

/** A row of `messages` as better-sqlite3 returns it. */
export interface MessageRow {
  readonly id: number;
  readonly peer_uid: string;
  readonly uuid: string;
  readonly outbound: number;
  readonly state: string;
  readonly created_at: number;
  readonly updated_at: number;
  readonly sent_at: number | null;
  readonly delivered_at: number | null;
  readonly read_at: number | null;
  readonly failure_reason: string | null;
  readonly body: Uint8Array;
  /** Disappearing messages: ms when the row is purged (expired-messages.ts); null = never. */
  readonly expires_at: number | null;
}

export type NewMessageRow = Omit<MessageRow, 'id'>;

export interface StoredMessage {
  /** Local row id; orders messages stored in the same millisecond. */
  readonly id: number;
  readonly peerUid: string;
  readonly uuid: string;
  readonly outbound: boolean;
  readonly state: MessageState;
  /** Local ms when first stored. */
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Outbound: when the relay accepted it. Inbound: the sender's clock (status.sent). */
  readonly sentAt: number | null;
  readonly deliveredAt: number | null;
  readonly readAt: number | null;
  readonly failureReason: string | null;
  /** When the message disappears (ms), from its body (expired-messages.ts); null = never. */
  readonly expiresAt: number | null;
  /** The decoded body, with state/createdAt/deliveredAt/readAt/failureReason from the columns. */
  readonly message: meow.DbMessage;
}

/** Position in a newest-first listing: the next page starts strictly below it. */
export interface MessageCursor {
  readonly createdAt: number;
  readonly id: number;
}

export function requireId(value: string, what: string): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID_LENGTH) {
    throw new AppError('INVALID_ARGUMENT', `${what} must be a non-empty string`);
  }
}

export function messageAd(peerUid: string, uuid: string): Uint8Array {
  return storageAd('message', peerUid, uuid);
}

function positive(value: number | null | undefined): number | null {
  return typeof value === 'number' && value > 0 ? value : null;
}

/** Timestamps a message arrives with (e.g. from a sibling's `msg` sync, already delivered). */
function initialTimes(m: meow.IDbMessage, outbound: boolean, state: MessageState, at: number) {
  const senderClock = positive(m.status?.sent);
  const sentAt = outbound ? (isSentOrLater(state) ? (senderClock ?? at) : null) : senderClock;
  const readAt = positive(m.readAt) ?? (state === 'read' ? at : null);
  const reached = outbound && (state === 'delivered' || state === 'read');
  const deliveredAt = positive(m.deliveredAt) ?? (reached ? (readAt ?? at) : null);
  return { sent_at: sentAt, delivered_at: deliveredAt, read_at: readAt };
}

/** Validates a DbMessage and builds its row; `now` is the local store time. */
export function newMessageRow(
  dbKey: Uint8Array,
  peerUid: string,
  m: meow.IDbMessage,
  now: number,
): NewMessageRow {
  requireId(peerUid, 'peer uid');
  const uuid = m.status?.uuid ?? '';
  requireId(uuid, 'message uuid (status.uuid)');
  const outbound = m.outbound === true;
  const state = m.state ? parseState(m.state) : initialState(outbound);
  requireStateFor(outbound, state);
  const createdAt = positive(m.createdAt) ?? now;
  const bytes = encodeProto(meow.DbMessage, { ...m, outbound, state, createdAt });
  return {
    peer_uid: peerUid,
    uuid,
    outbound: outbound ? 1 : 0,
    state,
    created_at: createdAt,
    updated_at: now,
    ...initialTimes(m, outbound, state, createdAt),
    failure_reason: state === 'failed' ? m.failureReason || 'unknown' : null,
    body: sealValue(dbKey, bytes, messageAd(peerUid, uuid)),
    expires_at: expiresAtOf(m),
  };
}

function decodeBody(dbKey: Uint8Array, row: MessageRow): meow.DbMessage {
  const bytes = openValue(dbKey, row.body, messageAd(row.peer_uid, row.uuid));
  try {
    return decodeProto(meow.DbMessage, bytes);
  } catch (cause) {
    throw new AppError('STORAGE_CORRUPT', 'stored message body is not a DbMessage', { cause });
  }
}

export function storedMessage(dbKey: Uint8Array, row: MessageRow): StoredMessage {
  const message = decodeBody(dbKey, row);
  const state = parseState(row.state);
  message.state = state;
  message.createdAt = row.created_at;
  message.deliveredAt = row.delivered_at ?? 0;
  message.readAt = row.read_at ?? 0;
  message.failureReason = row.failure_reason ?? '';
  return {
    id: row.id,
    peerUid: row.peer_uid,
    uuid: row.uuid,
    outbound: row.outbound === 1,
    state,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
    deliveredAt: row.delivered_at,
    readAt: row.read_at,
    failureReason: row.failure_reason,
    expiresAt: row.expires_at ?? null,
    message,
  };
}
