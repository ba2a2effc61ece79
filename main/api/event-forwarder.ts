/**
 * The engine's events as the API passes them on to its hosts (session.ts). An event about a
 * message or a contact leaves with the views `messages.list` and `peers.list` would return for
 * it now (view-events.ts), so the UI patches the row it shows instead of listing a page of 200
 * again: one indexed read per event rather than two pages and the contact list.
 *
 * Order: every engine event goes through one queue and leaves in the order it came. Views are
 * read when their batch leaves (after the engine committed what the event announces), so an
 * event never carries an older state than one before it. A burst (a backlog after being
 * offline) leaves as one batch: each contact it names is read once, the unread counts once.
 * After close() (lock) queued events are dropped: the UI forgets everything on lock and lists
 * again at the next unlock.
 */
import { isAppError } from '../../core/errors';
import type { Engine } from '../client/engine/engine';
import type { Peer } from '../client/model';
import type { Profile } from '../client/profile';
import type { StoredMessage } from '../storage';
import type { ApiEventName } from './contract';
import { ENGINE_EVENT_NAMES, type EventName } from './events';
import type { ViewedEventName } from './view-events';
import type { MessageView, PeerView } from './view-types';
import { attachmentRowsOf } from './attachment-views';
import { listedPeerView, messageView } from './views';

/** Events that carry the message's view and its conversation's (WithMessageView). */
const MESSAGE_EVENTS: ReadonlySet<EventName> = new Set<ViewedEventName>([
  'attachment.updated',
  'message.received',
  'message.statusChanged',
  'message.stored',
  'message.updated',
]);

/** Events that carry the contact's view only (WithPeerView). */
const PEER_EVENTS: ReadonlySet<EventName> = new Set<ViewedEventName>([
  'message.expired',
  'peer.added',
  'peer.updated',
  'invitation.finalized',
  'peer.primaryChanged',
  'conversation.cleared',
]);

/** At most this many events are read and sent on together. */
const MAX_BATCH = 500;

interface Queued {
  readonly name: EventName;
  readonly payload: object;
}

interface Ids {
  readonly peerUid: string;
  readonly uuid?: string;
}

export type EmitApiEvent = (name: ApiEventName, payload: object) => void;

/**
 * Reads the views of one batch. Everything is read synchronously from SQLite after the
 * contacts were fetched, so the views of a batch are one consistent snapshot.
 */
class BatchViews {
  private unread: Map<string, number> | undefined;
  private readonly peerViews = new Map<string, PeerView | null>();

  constructor(
    private readonly profile: Profile,
    private readonly peers: ReadonlyMap<string, Peer | undefined>,
  ) {}

  /** As `messages.list` lists it: never a row deleted for me or past its expiry. */
  message(peerUid: string, uuid: string): MessageView | null {
    const m = this.profile.messages.getMessage(peerUid, uuid);
    if (!m || m.message.deleted === 'me' || expired(m)) return null;
    return messageView(m, attachmentRowsOf(this.profile.messages, m));
  }

  /** As `peers.list` lists it. */
  peer(peerUid: string): PeerView | null {
    const cached = this.peerViews.get(peerUid);
    if (cached !== undefined) return cached;
    this.unread ??= this.profile.messages.unreadCounts();
    const view = listedPeerView(this.profile.messages, this.peers.get(peerUid), this.unread);
    this.peerViews.set(peerUid, view);
    return view;
  }
}

function expired(m: StoredMessage): boolean {
  return m.expiresAt !== null && m.expiresAt <= Date.now();
}

export class EventForwarder {
  private queue: Queued[] = [];
  private draining = false;
  private closed = false;
  private readonly offs: (() => void)[];

  constructor(
    engine: Engine,
    private readonly profile: Profile,
    private readonly emit: EmitApiEvent,
  ) {
    this.offs = ENGINE_EVENT_NAMES.map((name) =>
      engine.events.on(name, (payload) => {
        this.push(name, payload);
      }),
    );
  }

  /** Stops listening and drops what has not left yet (call before the profile closes). */
  close(): void {
    this.closed = true;
    this.queue = [];
    for (const off of this.offs) off();
  }

  /** Read again after an await (close() may have run meanwhile). */
  private isClosed(): boolean {
    return this.closed;
  }

  private push(name: EventName, payload: object): void {
    if (this.closed) return;
    this.queue.push({ name, payload });
    if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0 && !this.closed) {
        const batch = this.queue.splice(0, MAX_BATCH);
        // Empty once closed while the views were read.
        for (const e of await this.withViews(batch)) this.emit(e.name, e.payload);
      }
    } finally {
      this.draining = false;
    }
  }

  private async withViews(batch: readonly Queued[]): Promise<Queued[]> {
    const uids = new Set<string>();
    for (const e of batch) if (viewed(e.name)) uids.add(idsOf(e).peerUid);
    if (uids.size === 0) return [...batch];
    try {
      const peers = new Map<string, Peer | undefined>();
      for (const uid of uids) peers.set(uid, await this.profile.peers.getPeer(uid));
      if (this.isClosed()) return [];
      const views = new BatchViews(this.profile, peers);
      return batch.map((e) => withView(e, views));
    } catch (err) {
      if (this.isClosed()) return [];
      // Unreadable (a damaged store): the events still go, saying nothing is listed for them.
      const code = isAppError(err) ? err.code : 'INTERNAL';
      return [
        { name: 'error', payload: { where: 'api.eventViews', code } },
        ...batch.map((e) => withView(e, null)),
      ];
    }
  }
}

function viewed(name: EventName): boolean {
  return MESSAGE_EVENTS.has(name) || PEER_EVENTS.has(name);
}

function idsOf(e: Queued): Ids {
  return e.payload as Ids;
}

function withView(e: Queued, views: BatchViews | null): Queued {
  const { peerUid, uuid } = idsOf(e);
  if (MESSAGE_EVENTS.has(e.name)) {
    const message = views && uuid !== undefined ? views.message(peerUid, uuid) : null;
    return { name: e.name, payload: { ...e.payload, message, peer: views?.peer(peerUid) ?? null } };
  }
  if (PEER_EVENTS.has(e.name)) {
    return { name: e.name, payload: { ...e.payload, peer: views?.peer(peerUid) ?? null } };
  }
  return e;
}
