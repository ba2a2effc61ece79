/**
 * Checks of what callers hand the relay client. A failure is INVALID_ARGUMENT: a bug in the
 * caller, found before anything is sent.
 */
import { fromBase64Url } from '../../../core/crypto';
import { AppError } from '../../../core/errors';
import { LOOKUP_KEY_BYTES, SEND_TOKEN_BYTES } from '../../../core/lookup';
import type { OutboundMessage, QueueRef } from './types';

export const UINT32_MAX = 0xffffffff;

export function requireArg(ok: boolean, message: string): void {
  if (!ok) throw new AppError('INVALID_ARGUMENT', message);
}

export function isSafeUint(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** A pinned key of a ServerRef (base64url of exactly `length` bytes). */
export function decodeKey(b64: string, length: number, what: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(b64);
  } catch (cause) {
    throw new AppError('INVALID_ARGUMENT', `ServerRef.${what} is not base64url`, { cause });
  }
  if (bytes.length !== length) {
    throw new AppError('INVALID_ARGUMENT', `ServerRef.${what} must be ${length} bytes`);
  }
  return bytes;
}

export function checkQueueRef(ref: QueueRef, what: string): void {
  requireArg(
    ref.lookupKey instanceof Uint8Array && ref.lookupKey.length === LOOKUP_KEY_BYTES,
    `${what}: lookupKey must be ${LOOKUP_KEY_BYTES} bytes`,
  );
  requireArg(
    ref.pullToken instanceof Uint8Array && ref.pullToken.length === 32,
    `${what}: pullToken must be 32 bytes`,
  );
}

/**
 * A message to push: its lengths only. Whether the token grants the destination is the
 * relay's to decide (NO_CAPABILITY, per message), as it would be for any other client.
 */
export function checkOutbound(m: OutboundMessage): void {
  requireArg(
    m.destination instanceof Uint8Array && m.destination.length === LOOKUP_KEY_BYTES,
    'push: destination must be a 32-byte lookup key',
  );
  requireArg(
    m.sendToken instanceof Uint8Array && m.sendToken.length === SEND_TOKEN_BYTES,
    `push: sendToken must be ${SEND_TOKEN_BYTES} bytes`,
  );
  requireArg(m.payload instanceof Uint8Array && m.payload.length > 0, 'push: empty payload');
}
