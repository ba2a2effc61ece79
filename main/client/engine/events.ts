/**
 * The typed events the engine emits (DESIGN.md §5 "Events"). Hosts forward them to the local
 * UI. Payloads carry uids, uuids, states and message text (the UI shows those) but never keys,
 * lookup keys or other secrets, so an event may also be logged safely.
 */
import type { AttachmentState, MessageState } from '../../storage';

export interface MessageReceivedEvent {
  readonly peerUid: string;
  readonly uuid: string;
  readonly type: string;
  readonly text: string;
  readonly sent: number;
  readonly replyTo: string;
}

export interface MessageStatusChangedEvent {
  readonly peerUid: string;
  readonly uuid: string;
  readonly state: MessageState;
  /** Set for 'failed': an error code, never contents. */
  readonly reason?: string;
}

export interface PeerEvent {
  readonly peerUid: string;
  readonly name: string;
}

/**
 * A worker's word on one relay (relay-health.ts keeps them). poll: 'running' once a loop's
 * pull was answered (its first, and its first after a failure), 'backoff' when one failed,
 * 'stopped' when the loop ended. send: 'backoff' when a push could not reach the relay,
 * 'running' when one through it went out again.
 */
export interface WorkerStateEvent {
  readonly worker: 'send' | 'poll';
  /** The relay's URL (for the send worker: the first of the contact's relays). */
  readonly server: string;
  readonly state: 'running' | 'backoff' | 'stopped';
  /** Error code that caused a backoff. */
  readonly code?: string;
}

export interface ErrorEvent {
  /** Where it happened, e.g. "poll.entry", "send.job". */
  readonly where: string;
  /** AppError code (or INTERNAL); never message contents or keys. */
  readonly code: string;
  readonly peerUid?: string;
}

/** A message row appeared without being sent or received here (a sibling device's `msg`). */
export interface MessageStoredEvent {
  readonly peerUid: string;
  readonly uuid: string;
  readonly outbound: boolean;
  readonly state: MessageState;
}

/**
 * A stored message was edited or deleted (here, by the contact or on a sibling device): the UI
 * reloads that one row. No text: the row says what it shows now.
 */
export interface MessageUpdatedEvent {
  readonly peerUid: string;
  readonly uuid: string;
}

export interface DeviceEvent {
  readonly deviceUid: string;
  readonly name: string;
}

/** A new device answered our pairing QR: show `code` and let the user confirm or reject. */
export interface DevicePairingEvent extends DeviceEvent {
  readonly code: string;
}

export interface DeviceRemovedEvent {
  readonly deviceUid: string;
  /**
   * 'revoked' by a device of ours (maybe this one); a pairing 'rejected' (on either device), or
   * 'expired' before it was confirmed.
   */
  readonly reason: 'revoked' | 'rejected' | 'expired';
  /** Set when this device was the one joining: its own join ended (show the join screen). */
  readonly joining?: boolean;
}

/** A contact's primary device changed (handoff): '' = this device now talks to the contact. */
export interface PrimaryChangedEvent {
  readonly peerUid: string;
  readonly primaryDeviceUid: string;
}

/** History transfer from a sibling (initial sync or catch-up): chunks applied so far. */
export interface SyncProgressEvent {
  readonly requestId: string;
  readonly chunks: number;
  readonly total: number;
  readonly messages: number;
  readonly done: boolean;
}

/**
 * A relay said entries of one of this device's queues expired unread (engine/gaps.ts). For a
 * contact the conversation got a notice row (`uuid`, also announced as 'message.stored'); for a
 * sibling device there is no conversation: syncs from it were lost (request its history).
 */
export interface QueueExpiredEvent {
  /** The contact, or the sibling device (`device`), whose queue it is. */
  readonly peerUid: string;
  readonly device: boolean;
  /** Entries newly reported expired; 0 with `unknown` when the relay cannot tell how many. */
  readonly expired: number;
  readonly unknown: boolean;
  /** The notice row in the contact's conversation; '' for a device. */
  readonly uuid: string;
}

/** A contact is gone from this device (deleted, or an invitation cancelled, here or on a sibling). */
export interface PeerRemovedEvent {
  readonly peerUid: string;
}

/** A disappearing message expired and was purged from this device (engine/expiry.ts). */
export interface MessageExpiredEvent {
  readonly peerUid: string;
  readonly uuid: string;
}

/**
 * A photo or file of a message moved (attachments/): its transfer state, and how many of its
 * chunks are sealed, uploaded or downloaded. `error`: the code of the last failure (a retry
 * follows unless the state is one that stays: failed, expired, damaged, invalid).
 */
export interface AttachmentUpdatedEvent {
  readonly peerUid: string;
  readonly uuid: string;
  readonly localId: string;
  readonly position: number;
  readonly state: AttachmentState;
  readonly doneChunks: number;
  readonly chunkCount: number;
  readonly error?: string;
}

export interface EngineEvents {
  'message.received': MessageReceivedEvent;
  'message.statusChanged': MessageStatusChangedEvent;
  'peer.added': PeerEvent;
  'peer.updated': PeerEvent;
  'invitation.finalized': PeerEvent;
  'worker.state': WorkerStateEvent;
  'message.stored': MessageStoredEvent;
  'message.updated': MessageUpdatedEvent;
  'device.pairingRequested': DevicePairingEvent;
  'device.paired': DeviceEvent;
  'device.removed': DeviceRemovedEvent;
  'profile.updated': Record<string, never>;
  'server.added': { readonly url: string };
  'sync.progress': SyncProgressEvent;
  'peer.primaryChanged': PrimaryChangedEvent;
  'queue.expired': QueueExpiredEvent;
  'peer.removed': PeerRemovedEvent;
  /** A conversation's messages were cleared (here or on a sibling); the contact stays. */
  'conversation.cleared': PeerRemovedEvent;
  'message.expired': MessageExpiredEvent;
  'attachment.updated': AttachmentUpdatedEvent;
  error: ErrorEvent;
}

export type EventName = keyof EngineEvents;

/** Every engine event name, as data (subscribing to all of them, e.g. to stream them). */
const EVENT_SET: Readonly<Record<EventName, true>> = {
  'message.received': true,
  'message.statusChanged': true,
  'peer.added': true,
  'peer.updated': true,
  'invitation.finalized': true,
  'worker.state': true,
  'message.stored': true,
  'message.updated': true,
  'device.pairingRequested': true,
  'device.paired': true,
  'device.removed': true,
  'profile.updated': true,
  'server.added': true,
  'sync.progress': true,
  'peer.primaryChanged': true,
  'queue.expired': true,
  'peer.removed': true,
  'conversation.cleared': true,
  'message.expired': true,
  'attachment.updated': true,
  error: true,
};
export const ENGINE_EVENT_NAMES = Object.keys(EVENT_SET) as readonly EventName[];
export type Listener<K extends EventName> = (payload: EngineEvents[K]) => void;

/** A tiny synchronous emitter; a throwing listener cannot break the engine or other listeners. */
export class EventEmitter<M extends object = EngineEvents> {
  private readonly listeners = new Map<keyof M, Set<(payload: never) => void>>();

  /** Subscribes; returns the unsubscribe function. */
  on<K extends keyof M>(name: K, fn: (payload: M[K]) => void): () => void {
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
    }
    set.add(fn);
    return () => {
      set.delete(fn);
    };
  }

  emit<K extends keyof M>(name: K, payload: M[K]): void {
    const set = this.listeners.get(name);
    if (!set) return;
    for (const fn of [...set]) {
      try {
        (fn as (payload: M[K]) => void)(payload);
      } catch {
        // A broken UI listener must not stop message processing.
      }
    }
  }
}

/** An event to emit once the transaction that caused it has committed. */
export interface Emitted {
  readonly name: keyof EngineEvents;
  readonly payload: unknown;
}
