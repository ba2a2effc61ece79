/**
 * The client engine over one unlocked Profile (DESIGN.md §5): invitations, messaging, device
 * pairing and sync, and the send and poll workers. Every operation touching a peer's (or a
 * device's) ratchet runs in that peer's queue. Call `start()` once and `close()` before
 * closing the profile.
 */
import { useNativeCrypto } from '../native-crypto';
import { isAppError } from '../../../core/errors';
import { KeyedQueue } from '../../../core/util/keyed-queue';
import { EventEmitter } from './events';
import { RelayHealth } from './relay-health';
import type { ListOptions, MessagePage } from '../../storage';
import { PollWorker, type RequestJob } from './workers/poll-worker';
import { SendWorker } from './workers/send-worker';
import type { DeviceSettings, IdentityProfile, Peer, ServerRef } from '../model';
import type { Profile } from '../profile';
import type { EngineContext } from './context';
import {
  aroundChange,
  CatchUp,
  DeviceManager,
  InboxDrainer,
  queuePeerSync,
  restartSession,
  TakeoverWatch,
  SyncDispatcher,
} from '../devices';
import { ChannelCache } from './channels';
import { SealedHere } from './sealed-here';
import { handleEntries } from './inbound';
import { acceptInvitationInto, type AcceptInput } from './invitations';
import {
  cancelInvitation,
  clearConversation,
  contactSafetyCode,
  deleteContact,
  requireContact,
  verifyContact,
} from './contacts';
import { finishRemovals } from './contact-removal';
import { finishInterrupted, queueOwedWork } from './recovery';
import { requestJobs } from './request-jobs';
import { markRead, retry, sendText } from './messaging';
import { deleteMessage, editText } from './modify';
import { ExpiryWorker, purgeExpired, setExpiry } from './expiry';
import { Attachments } from './attachments';
import { RelayPool } from './relays';
import { MessageSearch, type SearchInput, type SearchResult } from '../search';
import { createInvitation, type InviteInput, type InviteResult } from './invite';
import type { EngineOptions, PeerPatch } from './options';

export type { InviteInput, InviteResult } from './invite';
export type { EngineOptions, PeerPatch } from './options';

/**
 * How long dedup marks are kept. Far longer than a relay keeps an unacked entry (14 days by
 * default), so a re-delivery is always recognised; past it the ratchet still refuses a replay.
 */
export const SEEN_RETENTION_MS = 90 * 86_400_000;

export class Engine {
  readonly events = new EventEmitter();
  readonly devices: DeviceManager;
  /** Full-text search, in memory only (client/search); built at the end of start-up. */
  readonly search: MessageSearch;
  private readonly ctx: EngineContext;
  private readonly sender: SendWorker;
  private readonly poller: PollWorker;
  private readonly inbox: InboxDrainer;
  private readonly syncs: SyncDispatcher;
  private readonly catchUp: CatchUp;
  private readonly takeovers: TakeoverWatch;
  private readonly expiry: ExpiryWorker;
  /** Whether each relay answers, as the workers last found it (relay-health.ts). */
  readonly relayHealth: RelayHealth;
  /** Photos and files: sending, downloads, reading them (attachments/). */
  readonly attachments: Attachments;

  constructor(
    readonly profile: Profile,
    options: EngineOptions = {},
  ) {
    useNativeCrypto();
    this.search = new MessageSearch(profile.messages);
    const now = options.now ?? Date.now;
    this.relayHealth = new RelayHealth(this.events, now);
    this.ctx = {
      profile,
      search: this.search,
      events: this.events,
      queue: new KeyedQueue(),
      relays: new RelayPool(options.relay),
      now,
      channels: new ChannelCache(),
      health: this.relayHealth,
      sealedHere: new SealedHere(),
      wakeSend: () => {
        this.sender.wake();
      },
      wakePoll: () => {
        void this.poller.refresh();
      },
      wakeInbox: () => {
        this.inbox.wake();
      },
      wakeAttachments: () => {
        this.attachments.wake();
      },
      background: (where, task) => {
        this.runInBackground(where, task);
      },
      receiveEntries: (uid, entries) => handleEntries(this.ctx, uid, entries),
      syncs: {
        wake: () => {
          this.syncs.wake();
        },
        flush: () => this.syncs.flush(),
        around: (key, record, change) => this.syncs.around(key, record, change),
      },
      ...(options.inspectSync ? { inspectSync: options.inspectSync } : {}),
    };
    this.sender = new SendWorker(this.ctx);
    this.poller = new PollWorker(this.ctx, {
      getRequestJobs: () => this.getRequestJobs(),
      handleEntries: (uid, entries, hint) => {
        for (const entry of entries) options.inspectEntry?.(uid, entry);
        return handleEntries(this.ctx, uid, entries, hint);
      },
    });
    this.inbox = new InboxDrainer(this.ctx);
    this.syncs = new SyncDispatcher(this.ctx);
    this.devices = new DeviceManager(this.ctx, {
      ...(options.pairingLifetimeMs === undefined ? {} : { lifetimeMs: options.pairingLifetimeMs }),
      ...(options.pairingGraceMs === undefined ? {} : { graceMs: options.pairingGraceMs }),
    });
    this.catchUp = new CatchUp(this.ctx, options.catchUpAfterMs);
    this.expiry = new ExpiryWorker(this.ctx);
    this.attachments = new Attachments(this.ctx);
    profile.messages.useExpiryClock(this.ctx.now);
    // Disappearing messages: a newly stored row may expire before the worker's next look.
    for (const name of ['message.received', 'message.stored'] as const) {
      this.events.on(name, () => {
        this.expiry.wake();
      });
    }
    this.takeovers = new TakeoverWatch(this.ctx, {
      ...(options.takeoverAfterMs === undefined
        ? {}
        : { takeoverAfterMs: options.takeoverAfterMs }),
      ...(options.revokedWaitMs === undefined ? {} : { revokedWaitMs: options.revokedWaitMs }),
    });
  }

  private readonly pending = new Set<Promise<void>>();

  private runInBackground(where: string, task: () => Promise<void>): void {
    const run = Promise.resolve()
      .then(task)
      .catch((err: unknown) => {
        const code = isAppError(err) ? err.code : 'INTERNAL';
        this.events.emit('error', { where, code });
      })
      .finally(() => this.pending.delete(run));
    this.pending.add(run);
  }

  /** All of start-up: `open()`, then `resume()`. */
  async start(): Promise<void> {
    await this.open();
    await this.resume();
  }

  /**
   * What must hold before anything is listed: rows that expired while closed are gone, a
   * contact deletion a crash interrupted is finished, and search follows every insert. Cheap
   * whatever the profile's size: hosts answer the contact list right after it (ApiSession).
   */
  async open(): Promise<void> {
    this.expiry.start(); // first: what expired while closed goes before anything is listed
    this.search.follow();
    this.profile.messages.pruneSeen(this.ctx.now() - SEEN_RETENTION_MS);
    await finishRemovals(this.ctx); // a contact deletion a crash interrupted (contact-removal.ts)
  }

  /**
   * The rest of start-up, once, after `open()`: crash recovery, then the workers (relay
   * connections), then the search index build. Several passes over the contacts, and the
   * build reads every message: with 1,000 contacts and 100,000 messages this is most of the
   * start-up, so the hosts run it after the first contact list was answered (ApiSession).
   */
  resume(): Promise<void> {
    this.resuming ??= this.recoverAndRun();
    return this.resuming;
  }

  private resuming: Promise<void> | undefined;

  private async recoverAndRun(): Promise<void> {
    await finishInterrupted(this.ctx); // recovery.ts
    this.syncs.wake(); // syncs recorded before a crash
    this.sender.start();
    this.attachments.start(); // transfers a quit or crash interrupted
    this.inbox.wake(); // syncs received but not applied before a crash
    await queueOwedWork(this.ctx); // recovery.ts
    await this.devices.start(); // pairings that lapsed while closed go before anything is polled
    await this.poller.start();
    await this.catchUp.start();
    this.takeovers.start();
    // Last: the build reads and opens every stored message (in slices, MessageSearch); what
    // arrives meanwhile is indexed as it is stored (`follow` in open()).
    void this.search.start();
  }

  async close(): Promise<void> {
    this.expiry.stop();
    if (this.resuming) {
      // A start-up under way finishes first, so every worker it started is stopped below.
      await this.resuming.catch(() => undefined);
      await this.takeovers.stop();
      // Not without a start: its last heartbeat would claim this device was here meanwhile.
      await this.catchUp.stop();
    }
    await this.devices.stop();
    await Promise.all([
      this.sender.stop(),
      this.poller.stop(),
      this.inbox.stop(),
      this.syncs.stop(),
      this.attachments.stop(),
    ]);
    await Promise.all([...this.pending]);
    await this.ctx.queue.idle();
    this.ctx.channels.clear();
    await this.search.stop();
  }

  /** Creates an invitation (pasted text, and optionally a relay shortcode). */
  invite(input: InviteInput): Promise<InviteResult> {
    return createInvitation(this.ctx, input);
  }

  /** Accepts an invitation; the answer is queued once and sent by the send worker. */
  async accept(input: AcceptInput): Promise<string> {
    // The contact's peer_update is recorded with the answer's job.
    const also = (added: Peer) => {
      queuePeerSync(this.ctx, added.uid);
    };
    const peer = await acceptInvitationInto(this.ctx, input, { type: 'peer', also });
    this.events.emit('peer.added', { peerUid: peer.uid, name: peer.name });
    this.ctx.wakePoll();
    await this.ctx.syncs.flush();
    return peer.uid;
  }

  async sendText(peerUid: string, text: string, options: { replyTo?: string } = {}) {
    const uuid = await sendText(this.ctx, peerUid, text, options.replyTo);
    this.expiry.wake(); // it may disappear (its timer starts now)
    return uuid;
  }

  /**
   * Sets the conversation's disappearing-message timer (seconds: 0, 300, 3600, 86400, 604800);
   * it reaches the sibling devices and the contact's devices (expiry.ts).
   */
  setExpiry(peerUid: string, seconds: number): Promise<Peer> {
    return setExpiry(this.ctx, peerUid, seconds);
  }

  /** Purges the messages expired by now (the worker does this on its own; tests call it). */
  purgeExpired(): number {
    return purgeExpired(this.ctx);
  }

  /** Marks an inbound message read and, if the peer wants them, sends a read ack. */
  markRead(peerUid: string, uuid: string): Promise<void> {
    return markRead(this.ctx, peerUid, uuid);
  }

  /** Replaces the text of one of our sent texts, for the contact and on every device. */
  editText(peerUid: string, uuid: string, text: string): Promise<void> {
    return editText(this.ctx, peerUid, uuid, text);
  }

  /** Deletes a message on our devices, or (one of ours, within 24 h) for everyone. */
  deleteMessage(peerUid: string, uuid: string, forEveryone: boolean): Promise<void> {
    return deleteMessage(this.ctx, peerUid, uuid, forEveryone);
  }

  /** Sends a failed message again (same uuid). */
  async retry(peerUid: string, uuid: string): Promise<void> {
    if (this.attachments.retryUploads(peerUid, uuid)) return;
    await retry(this.ctx, peerUid, uuid);
  }

  /**
   * Restarts the secure session with a contact (PROTOCOL.md §9 "Session reset"): messages
   * wait until the contact answers, then it re-sends what it never saw acknowledged.
   */
  resetSession(peerUid: string): Promise<void> {
    return restartSession(this.ctx, peerUid);
  }

  /** Renames, blocks, hides…; the change reaches the sibling devices. */
  async updatePeer(peerUid: string, patch: PeerPatch): Promise<Peer> {
    return this.ctx.queue.run(peerUid, async () => {
      const peer = await requireContact(this.ctx, peerUid);
      const next: Peer = { ...peer, ...patch, updatedAt: this.ctx.now() };
      await aroundChange(this.ctx, { kind: 'peer', ref: peerUid }, async () => {
        await this.profile.peers.storePeer(peerUid, next);
      });
      this.events.emit('peer.updated', { peerUid, name: next.name });
      return next;
    });
  }

  /** Deletes the contact, its conversation and its queue on every device (contacts.ts). */
  deletePeer(peerUid: string): Promise<void> {
    return deleteContact(this.ctx, peerUid);
  }

  /** Removes an invitation nobody accepted, here, on the siblings and at the relay. */
  cancelInvitation(peerUid: string): Promise<{ shortcodeDeleted: boolean }> {
    return cancelInvitation(this.ctx, peerUid);
  }

  /** Clears the conversation's messages on every device; the contact stays. */
  clearConversation(peerUid: string): Promise<void> {
    return clearConversation(this.ctx, peerUid);
  }

  /** The 60-digit code both people compare (peers/safety-code.ts). */
  safetyCode(peerUid: string): Promise<string> {
    return contactSafetyCode(this.ctx, peerUid);
  }

  /** Marks the contact verified for its current keys, or not; synced to the siblings. */
  verifyPeer(peerUid: string, verified: boolean): Promise<Peer> {
    return verifyContact(this.ctx, peerUid, verified);
  }

  /** Nickname, avatars, status; saved and sent to the sibling devices (`identity_update`). */
  async updateProfile(patch: Partial<IdentityProfile>): Promise<IdentityProfile> {
    const change = () => this.profile.updateProfile(patch);
    const profile = await aroundChange(this.ctx, { kind: 'identity', ref: '' }, change);
    this.events.emit('profile.updated', {});
    return profile;
  }

  /** This device's settings (never synced); resolves once the poll worker follows them. */
  async updateSettings(patch: DeviceSettings): Promise<Required<DeviceSettings>> {
    const settings = await this.profile.updateSettings(patch);
    await this.poller.refresh();
    this.events.emit('profile.updated', {});
    return settings;
  }

  /** Adds a relay (its card already fetched and pinned) and tells the siblings (`server_add`). */
  async addServer(server: ServerRef): Promise<void> {
    await aroundChange(this.ctx, { kind: 'server', ref: server.url }, async () => {
      await this.profile.addServer(server);
    });
    this.events.emit('server.added', { url: server.url });
  }

  listMessages(peerUid: string, options: ListOptions): MessagePage {
    return this.profile.messages.listMessages(peerUid, options);
  }

  /** A page of one conversation centred on message `uuid` (jump to a search hit). */
  messagesAround(peerUid: string, uuid: string, before: number, after: number): MessagePage {
    return this.profile.messages.messagesAround(peerUid, uuid, before, after);
  }

  /** Messages whose text has every word of the query (the last one as a prefix). */
  searchMessages(input: SearchInput): SearchResult {
    return this.search.search(input);
  }

  /** Contacts (device peers live in DeviceStorage and are never listed here). */
  async listPeers(): Promise<Peer[]> {
    const peers = await this.storedPeers();
    return peers.filter((p) => p.type === 'peer' && p.visible);
  }

  private peersRead: Promise<Peer[]> | undefined;

  /**
   * Every contact record as stored, for views: reads that overlap share one pass over the
   * store (after unlock the UI asks peers.list and devices.list together; each pass opens
   * every record). Engine work reads the store itself.
   */
  storedPeers(): Promise<Peer[]> {
    this.peersRead ??= this.profile.peers.listPeers().finally(() => {
      this.peersRead = undefined;
    });
    return this.peersRead;
  }

  unreadCounts(): Map<string, number> {
    return this.profile.messages.unreadCounts();
  }

  /** GetRequestJobs (request-jobs.ts). */
  getRequestJobs(): Promise<RequestJob[]> {
    return requestJobs(this.ctx);
  }
}
