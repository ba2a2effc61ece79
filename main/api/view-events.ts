/**
 * The API's events about a message or a contact: the engine's payload (events.ts) plus the view
 * of that message and of its conversation exactly as `messages.list` and `peers.list` would
 * return them now (event-forwarder.ts builds them with views.ts). The UI patches what it shows
 * from these and never lists a page again for an event. Nothing here goes beyond what those
 * two commands already return.
 */
import type {
  AttachmentUpdatedEvent,
  MessageExpiredEvent,
  MessageReceivedEvent,
  MessageStatusChangedEvent,
  MessageStoredEvent,
  MessageUpdatedEvent,
  PeerEvent,
  PeerRemovedEvent,
  PrimaryChangedEvent,
} from './events';
import type { MessageView, PeerView } from './view-types';

/** The contact's row of `peers.list` now; null when `peers.list` does not list it (any more). */
export interface WithPeerView {
  readonly peer: PeerView | null;
}

/** The message's row of `messages.list` now, and its conversation's row of `peers.list`. */
export interface WithMessageView extends WithPeerView {
  /** Null when the message is not listed (any more): deleted for me, expired, or gone. */
  readonly message: MessageView | null;
}

export interface ViewedEvents {
  /** A photo or file moved; `message` shows where each of its attachments stands now. */
  'attachment.updated': AttachmentUpdatedEvent & WithMessageView;
  'message.received': MessageReceivedEvent & WithMessageView;
  'message.statusChanged': MessageStatusChangedEvent & WithMessageView;
  'message.stored': MessageStoredEvent & WithMessageView;
  'message.updated': MessageUpdatedEvent & WithMessageView;
  /** `peer`: its last message and unread count may have gone with it. */
  'message.expired': MessageExpiredEvent & WithPeerView;
  'peer.added': PeerEvent & WithPeerView;
  'peer.updated': PeerEvent & WithPeerView;
  'invitation.finalized': PeerEvent & WithPeerView;
  'peer.primaryChanged': PrimaryChangedEvent & WithPeerView;
  'conversation.cleared': PeerRemovedEvent & WithPeerView;
}

export type ViewedEventName = keyof ViewedEvents;
