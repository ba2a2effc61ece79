import { randomUUID } from 'node:crypto';
import { concatBytes, constantTimeEqual, randomBytes, sha256, utf8 } from '../../core/crypto';
import { decodeProto, encodeProto } from '../../core/wire';
import { meow } from '../../proto';
import type { RelayLimits } from '../config';
import type { RelayStore, StoredInvitation } from '../store/types';
import { enforce, MINUTE_MS, rateLimited, retryAfterMs, type Rule } from './ratelimit';

/**
 * The shortcode invitation store (DESIGN.md §4). The relay never keeps a password, only
 * SHA-256(uuid ‖ password): a plain hash suffices because guessing goes through the rate limits
 * below, never offline against a leaked hash of a high-entropy secret alone. Unknown, expired,
 * wrong-password and wrong-token all answer INVITATION_DENIED, so the answer is no oracle.
 *
 * Limits key on the client address (keyed hash), never on the shortcode alone: a guesser must
 * not be able to lock the real recipient out. Each address gets a few attempts per shortcode and
 * a budget of failures overall; what the app generates carries 80 bits
 * (main/client/peers/shortcode.ts), so that is ample. Passwords are not checked for form: any text is accepted.
 */
export const SHORTCODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const SHORTCODE_MIN = 6;
const SHORTCODE_MAX = 16;
const SHORTCODE_DEFAULT = 8;
const SHORTCODE_TRIES = 8;
const SHORTCODE_PATTERN = new RegExp(
  `^[${SHORTCODE_ALPHABET}]{${SHORTCODE_MIN},${SHORTCODE_MAX}}$`,
);
export const MAX_INVITATION_PAYLOAD_BYTES = 64 * 1024;

/** The window of both shortcode limits (attempts per shortcode, failures per address). */
export const SHORTCODE_WINDOW_MS = 10 * MINUTE_MS;

export interface InvitationContext {
  readonly store: RelayStore;
  readonly limits: RelayLimits;
  readonly now: () => number;
}

const denied: meow.IInvitationResult = { ok: false, errorCode: 'INVITATION_DENIED' };

/** `address`: the keyed hash of the client address (address.ts). */
export async function handleInvitation(
  ctx: InvitationContext,
  address: string,
  request: meow.IInvitationRequest,
): Promise<meow.IInvitationResult> {
  const invitation = request.invitation ?? {};
  const op = request.op ?? meow.InvitationRequest.Op.OP_UNSPECIFIED;
  if (op === meow.InvitationRequest.Op.OP_UNSPECIFIED || !(op in meow.InvitationRequest.Op)) {
    return { ok: false, errorCode: 'BAD_OPERATION' };
  }
  const ops = { limit: ctx.limits.invitationOpsPerMinute, windowMs: MINUTE_MS };
  await enforce(ctx.store, `inv:ops:${address}`, ops, ctx.now(), 'invitation requests');
  if (op === meow.InvitationRequest.Op.CREATE) return create(ctx, invitation);
  const shortcode = normalizeShortcode(invitation.shortcode ?? '');
  if (op === meow.InvitationRequest.Op.GET) return guardedGet(ctx, address, shortcode, invitation);
  return remove(ctx, shortcode, invitation);
}

/**
 * GET under both shortcode limits, counted before the lookup so unknown and known shortcodes are
 * throttled alike: attempts per (address, shortcode), and failures per address (a guesser
 * spreading over many shortcodes). Only this address is slowed down, never the shortcode.
 * The failure budget is read first and charged after the lookup (only failures count), so
 * concurrent requests may overshoot it by their number — a soft bound, which is all it needs.
 */
async function guardedGet(
  ctx: InvitationContext,
  address: string,
  shortcode: string | undefined,
  invitation: meow.IInvitation,
): Promise<meow.IInvitationResult> {
  const now = ctx.now();
  const failures: Rule = {
    limit: ctx.limits.shortcodeFailuresPerAddress,
    windowMs: SHORTCODE_WINDOW_MS,
  };
  const failBucket = `inv:fail:${address}`;
  if ((await ctx.store.hit(failBucket, failures.windowMs, now, 0)) >= failures.limit) {
    throw rateLimited('failed invitation lookups', retryAfterMs(failures, now));
  }
  const attempts = { limit: ctx.limits.shortcodeAttemptsPerAddress, windowMs: SHORTCODE_WINDOW_MS };
  const codeBucket = `inv:code:${address}:${shortcode ?? '-'}`;
  await enforce(ctx.store, codeBucket, attempts, now, 'attempts at this shortcode');
  const result = await get(ctx, shortcode, invitation.password ?? '');
  if (!result.ok) await ctx.store.hit(failBucket, failures.windowMs, now);
  return result;
}

/** Upper-case, without spaces or dashes; undefined when it cannot be a shortcode at all. */
export function normalizeShortcode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return SHORTCODE_PATTERN.test(code) ? code : undefined;
}

/** A uniformly random shortcode (rejection sampling: no modulo bias). */
export function newShortcode(length: number): string {
  const ceiling = 256 - (256 % SHORTCODE_ALPHABET.length);
  let code = '';
  while (code.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < ceiling && code.length < length)
        code += SHORTCODE_ALPHABET.charAt(byte % SHORTCODE_ALPHABET.length);
    }
  }
  return code;
}

function passwordVerifier(uuid: string, password: string): Uint8Array {
  return sha256(concatBytes(utf8(uuid), utf8(password)));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

async function create(
  ctx: InvitationContext,
  invitation: meow.IInvitation,
): Promise<meow.IInvitationResult> {
  const payload = invitation.payload ?? new Uint8Array(0);
  if (payload.length === 0 || payload.length > MAX_INVITATION_PAYLOAD_BYTES) {
    return { ok: false, errorCode: 'BAD_INVITATION' };
  }
  const { invitationMinExpiryMs: min, invitationMaxExpiryMs: max } = ctx.limits;
  // 0 = "as long as the relay allows"; anything else is clamped into the relay's range.
  const lifetimeMs = invitation.timeout ? clamp(invitation.timeout * 1000, min, max) : max;
  const length = invitation.shortcodeLen
    ? clamp(invitation.shortcodeLen, SHORTCODE_MIN, SHORTCODE_MAX)
    : SHORTCODE_DEFAULT;
  const uuid = randomUUID();
  const expiry = ctx.now() + lifetimeMs;
  for (let attempt = 0; attempt < SHORTCODE_TRIES; attempt++) {
    const record: meow.IInvitation = {
      payload,
      timeout: Math.floor(lifetimeMs / 1000),
      shortcodeLen: length,
      shortcode: newShortcode(length),
      uuid,
      expiry,
      step: invitation.step || 1,
    };
    const stored: StoredInvitation = {
      uuid,
      shortcode: record.shortcode ?? '',
      payload: encodeProto(meow.Invitation, meow.Invitation.create(record)),
      passwordHash: passwordVerifier(uuid, invitation.password ?? ''),
      deleteTokenHash: sha256(invitation.deleteToken ?? new Uint8Array(0)),
      expiresAt: expiry,
    };
    if (await ctx.store.createInvitation(stored)) {
      return { ok: true, invitation: { ...record, payload: undefined } };
    }
  }
  return { ok: false, errorCode: 'SHORTCODE_EXHAUSTED' };
}

async function lookup(
  ctx: InvitationContext,
  shortcode: string | undefined,
): Promise<StoredInvitation | undefined> {
  if (shortcode === undefined) return undefined;
  const now = ctx.now();
  const stored = await ctx.store.getInvitation(shortcode, now);
  return stored && stored.expiresAt > now ? stored : undefined;
}

async function get(
  ctx: InvitationContext,
  shortcode: string | undefined,
  password: string,
): Promise<meow.IInvitationResult> {
  const stored = await lookup(ctx, shortcode);
  const verifier = passwordVerifier(stored?.uuid ?? '', password);
  if (!stored || !constantTimeEqual(verifier, stored.passwordHash)) return denied;
  try {
    return { ok: true, invitation: decodeProto(meow.Invitation, stored.payload) };
  } catch {
    return denied;
  }
}

async function remove(
  ctx: InvitationContext,
  shortcode: string | undefined,
  invitation: meow.IInvitation,
): Promise<meow.IInvitationResult> {
  const stored = await lookup(ctx, shortcode);
  const token = invitation.deleteToken ?? new Uint8Array(0);
  // An empty token never deletes: an invitation created without one simply expires.
  if (!stored || token.length === 0 || !constantTimeEqual(sha256(token), stored.deleteTokenHash)) {
    return denied;
  }
  if (invitation.uuid && invitation.uuid !== stored.uuid) return denied;
  await ctx.store.deleteInvitation(stored.shortcode);
  return { ok: true };
}
