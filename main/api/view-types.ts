/**
 * The views of a message and of a contact (a conversation), as `messages.list` and `peers.list`
 * return them and as the message and contact events carry them (view-events.ts). Plain JSON:
 * ids, names, texts and states, never keys. Re-exported by contract.ts.
 */
export type MessageStateView =
  'pending' | 'pending_forward' | 'sent' | 'delivered' | 'read' | 'failed' | 'received';

/** A line the app wrote into a conversation itself (never sent, synced or acked). */
export type NoticeView = RelayExpiredNotice | ExpiryTimerNotice;

export interface RelayExpiredNotice {
  /**
   * 'relay_expired': messages from the contact expired on the relay before this device fetched
   * them; 'key_changed': the contact's keys changed (compare the safety codes again).
   */
  readonly kind: 'relay_expired' | 'key_changed';
  /** How many; 0 with `unknown` when the relay cannot tell. */
  readonly expired: number;
  /** Some (or more than `expired`) may have expired. */
  readonly unknown: boolean;
}

/** Someone changed the conversation's disappearing-message timer (synced, like a message). */
export interface ExpiryTimerNotice {
  readonly kind: 'expiry_timer';
  /** The new timer in seconds; 0 = off. */
  readonly seconds: number;
  /** Who set it: this user (on any of their devices) or the contact. */
  readonly by: 'me' | 'contact';
}

/** A conversation's disappearing-message timer. */
export interface ExpiryView {
  /** 0 = off; else 300, 3600, 86400 or 604800. */
  readonly seconds: number;
  readonly by: 'me' | 'contact';
}

/** Where a photo or file of a message stands on this device (storage/attachment-rows.ts). */
export type AttachmentStateView =
  | 'encrypting'
  | 'uploading'
  | 'sent'
  | 'queued'
  | 'on_request'
  | 'ready'
  | 'failed'
  | 'expired'
  | 'damaged'
  | 'invalid';

/** One photo or file of a message: what it is, and how far its transfer got. */
export interface AttachmentView {
  /** This device's id for it (`attachments.read`, `.download`); null if it has none yet. */
  readonly localId: string | null;
  readonly position: number;
  /** Documents' name; '' for photos. */
  readonly name: string;
  readonly mimeType: string;
  /** Bytes. */
  readonly size: number;
  /** Pixels, 0 when unknown. */
  readonly width: number;
  readonly height: number;
  /** The preview carried in the message: a data: URL (JPEG or WebP), or null. */
  readonly thumbnail: string | null;
  readonly state: AttachmentStateView;
  /** Chunks sealed, uploaded or downloaded so far, of `chunkCount` (256 KiB each). */
  readonly doneChunks: number;
  readonly chunkCount: number;
  /** The code of the last failure (error-words.ts has its sentence), or null. */
  readonly error: string | null;
}

export interface MessageView {
  readonly uuid: string;
  readonly outbound: boolean;
  readonly text: string;
  readonly state: MessageStateView;
  readonly createdAt: number;
  readonly sentAt: number | null;
  readonly replyTo: string;
  readonly failureReason: string | null;
  readonly cursor: { readonly createdAt: number; readonly id: number };
  /** Set for a notice: show it as a centred line, not as a message from the contact. */
  readonly notice: NoticeView | null;
  /** When the shown text was last edited by its author (their clock); null if never. */
  readonly editedAt: number | null;
  /** Deleted for everyone: show "This message was deleted" (the text is gone). */
  readonly deleted: boolean;
  /** Disappearing messages: when it vanishes from every device (ms), or null. */
  readonly expiresAt: number | null;
  /** Photos and files, in order (the text is their caption). */
  readonly attachments: readonly AttachmentView[];
}

export interface PeerView {
  readonly uid: string;
  readonly name: string;
  readonly avatar: string;
  readonly step: 'offered' | 'answered' | 'confirming' | 'finalized';
  readonly unread: number;
  readonly lastMessage: MessageView | null;
  /** '' when this device talks to the contact itself; else the primary device's uid. */
  readonly primaryDeviceUid: string;
  readonly blocked: boolean;
  readonly messageNotification: boolean;
  /** The user compared safety codes and marked the contact verified (for its current keys). */
  readonly verified: boolean;
  /** Marked verified once, but the contact's keys changed since: warn, compare again. */
  readonly keyChanged: boolean;
  /** The disappearing-message timer (seconds 0 = off). */
  readonly expiry: ExpiryView;
}
