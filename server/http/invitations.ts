import { randomUUID } from 'node:crypto';
import { concatBytes, constantTimeEqual, randomBytes, sha256, utf8 } from '../../core/crypto';
import { decodeProto, encodeProto } from '../../core/wire';
import { meow } from '../../proto';
import type { RelayLimits } from '../config';
import { RelayError } from '../errors';
import type { RelayStore, StoredInvitation } from '../store/types';

/**
 * The shortcode invitation store (DESIGN.md §4). The relay never keeps a password, only
 * SHA-256(uuid ‖ password): a plain hash suffices because guessing goes through the rate limits
 * below, never offline against a leaked hash of a high-entropy secret alone. Unknown, expired,
 * wrong-password and wrong-token all answer INVITATION_DENIED, so the answer is no oracle.
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

/** Per shortcode: GET attempts (right or wrong) in a 10-minute window. */
export const SHORTCODE_ATTEMPTS = { limit: 5, windowMs: 10 * 60_000 } as const;
/** Per client key: invitation operations per minute. */
export const CLIENT_INVITATION_OPS = { limit: 30, windowMs: 60_000 } as const;

export interface InvitationContext {
  readonly store: RelayStore;
  readonly limits: RelayLimits;
  readonly now: () => number;
}

const denied: meow.IInvitationResult = { ok: false, errorCode: 'INVITATION_DENIED' };

export async function handleInvitation(
  ctx: InvitationContext,
  from: Uint8Array,
  request: meow.IInvitationRequest,
): Promise<meow.IInvitationResult> {
  const invitation = request.invitation ?? {};
  const op = request.op ?? meow.InvitationRequest.Op.OP_UNSPECIFIED;
  if (op === meow.InvitationRequest.Op.OP_UNSPECIFIED || !(op in meow.InvitationRequest.Op)) {
    return { ok: false, errorCode: 'BAD_OPERATION' };
  }
  await limit(ctx, `inv:client:${Buffer.from(from).toString('hex')}`, CLIENT_INVITATION_OPS);
  if (op === meow.InvitationRequest.Op.CREATE) return create(ctx, invitation);
  const shortcode = normalizeShortcode(invitation.shortcode ?? '');
  if (op === meow.InvitationRequest.Op.GET) {
    // Counted before the lookup, so unknown and known shortcodes are throttled alike.
    await limit(ctx, `inv:code:${shortcode ?? '-'}`, SHORTCODE_ATTEMPTS);
    return get(ctx, shortcode, invitation.password ?? '');
  }
  return remove(ctx, shortcode, invitation);
}

async function limit(
  ctx: InvitationContext,
  bucket: string,
  rule: { limit: number; windowMs: number },
): Promise<void> {
  const now = ctx.now();
  const count = await ctx.store.hit(bucket, rule.windowMs, now);
  if (count > rule.limit) {
    // Fixed windows start at multiples of windowMs, so this is when the counter resets.
    const retryAfterMs = rule.windowMs - (now % rule.windowMs);
    throw new RelayError('RATE_LIMITED', 'too many invitation requests', retryAfterMs);
  }
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
