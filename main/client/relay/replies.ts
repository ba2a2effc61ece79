import { constantTimeEqual } from '../../../core/crypto';
import { LOOKUP_KEY_BYTES } from '../../../core/lookup';
import { meow } from '../../../proto';
import { badReply, safeText } from './errors';
import type {
  AckRequest,
  AckResult,
  CreatedInvitation,
  FetchedInvitation,
  PulledEntry,
  PullRequest,
  PushResult,
  QueueBatch,
} from './types';

/**
 * Validation of everything a relay sends back. The box authenticates the relay, but a relay
 * (or a bug in one) must still not be able to crash the engine, make it ack entries it never
 * received, or smuggle unbounded strings into logs: every field is checked against the request.
 */
const MAX_CODE_CHARS = 64;
export const MAX_INVITATION_PAYLOAD_BYTES = 64 * 1024;
const SHORTCODE_PATTERN = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6,16}$/;
const MAX_UUID_CHARS = 64;
const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

function itemCode(code: string): string {
  return safeText(code, MAX_CODE_CHARS);
}

function isSafeUint(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function sameKey(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && constantTimeEqual(a, b);
}

export function pushResults(reply: meow.FromServerMessage, sent: number): PushResult[] {
  if (reply.pushResults.length !== sent) {
    throw badReply(`${reply.pushResults.length} push results for ${sent} messages`);
  }
  return reply.pushResults.map((r) => {
    if (r.accepted === true) return { accepted: true, errorCode: '' };
    const errorCode = itemCode(r.errorCode || 'REJECTED');
    // Bounded: a relay must not be able to park a message for longer than a day at a time.
    const wait = Math.min(isSafeUint(r.retryAfterMs) ? r.retryAfterMs : 0, MAX_RETRY_AFTER_MS);
    return { accepted: false, errorCode, ...(wait > 0 ? { retryAfterMs: wait } : {}) };
  });
}

export function ackResults(
  reply: meow.FromServerMessage,
  acks: readonly AckRequest[],
): AckResult[] {
  if (reply.ackResults.length !== acks.length) {
    throw badReply(`${reply.ackResults.length} ack results for ${acks.length} acks`);
  }
  return reply.ackResults.map((r) => ({
    ok: r.ok === true,
    errorCode: r.ok === true ? '' : itemCode(r.errorCode || 'REJECTED'),
  }));
}

export function queueBatches(
  reply: meow.FromServerMessage,
  requests: readonly PullRequest[],
): QueueBatch[] {
  if (reply.chat.length !== requests.length) {
    throw badReply(`${reply.chat.length} queue batches for ${requests.length} pull requests`);
  }
  return requests.map((request, index) => {
    const batch = reply.chat[index] ?? meow.QueueBatch.create();
    return queueBatch(batch, request, index);
  });
}

function queueBatch(batch: meow.IQueueBatch, request: PullRequest, index: number): QueueBatch {
  const key = batch.lookupKey ?? new Uint8Array(0);
  if (!sameKey(key, request.lookupKey)) throw badReply(`batch ${index} is for another queue`);
  const lookupKey = Uint8Array.from(request.lookupKey);
  const raw = batch.entries ?? [];
  const errorCode = batch.errorCode ?? '';
  if (errorCode !== '') {
    if (raw.length > 0) throw badReply(`batch ${index} has entries and error ${errorCode}`);
    return {
      lookupKey,
      entries: [],
      cursor: request.after,
      more: false,
      errorCode: itemCode(errorCode),
      expired: 0,
      expiredUnknown: false,
    };
  }
  const { entries, last } = batchEntries(raw, request, index, lookupKey);
  // The cursor is what the engine acks: it must be exactly the last seq handed to us, never
  // beyond it (acking past it would delete entries we never saw).
  if ((batch.cursor ?? 0) !== last) throw badReply(`batch ${index}: cursor does not match entries`);
  return {
    lookupKey,
    entries,
    cursor: last,
    more: batch.more === true,
    errorCode: '',
    ...gapOf(batch, index),
  };
}

/**
 * The gap the relay reports (PROTOCOL.md §8): the engine stores a notice for it, so a bogus
 * count must fail the reply rather than show the user a made-up number.
 */
function gapOf(
  batch: meow.IQueueBatch,
  index: number,
): Pick<QueueBatch, 'expired' | 'expiredUnknown'> {
  const expired = batch.expired ?? 0;
  if (!isSafeUint(expired)) throw badReply(`batch ${index}: invalid expired count`);
  return { expired, expiredUnknown: batch.expiredUnknown === true };
}

function batchEntries(
  raw: readonly meow.IQueueEntry[],
  request: PullRequest,
  index: number,
  lookupKey: Uint8Array,
): { entries: PulledEntry[]; last: number } {
  if (request.maxEntries && raw.length > request.maxEntries) {
    throw badReply(`batch ${index} has more entries than asked for`);
  }
  const entries: PulledEntry[] = [];
  let last = request.after;
  for (const entry of raw) {
    const seq = entry.seq ?? 0;
    if (!isSafeUint(seq) || seq <= last) throw badReply(`batch ${index}: sequence out of order`);
    last = seq;
    entries.push({
      seq,
      receivedAt: isSafeUint(entry.receivedAt) ? entry.receivedAt : 0,
      message: entryMessage(entry.message, lookupKey),
    });
  }
  return { entries, last };
}

/**
 * The stored message of one entry; null when the relay handed out an unreadable entry (it does
 * so for a corrupt stored entry rather than block the queue): skip it and ack past it.
 */
function entryMessage(
  message: meow.IPackedUserMessage | null | undefined,
  lookupKey: Uint8Array,
): meow.PackedUserMessage | null {
  const destination = message?.destination ?? new Uint8Array(0);
  const payload = message?.payload ?? new Uint8Array(0);
  if (payload.length === 0 || destination.length !== LOOKUP_KEY_BYTES) return null;
  if (!sameKey(destination, lookupKey)) return null;
  return meow.PackedUserMessage.create({
    destination: Uint8Array.from(destination),
    payload: Uint8Array.from(payload),
  });
}

function invitationOf(reply: meow.FromServerMessage): meow.IInvitation {
  const result = reply.invitation;
  if (result?.ok !== true) throw badReply('no successful invitation result');
  return result.invitation ?? {};
}

/** The item error of an invitation reply, '' when it succeeded. */
export function invitationError(reply: meow.FromServerMessage): string {
  const result = reply.invitation;
  if (!result) throw badReply('no invitation result');
  return result.ok === true ? '' : itemCode(result.errorCode || 'REJECTED');
}

function checkIdentity(invitation: meow.IInvitation): { shortcode: string; uuid: string } {
  const shortcode = invitation.shortcode ?? '';
  const uuid = invitation.uuid ?? '';
  if (!SHORTCODE_PATTERN.test(shortcode)) throw badReply('invalid shortcode');
  if (uuid.length === 0 || uuid.length > MAX_UUID_CHARS) throw badReply('invalid invitation uuid');
  return { shortcode, uuid: safeText(uuid, MAX_UUID_CHARS) };
}

export function createdInvitation(
  reply: meow.FromServerMessage,
  deleteToken: Uint8Array,
): CreatedInvitation {
  const invitation = invitationOf(reply);
  const { shortcode, uuid } = checkIdentity(invitation);
  const expiry = invitation.expiry ?? 0;
  if (!isSafeUint(expiry) || expiry === 0) throw badReply('invalid invitation expiry');
  return { shortcode, uuid, expiry, deleteToken };
}

export function fetchedInvitation(reply: meow.FromServerMessage): FetchedInvitation {
  const invitation = invitationOf(reply);
  const { shortcode, uuid } = checkIdentity(invitation);
  const payload = invitation.payload ?? new Uint8Array(0);
  if (payload.length === 0 || payload.length > MAX_INVITATION_PAYLOAD_BYTES) {
    throw badReply('invalid invitation payload');
  }
  const expiry = invitation.expiry ?? 0;
  const step = invitation.step ?? 0;
  if (!isSafeUint(expiry) || !isSafeUint(step)) throw badReply('invalid invitation fields');
  return { shortcode, uuid, expiry, step, payload: Uint8Array.from(payload) };
}
