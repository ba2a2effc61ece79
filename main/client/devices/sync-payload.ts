/**
 * DeviceSyncPayload in and out of a UserMessage (MULTI_DEVICE_SPEC phase 2): serialized into
 * `UserMessage.appdata` with `UserMessage.type = "device_sync"` and `status.uuid = dedup_id`,
 * then sealed like any chat message, so a relay cannot tell sync from chat. Everything decoded
 * here came from one of our own devices but is still checked field by field: a damaged or
 * hostile payload is SYNC_BAD_PAYLOAD and changes nothing.
 */
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { decodeProto, encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { IdentityProfile, Peer } from '../model';
import { validateProfilePatch } from '../profile-validation';

export const DEVICE_SYNC_TYPE = 'device_sync';

export const SYNC_TYPES = [
  'msg',
  'peer_update',
  'identity_update',
  'server_add',
  'forward',
  'history_request',
  'history_chunk',
  'device_revoke',
  'device_introduce', // ours: keeps the devices a full mesh (introduce.ts)
  'primary_request', // ours: "hand this contact over to me" (handoff.ts)
  'primary_handoff', // ours: the contact's relationship, ratchet included (handoff.ts)
  'pairing_rejected', // ours: "not confirmed" to a device still joining (pairing.ts)
  'pairing_expired', // ours: its pairing lapsed before the confirmation (pairing.ts)
  'heartbeat', // ours: "still here" to siblings after a quiet day (takeover.ts)
  'forward_entries', // ours: a contact's entries its old primary could not open (unopened.ts)
  'conversation_clear', // ours: the user cleared a conversation (sync-contacts.ts)
  'peer_delete', // ours: the user deleted a contact or cancelled an invitation (sync-contacts.ts)
  'attachment_request', // ours: a file the relay no longer holds (attachment-backfill.ts)
  'attachment_reupload', // ours: that file again, under a new pointer (attachment-backfill.ts)
] as const;
export type SyncType = (typeof SYNC_TYPES)[number];

const MAX_ID = 128;

export function bad(message: string, cause?: unknown): AppError {
  return new AppError('SYNC_BAD_PAYLOAD', `device sync rejected: ${message}`, { cause });
}

/** The UserMessage that carries `payload` to a sibling device. */
export function syncUserMessage(payload: meow.IDeviceSyncPayload, now: number): meow.IUserMessage {
  const dedupId = payload.dedupId ?? '';
  if (dedupId === '' || dedupId.length > MAX_ID) throw bad('dedup_id is missing or too long');
  return {
    type: DEVICE_SYNC_TYPE,
    appdata: encodeProto(meow.DeviceSyncPayload, payload),
    status: { uuid: dedupId, sent: now },
  };
}

export interface ReadSync {
  readonly type: SyncType;
  readonly payload: meow.DeviceSyncPayload;
}

/** Decodes and checks the payload of a message from a sibling device. */
export function readSyncPayload(message: meow.UserMessage | Uint8Array): ReadSync {
  let payload: meow.DeviceSyncPayload;
  if (message instanceof Uint8Array) {
    payload = decodePayload(message);
  } else {
    if (message.type !== DEVICE_SYNC_TYPE) throw bad(`a device sent a "${message.type}" message`);
    payload = decodePayload(message.appdata);
  }
  const type = SYNC_TYPES.find((t) => t === payload.syncType);
  if (!type) throw bad(`unknown sync_type "${payload.syncType.slice(0, 40)}"`);
  if (payload.dedupId === '' || payload.dedupId.length > MAX_ID) throw bad('bad dedup_id');
  if (payload.peerUid.length > MAX_ID || payload.forwardPeerUid.length > MAX_ID) {
    throw bad('peer uid is too long');
  }
  return { type, payload };
}

function decodePayload(bytes: Uint8Array): meow.DeviceSyncPayload {
  try {
    return decodeProto(meow.DeviceSyncPayload, bytes);
  } catch (cause) {
    throw bad('not a DeviceSyncPayload', cause);
  }
}

const id = z.string().min(1).max(MAX_ID);
const b64 = z
  .string()
  .max(8192)
  .regex(/^[A-Za-z0-9_-]*$/);
const keyPair = z.object({ publicKey: b64, privateKey: b64 });
const server = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2048),
  publicKey: b64,
  signingKey: b64,
  name: z.string().max(200),
});

const PeerSchema = z.object({
  uid: id,
  type: z.literal('peer'),
  name: z.string().max(200),
  avatar: z.string().max(512 * 1024),
  myName: z.string().max(200),
  myIdentity: keyPair,
  myEncryptionKp: keyPair,
  myLookupSecret: b64,
  myPullServers: z.array(server).min(1).max(16),
  mySymKey: b64,
  contactPublicKey: b64.nullable(),
  contactEncryption: b64.nullable(),
  contactLookupKey: b64.nullable(),
  // A record from before send tokens decodes as null: sending to it fails with NO_CAPABILITY.
  contactSendToken: b64.nullable().default(null),
  contactPullServers: z.array(server).max(16),
  drInitiator: z.boolean(),
  drRootKey: b64,
  drKp: keyPair.nullable(),
  drStateJson: z
    .string()
    .max(1024 * 1024)
    .nullable(),
  invitationUuid: z.string().max(MAX_ID),
  invitationStep: z.enum(['offered', 'answered', 'finalized']),
  visible: z.boolean(),
  blocked: z.boolean(),
  messageNotification: z.boolean(),
  sendDeliveryAck: z.boolean(),
  sendProcessingAck: z.boolean(),
  callsAllowed: z.boolean(),
  primaryDeviceUid: z.string().max(MAX_ID),
  primaryEpoch: z
    .number()
    .int()
    .nonnegative()
    .max(2 ** 31)
    .optional(),
  claim: z.object({ at: z.number().int().nonnegative(), id }).optional(),
  lastResetAt: z.number().int().nonnegative().optional(),
  lastResetId: z.string().max(MAX_ID).optional(),
  previousLookup: z
    .object({ secret: b64, confirmedAt: z.number().int().nonnegative().optional() })
    .optional(),
  invitationShortcode: z
    .object({
      serverUrl: z.string().max(2048),
      shortcode: z.string().max(MAX_ID),
      deleteToken: b64,
    })
    .optional(),
  verified: z.object({ keys: b64, at: z.number().int().nonnegative() }).optional(),
  expiry: z
    .object({
      seconds: z.number().int().min(0).max(604_800),
      version: z
        .number()
        .int()
        .nonnegative()
        .max(2 ** 31),
      by: z.enum(['me', 'contact']),
    })
    .optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});

/**
 * `peer_update` PeerData: the full Peer (MULTI_DEVICE_SPEC phase 6) except `drStateJson`: with
 * the primary-device relay (phase 7) only the primary drives the ratchet, and a sibling
 * holding a stale copy could only misuse it. `primaryDeviceUid` names the primary's device
 * uid (never '' on the wire), so a third device learns the right primary too.
 */
export function encodePeerData(peer: Peer, primaryDeviceUid: string): Uint8Array {
  const { handoffPending: _local, resetPending: _mine, ...rest } = peer;
  const wire: Peer = { ...rest, drStateJson: null, primaryDeviceUid };
  return new TextEncoder().encode(JSON.stringify(wire));
}

/**
 * `primary_handoff` PeerData: the one place a ratchet leaves its device (PROTOCOL.md §10
 * "Handoff"), to the device that takes the contact over, inside their device ratchet.
 */
export function encodeHandoffPeer(peer: Peer, newPrimary: string, epoch: number): Uint8Array {
  const { handoffPending: _local, ...rest } = peer;
  const wire: Peer = { ...rest, primaryDeviceUid: newPrimary, primaryEpoch: epoch };
  return new TextEncoder().encode(JSON.stringify(wire));
}

export function decodePeerData(bytes: Uint8Array): Peer {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw bad('peer_data is not JSON', cause);
  }
  const parsed = PeerSchema.safeParse(json);
  if (!parsed.success) throw bad(`peer_data: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  if (parsed.data.primaryDeviceUid === '') throw bad('peer_data names no primary device');
  return parsed.data;
}

/** `identity_update` IdentityData: the IdentityProfileSnapshot (nickname, avatars, status). */
export function encodeIdentitySnapshot(profile: IdentityProfile): Uint8Array {
  const snapshot = {
    nickname: profile.nickname,
    default_avatar: profile.defaultAvatar,
    avatars: profile.avatars,
    status: profile.status,
  };
  return new TextEncoder().encode(JSON.stringify(snapshot));
}

export function decodeIdentitySnapshot(bytes: Uint8Array): Partial<IdentityProfile> {
  try {
    const json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Record<
      string,
      unknown
    >;
    return validateProfilePatch({
      nickname: json.nickname,
      defaultAvatar: json.default_avatar,
      avatars: json.avatars,
      status: json.status,
    } as Partial<IdentityProfile>);
  } catch (cause) {
    throw bad('identity_data is not a valid profile snapshot', cause);
  }
}
