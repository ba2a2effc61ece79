import { AppError } from '../../core/errors';
import type { Avatar, IdentityProfile } from './model';

/**
 * Profile fields come from the UI, the CLI and sibling devices' identity_update: all untrusted.
 * Limits keep a hostile sibling or a paste accident from bloating the identity file.
 */
export const PROFILE_LIMITS = {
  nicknameMax: 64,
  statusMax: 140,
  avatarsMax: 8,
  avatarBytesMax: 256 * 1024,
  passwordMin: 8,
} as const;

/** Length in Unicode code points, so an emoji counts as one character, not two. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function bad(message: string): never {
  throw new AppError('INVALID_ARGUMENT', message);
}

function text(value: unknown, what: string, max: number, min = 0): string {
  if (typeof value !== 'string') bad(`${what} must be text`);
  const trimmed = value.normalize('NFC').trim();
  if (trimmed.length < min) bad(`${what} must not be empty`);
  if (codePoints(trimmed) > max) bad(`${what} is longer than ${max} characters`);
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) bad(`${what} contains control characters`);
  return trimmed;
}

function avatar(value: unknown): Avatar {
  const a = value as Partial<Avatar> | null;
  if (
    typeof a !== 'object' ||
    a === null ||
    typeof a.id !== 'string' ||
    typeof a.dataUrl !== 'string'
  ) {
    bad('avatar must be { id, dataUrl }');
  }
  if (!/^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/.test(a.dataUrl)) {
    bad('avatar must be a base64 PNG, JPEG, WebP or GIF data URL');
  }
  if (a.dataUrl.length > PROFILE_LIMITS.avatarBytesMax) bad('avatar image is too large');
  return { id: text(a.id, 'avatar id', 64, 1), dataUrl: a.dataUrl };
}

/** Returns only the fields present in `patch`, each validated and normalized. */
export function validateProfilePatch(patch: Partial<IdentityProfile>): Partial<IdentityProfile> {
  const out: Partial<IdentityProfile> = {};
  if ('nickname' in patch)
    out.nickname = text(patch.nickname, 'nickname', PROFILE_LIMITS.nicknameMax, 1);
  if ('status' in patch) out.status = text(patch.status, 'status', PROFILE_LIMITS.statusMax);
  if ('avatars' in patch) {
    if (!Array.isArray(patch.avatars) || patch.avatars.length > PROFILE_LIMITS.avatarsMax) {
      bad(`at most ${PROFILE_LIMITS.avatarsMax} avatars`);
    }
    out.avatars = patch.avatars.map(avatar);
  }
  if ('defaultAvatar' in patch) out.defaultAvatar = text(patch.defaultAvatar, 'default avatar', 64);
  const avatars = out.avatars;
  if (out.defaultAvatar && avatars && !avatars.some((a) => a.id === out.defaultAvatar)) {
    bad('default avatar must be one of the avatars');
  }
  return out;
}

export function validateNewPassword(password: unknown): void {
  if (typeof password !== 'string' || codePoints(password) < PROFILE_LIMITS.passwordMin) {
    bad(`password must have at least ${PROFILE_LIMITS.passwordMin} characters`);
  }
}
