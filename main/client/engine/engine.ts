/**
 * The client engine over one unlocked Profile (DESIGN.md §5): invitations, sending, acks, and
 * the send and poll workers. Every operation touching a peer's ratchet runs in that peer's
 * queue. Call `start()` once and `close()` before closing the profile.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import { EventEmitter } from '../../api/events';
import type { ListOptions, MessagePage } from '../../storage';
import { PollWorker, type RequestJob } from '../../workers/poll-worker';
import { SendWorker } from '../../workers/send-worker';
import type { Peer } from '../model';
import type { Profile } from '../profile';
import { createInvitingPeer, inviterCard, encodeInvitationText, lookupOf } from '../peers';
import type { RelayClientOptions } from '../relay';
import type { EngineContext } from './context';
import { handleEntry, sendAck } from './inbound';
import { acceptInvitationInto, createShortcode, type AcceptInput } from './invitations';
import { sealAndQueue } from './outbound';
import { KeyedQueue } from '../../../core/util/keyed-queue';
import { RelayPool } from './relays';

/**
 * How long dedup marks are kept. Far longer than a relay keeps an unacked entry (14 days by
 * default), so a re-delivery is always recognised; past it the ratchet still refuses a replay.
 */
export const SEEN_RETENTION_MS = 90 * 86_400_000;

export interface InviteResult {
  readonly peerUid: string;
  readonly text: string;
  readonly shortcode?: string;
  readonly password?: string;
  readonly expiresAt?: number;
}

export interface EngineOptions {
  readonly relay?: RelayClientOptions;
  readonly now?: () => number;
}

export class Engine {
  readonly events = new EventEmitter();
  private readonly ctx: EngineContext;
  private readonly sender: SendWorker;
  private readonly poller: PollWorker;

  constructor(
    readonly profile: Profile,
    options: EngineOptions = {},
  ) {
    this.ctx = {
      profile,
      events: this.events,
      queue: new KeyedQueue(),
      relays: RelayPool.forDevice(profile.data.device, options.relay),
      now: options.now ?? Date.now,
      wakeSend: () => {
        this.sender.wake();
      },
      wakePoll: () => {
        void this.poller.refresh();
      },
    };
    this.sender = new SendWorker(this.ctx);
    this.poller = new PollWorker(this.ctx, {
      getRequestJobs: () => this.getRequestJobs(),
      handleEntry: (uid, entry) => handleEntry(this.ctx, uid, entry),
    });
  }

  async start(): Promise<void> {
    this.profile.messages.pruneSeen(this.ctx.now() - SEEN_RETENTION_MS);
    this.sender.start();
    await this.poller.start();
  }

  async close(): Promise<void> {
    await Promise.all([this.sender.stop(), this.poller.stop()]);
    await this.ctx.queue.idle();
  }

  /** Creates an invitation (pasted text, and optionally a relay shortcode). */
  async invite(input: {
    name: string;
    viaShortcode?: { expirySeconds: number };
  }): Promise<InviteResult> {
    const servers = this.profile.servers;
    if (servers.length === 0) throw new AppError('INVALID_ARGUMENT', 'add a relay first');
    const peer = createInvitingPeer({
      type: 'peer',
      name: input.name,
      myName: this.profile.profile.nickname,
      myPullServers: [...servers],
      now: this.ctx.now(),
    });
    const card = inviterCard(peer);
    await this.profile.peers.storePeer(peer.uid, peer);
    this.events.emit('peer.added', { peerUid: peer.uid, name: peer.name });
    this.ctx.wakePoll();
    const text = encodeInvitationText(card);
    if (!input.viaShortcode) return { peerUid: peer.uid, text };
    const code = await createShortcode(this.ctx, card, input.viaShortcode.expirySeconds);
    return { peerUid: peer.uid, text, ...code };
  }

  /** Accepts an invitation; the answer is queued once and sent by the send worker. */
  async accept(input: AcceptInput): Promise<string> {
    const peer = await acceptInvitationInto(this.ctx, input);
    this.events.emit('peer.added', { peerUid: peer.uid, name: peer.name });
    this.ctx.wakePoll();
    return peer.uid;
  }

  async sendText(
    peerUid: string,
    text: string,
    options: { replyTo?: string } = {},
  ): Promise<string> {
    const uuid = randomUUID();
    await this.ctx.queue.run(peerUid, async () => {
      const peer = await this.requirePeer(peerUid);
      const now = this.ctx.now();
      const status = { uuid, sent: now, replyToUuid: options.replyTo ?? '' };
      const message: meow.IUserMessage = { type: 'text', text, status };
      const dbMessage = {
        outbound: true,
        type: 'text',
        text,
        status,
        state: 'pending',
        createdAt: now,
      };
      await sealAndQueue(this.ctx, peer, message, { kind: 'message', dbMessage });
    });
    return uuid;
  }

  /** Marks an inbound message read and, if the peer wants them, sends a read ack. */
  async markRead(peerUid: string, uuid: string): Promise<void> {
    await this.ctx.queue.run(peerUid, async () => {
      const now = this.ctx.now();
      if (!this.profile.messages.markRead(peerUid, uuid, now)) return;
      const peer = await this.requirePeer(peerUid);
      if (peer.sendProcessingAck) await sendAck(this.ctx, peer, { uuid, processed: now });
    });
  }

  /**
   * Sends a failed message again. Its sealed bytes were dropped with the failed job, so it is
   * sealed anew under the same uuid (the receiver dedups by uuid).
   */
  async retry(peerUid: string, uuid: string): Promise<void> {
    await this.ctx.queue.run(peerUid, async () => {
      const stored = this.profile.messages.getMessage(peerUid, uuid);
      if (stored?.state !== 'failed')
        throw new AppError('INVALID_ARGUMENT', 'message is not failed');
      const peer = await this.requirePeer(peerUid);
      const m = stored.message;
      const message: meow.IUserMessage = { type: m.type, text: m.text, status: m.status };
      await sealAndQueue(this.ctx, peer, message, { kind: 'message', retryUuid: uuid });
      this.events.emit('message.statusChanged', { peerUid, uuid, state: 'pending' });
    });
  }

  listMessages(peerUid: string, options: ListOptions): MessagePage {
    return this.profile.messages.listMessages(peerUid, options);
  }

  /** Contacts (device peers live in DeviceStorage and are never listed here). */
  async listPeers(): Promise<Peer[]> {
    const peers = await this.profile.peers.listPeers();
    return peers.filter((p) => p.type === 'peer' && p.visible);
  }

  unreadCounts(): Map<string, number> {
    return this.profile.messages.unreadCounts();
  }

  /** Per server, the queues of every peer (offered ones too, to receive the answer). */
  async getRequestJobs(): Promise<RequestJob[]> {
    const byServer = new Map<
      string,
      { server: Peer['myPullServers'][number]; queues: RequestJob['queues'][number][] }
    >();
    for (const peer of await this.profile.peers.listPeers()) {
      const queue = { peerUid: peer.uid, ...lookupOf(peer) };
      for (const server of peer.myPullServers) {
        const entry = byServer.get(server.url) ?? { server, queues: [] };
        entry.queues.push(queue);
        byServer.set(server.url, entry);
      }
    }
    return [...byServer.values()];
  }

  private async requirePeer(uid: string): Promise<Peer> {
    const peer = await this.profile.peers.getPeer(uid);
    if (!peer) throw new AppError('INVALID_ARGUMENT', 'no such peer');
    return peer;
  }
}
