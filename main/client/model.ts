/**
 * The engine's data model (DESIGN.md §3, §5; MULTI_DEVICE_SPEC.md for names). Everything here
 * is JSON-serializable: a `Peer` is stored as encrypted JSON plus a small binary record with its
 * ratchet state (docs/ARCHITECTURE.md "Peers at rest"; PeerStorage /
 * DeviceStorage), and `IdentityData` is the body of the encrypted identity file. Byte fields are
 * base64url strings so the JSON is stable and greppable-for-absence in tests.
 */

/** base64url (no padding) of raw bytes. */
export type B64 = string;

export interface KeyPairJson {
  readonly publicKey: B64;
  readonly privateKey: B64;
}

/** A relay as a client knows it: where it is and the keys pinned when it was added. */
export interface ServerRef {
  readonly url: string;
  /** X25519 box key from its ServerCard (pinned). */
  readonly publicKey: B64;
  /** Ed25519 key that signs its ServerCard (pinned). */
  readonly signingKey: B64;
  readonly name: string;
}

export type PeerType = 'peer' | 'device';

/**
 * Where an invitation between two sides stands. 'confirming' is a device pairing answered by a
 * new device and waiting for the user to compare the pairing codes (MULTI_DEVICE_SPEC phase 1).
 */
export type InvitationStep = 'offered' | 'answered' | 'confirming' | 'finalized';

/**
 * One relationship (a contact, or a sibling device when `type = "device"`). Field names follow
 * the spec's `Peer` struct. Keys are fresh per relationship, never shared across contacts.
 */
export interface Peer {
  readonly uid: string;
  readonly type: PeerType;
  /** The contact's display name as we know it (editable locally). */
  name: string;
  avatar: string;
  /** Our name towards this contact. */
  myName: string;

  readonly myIdentity: KeyPairJson; // Ed25519
  readonly myEncryptionKp: KeyPairJson; // X25519
  /** Secret behind MyLookupKp; the lookup key and pull token derive from it (core/lookup). */
  readonly myLookupSecret: B64;
  /** Relays where our queue for this contact lives (MyPullServers). */
  myPullServers: ServerRef[];
  /** MySymKey, shared by both sides. */
  readonly mySymKey: B64;

  contactPublicKey: B64 | null; // Ed25519 (ContactPublicKey)
  contactEncryption: B64 | null; // X25519 (ContactEncryption)
  contactLookupKey: B64 | null; // ContactLookupKey
  /**
   * The capability to push to `contactLookupKey` (core/lookup: the address is its hash), from
   * the contact's card or address update. null: nothing can be sent (NO_CAPABILITY).
   */
  contactSendToken: B64 | null;
  contactPullServers: ServerRef[]; // ContactPullServers

  /** Double Ratchet material (inviter makes DrRootKey + DrKp). */
  readonly drInitiator: boolean;
  readonly drRootKey: B64;
  readonly drKp: KeyPairJson | null;
  /** Serialized RatchetState (core/ratchet), null until the session starts. */
  drStateJson: string | null;

  invitationUuid: string;
  invitationStep: InvitationStep;

  visible: boolean;
  blocked: boolean;
  messageNotification: boolean;
  sendDeliveryAck: boolean;
  sendProcessingAck: boolean;
  callsAllowed: boolean;

  /** MULTI_DEVICE_SPEC phase 7: uid of the device peer that owns this relationship; '' = us. */
  primaryDeviceUid: string;
  /**
   * Raised by one at each handoff (PROTOCOL.md §10 "Handoff"); a sync naming an older epoch
   * never moves the primary back. Absent in records from before handoffs: 0.
   */
  primaryEpoch?: number;
  /**
   * Set on the old primary between "the contact is handed over" and "the handoff is recorded
   * for the new primary"; the engine's start finishes what a crash interrupted. Never synced.
   */
  handoffPending?: boolean;
  /**
   * A device peer revoked while it was still the primary for some contacts: nothing more is
   * sent to it, but its queue is read until it has handed them all over (forward.ts).
   */
  revokedAt?: number;
  /**
   * This side restarted the session (peers/reset.ts) and waits for the contact's first message
   * on the new one before it can write; messages meanwhile wait as `pending`. Local only.
   */
  resetPending?: { readonly id: string; readonly at: number };
  /**
   * The session reset our side's current session came from (a takeover's claim): its
   * `reset_at` and `reset_id`. Synced, so siblings rank competing claims the way the contact
   * does (devices/synced-peer.ts `compareClaims`); absent: the invitation's session.
   */
  claim?: { readonly at: number; readonly id: string };
  /**
   * `reset_at` and `reset_id` of the last session reset taken from the contact; one that does
   * not come after it (by time, then id) is refused.
   */
  lastResetAt?: number;
  lastResetId?: string;
  /**
   * Queue rotation (engine/rotation.ts): our previous lookup secret, still polled until the
   * contact confirmed the new address (`confirmedAt`) and a drain time passed.
   */
  previousLookup?: { readonly secret: B64; readonly confirmedAt?: number };
  /** A rotation waits for our session reset to be answered (it cannot be sent before). */
  rotationOwed?: boolean;
  /**
   * Disappearing messages in this conversation (engine/expiry.ts), set by either side; absent:
   * off, version 0. Synced in `peer_update`; the higher version wins (`timerBeats`).
   */
  expiry?: ExpiryTimer;

  /**
   * An invitation we offered through a relay shortcode: what deletes it there when the user
   * cancels the invitation (engine/contact-removal.ts). Synced, so any device can cancel.
   */
  invitationShortcode?: ParkedShortcode;
  /**
   * The user compared the safety code (peers/safety-code.ts) and marked the contact verified:
   * `keys` is the fingerprint of the contact keys it was computed from. Keys that no longer
   * match it mean the contact's keys changed: not verified any more. Synced.
   */
  verified?: { readonly keys: B64; readonly at: number };

  readonly createdAt: number;
  updatedAt: number;
  /**
   * Device peers: when anything last arrived from that device (ms), recorded in the write that
   * stores its ratchet after each receive (devices/inbound.ts); absent until then. Never synced.
   */
  lastSeenAt?: number;
  /** Device peers: a pairing not completed yet (devices/pairing.ts). Never synced. */
  pairing?: PendingPairing;
}

/** A card parked at a relay under a short code, and the token that deletes it early. */
export interface ParkedShortcode {
  readonly serverUrl: string;
  readonly shortcode: string;
  readonly deleteToken: B64;
}

/** A conversation's disappearing-message timer (PROTOCOL.md §9 "Disappearing messages"). */
export interface ExpiryTimer {
  /** 0 (off), 300, 3600, 86400 or 604800. */
  readonly seconds: number;
  /** Raised by one at each change by either side; 0 = never set. */
  readonly version: number;
  /** Who set it: this user (any of their devices) or the contact. */
  readonly by: 'me' | 'contact';
}

/**
 * A device pairing in progress: when it lapses (this device's clock) and what to undo then.
 * Dropped with the pairing; meaningless once the step is 'finalized'.
 */
export interface PendingPairing {
  readonly expiresAt: number;
  /** Existing device: the card parked at a relay under a typed short code, deleted at the end. */
  readonly shortcode?: ParkedShortcode;
  /** Joining device: relays adopted from the pairing card for this join, removed if it fails. */
  readonly addedServers?: readonly string[];
}

export interface Avatar {
  readonly id: string;
  /** A data: URL (small image) chosen by the user. */
  readonly dataUrl: string;
}

/** The identity profile synced between devices (IdentityProfileSnapshot). */
export interface IdentityProfile {
  nickname: string;
  defaultAvatar: string;
  avatars: Avatar[];
  status: string;
}

/** The encrypted identity file's body. */
export interface IdentityData {
  readonly version: 1;
  profile: IdentityProfile;
  /** Ed25519 root key: trust anchor, never transmitted (MULTI_DEVICE_SPEC phase 6). */
  readonly rootKp: KeyPairJson;
  /**
   * This device's Ed25519 key (DESIGN.md §3 `Device`). Not shown to relays: every relay request
   * is signed with a fresh key (PROTOCOL.md §6).
   */
  readonly device: KeyPairJson;
  readonly deviceUid: string;
  /** Key that encrypts PeerStorage/DeviceStorage values and message bodies at rest. */
  readonly dbKey: B64;
  messageServers: ServerRef[];
  hiddenPeers: string[];
  /** This device's own choices (never synced); absent in older files: the defaults. */
  settings?: DeviceSettings;
}

/** Settings of this device alone (Profile.settings fills in the defaults). */
export interface DeviceSettings {
  /**
   * Poll each relationship on its own long-poll and connections (PROTOCOL.md §7 "What still
   * links your queues"); default off: one long-poll per relay lists every queue.
   */
  readonly separatePolls?: boolean;
  /**
   * Show a received message's text in system notifications; default off: they say "New
   * message" and the sender's name only (notifications reach lock screens and the OS history).
   */
  readonly notificationText?: boolean;
  /**
   * Received files up to this many MiB are downloaded as they arrive, larger ones when the
   * user asks; 0: none by itself. A whole number from 0 to 100 (device-settings.ts), default 20.
   */
  readonly autoDownloadMiB?: number;
}
