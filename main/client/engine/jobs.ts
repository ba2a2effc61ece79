/**
 * Outbox job payloads. A job holds the SEALED PackedUserMessage, never the plaintext: a retry
 * resends identical bytes, so the receiver's envelope-hash dedup recognises a duplicate and no
 * ratchet key is ever used twice (PROTOCOL.md §5 "Nonce reuse warning").
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/errors';
import { fromB64, toB64 } from '../b64';
import type { ServerRef } from '../model';

/**
 * What a job does once accepted: a chat message moves to 'sent'; acks, answers and a
 * `modify` (an edit or delete of a sent message, modify.ts) do not.
 */
export type JobKind = 'message' | 'ack' | 'answer' | 'device_sync' | 'reset' | 'modify';

export interface JobPayload {
  /** Servers to try in order (the contact's pull servers). */
  readonly servers: readonly ServerRef[];
  readonly destination: Uint8Array;
  /**
   * The capability to push to `destination` (PROTOCOL.md §7), kept with the job: a job queued
   * before the contact moved its queue still carries the old queue's. Empty: none was known,
   * and the job fails with NO_CAPABILITY instead of reaching the relay.
   */
  readonly sendToken: Uint8Array;
  readonly payload: Uint8Array;
  /** uuid of the stored DbMessage for kind 'message'; '' otherwise. */
  readonly messageUuid: string;
}

interface JobJson {
  v: 1;
  servers: ServerRef[];
  destination: string;
  sendToken: string;
  payload: string;
  messageUuid: string;
}

export function encodeJobPayload(job: JobPayload): Uint8Array {
  const json: JobJson = {
    v: 1,
    servers: [...job.servers],
    destination: toB64(job.destination),
    sendToken: toB64(job.sendToken),
    payload: toB64(job.payload),
    messageUuid: job.messageUuid,
  };
  return new TextEncoder().encode(JSON.stringify(json));
}

export function decodeJobPayload(bytes: Uint8Array): JobPayload {
  const json = JSON.parse(new TextDecoder().decode(bytes)) as Partial<JobJson>;
  if (json.v !== 1 || !Array.isArray(json.servers) || typeof json.destination !== 'string') {
    throw new AppError('STORAGE_CORRUPT', 'outbox job payload is not a version 1 job');
  }
  return {
    servers: json.servers,
    destination: fromB64(json.destination, 'job destination'),
    sendToken: fromB64(json.sendToken ?? '', 'job send token'),
    payload: fromB64(json.payload ?? '', 'job payload'),
    messageUuid: json.messageUuid ?? '',
  };
}

let counter = 0;

/**
 * Job ids sort in creation order: the outbox breaks created_at ties by job_id, and two messages
 * queued in the same millisecond must still leave in the order they were written.
 */
export function newJobId(now: number): string {
  counter = (counter + 1) % 1_000_000;
  return `${now.toString().padStart(15, '0')}.${counter.toString().padStart(6, '0')}.${randomUUID()}`;
}

/** The message uuid a job carries ('' for acks, answers, syncs, or an unreadable payload). */
export function messageUuidOf(payload: Uint8Array): string {
  try {
    return decodeJobPayload(payload).messageUuid;
  } catch {
    return '';
  }
}
