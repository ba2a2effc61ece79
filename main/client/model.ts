/**
 * The engine's data model (DESIGN.md §3, §5; MULTI_DEVICE_SPEC.md for names). Everything here
 * is JSON-serializable: a `Peer` is stored as one encrypted JSON value per peer (PeerStorage /
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

  readonly createdAt: number;
  updatedAt: number;
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
  /** This device's Ed25519 key: its identity towards relays (DESIGN.md §3 `Device`). */
  readonly device: KeyPairJson;
  readonly deviceUid: string;
  /** Key that encrypts PeerStorage/DeviceStorage values and message bodies at rest. */
  readonly dbKey: B64;
  messageServers: ServerRef[];
  hiddenPeers: string[];
}
