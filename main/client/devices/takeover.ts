/**
 * Takeover (PROTOCOL.md §10 "Takeover"; LIFECYCLE_NOTES.md "2. Takeover"): a contact's primary
 * is gone for good (revoked while offline, lost, unreachable for longer than the user's
 * setting), so no handoff will come. A sibling claims the contact with a newer primary epoch
 * and restarts the session with a session reset (engine/session-reset.ts), which to the contact
 * is the same as a single-device client's reset: one sender, the same relationship.
 *
 * Who takes over: the device the user asks (*Make this device primary* on a contact whose
 * primary is gone); for a revoked primary, the device that revoked it, once the primary has
 * not handed over within `revokedWaitMs`; for an unreachable one (nothing heard for
 * `takeoverAfterMs`), the device with the lowest uid among the live ones this device knows
 * (heard from within that time), so two siblings rarely both claim. Every device sends a
 * `heartbeat` sync after a third of that time without any, so a primary that is merely quiet
 * never looks gone. Should two claim anyway (their views differ: both were off), the contact
 * keeps the later reset and every sibling names its sender primary (`compareClaims`); the
 * loser forwards what it held, and the winner sends again what the contact never
 * acknowledged (PROTOCOL.md §10 "Two claimants").
 */
import type { Peer } from '../model';
import type { EngineContext } from '../engine/context';
import { resetSession } from '../engine/reset-start';
import { epochOf } from './codec';
import { forgetIfHandedOver } from './sync-settle';
import { isPaired, pairedDevices, queuePeerSync, queueSync } from './sync-out';
import { fromUtf8, utf8 } from '../../../core/crypto';
import { AppError } from '../../../core/errors';

export const TAKEOVER_AFTER_MS = 72 * 3_600_000;
export const REVOKED_WAIT_MS = 10 * 60_000;
const HEARTBEAT_KEY = 'devices.heartbeatAt';
/** When this device last ran a check: how long it was off, at its next start. */
const ALIVE_KEY = 'devices.aliveAt';

export interface TakeoverOptions {
  /** A primary not heard from for this long is taken over (default 72 h). */
  readonly takeoverAfterMs?: number;
  /** A revoked primary that has not handed over within this is taken over (default 10 min). */
  readonly revokedWaitMs?: number;
}

/** Inside the contact's queue, on a sibling: claim the contact and restart its session. */
export async function takeOver(ctx: EngineContext, peer: Peer): Promise<void> {
  const gone = peer.primaryDeviceUid;
  const claimed: Peer = { ...peer, primaryDeviceUid: '', primaryEpoch: epochOf(peer) + 1 };
  await resetSession(ctx, claimed, () => {
    queuePeerSync(ctx, peer.uid); // built when sent: names this device, with the new epoch
  });
  ctx.events.emit('peer.primaryChanged', { peerUid: peer.uid, primaryDeviceUid: '' });
  ctx.wakePoll();
  await ctx.syncs.flush();
  await forgetIfHandedOver(ctx, gone);
}

/**
 * The user restarts the session with a contact this device holds (*Reset secure session*: the
 * contact's messages stopped opening, or a backup was restored): the same session reset a
 * takeover sends, so the siblings learn the new claim by `peer_update` in the reset's job.
 */
export async function restartSession(ctx: EngineContext, peerUid: string): Promise<void> {
  await ctx.queue.run(peerUid, async () => {
    const peer = await ctx.profile.peers.getPeer(peerUid);
    if (peer?.type !== 'peer') throw new AppError('INVALID_ARGUMENT', 'no such contact');
    if (peer.primaryDeviceUid !== '') {
      throw new AppError('SYNC_NOT_PRIMARY', 'another of your devices holds this contact');
    }
    if (peer.invitationStep !== 'finalized') {
      throw new AppError('PEER_NOT_READY', 'the contact has not finalized the invitation yet');
    }
    if (peer.resetPending) return; // one is on its way; the contact answers that one
    const siblings = (await pairedDevices(ctx)).length > 0;
    const announce = () => {
      queuePeerSync(ctx, peerUid); // the new claim, for the siblings
    };
    await resetSession(ctx, peer, siblings ? announce : undefined);
  });
  await ctx.syncs.flush();
}

/** Whether `peer`'s primary can no longer hand it over (not paired with us, or revoked). */
export async function primaryGone(ctx: EngineContext, peer: Peer): Promise<boolean> {
  if (peer.primaryDeviceUid === '') return false;
  return !isPaired(await ctx.profile.devices.getPeer(peer.primaryDeviceUid));
}

/** Checks, at start and then periodically, for contacts whose primary is gone for good. */
export class TakeoverWatch {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly afterMs: number;
  private readonly revokedWaitMs: number;
  /** This run's start, and how long the device was off before it (see `silentFor`). */
  private startedAt = 0;
  private downtime = 0;

  constructor(
    private readonly ctx: EngineContext,
    options: TakeoverOptions = {},
  ) {
    this.afterMs = options.takeoverAfterMs ?? TAKEOVER_AFTER_MS;
    this.revokedWaitMs = options.revokedWaitMs ?? REVOKED_WAIT_MS;
  }

  start(): void {
    const now = this.ctx.now();
    const alive = this.ctx.profile.messages.getMeta(ALIVE_KEY);
    this.startedAt = now;
    this.downtime = alive ? Math.max(0, now - Number(fromUtf8(alive))) : 0;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    if (this.startedAt === 0) return;
    // The time off counts from this graceful stop, not from the last check (up to a minute
    // back), which would make the next start wait that much longer for a silent primary.
    try {
      this.ctx.profile.messages.setMeta(ALIVE_KEY, utf8(String(this.ctx.now())));
    } catch {
      // storage already closing: the last check's time stands
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.check()
        .catch(() => undefined) // storage closing: the next start checks again
        .finally(() => {
          this.schedule(this.period());
        });
    }, ms);
    this.timer.unref();
  }

  /** Often enough that a takeover starts within a quarter of its wait, at most once a minute. */
  private period(): number {
    return Math.max(50, Math.min(60_000, Math.min(this.afterMs, this.revokedWaitMs) / 4));
  }

  private async check(): Promise<void> {
    this.ctx.profile.messages.setMeta(ALIVE_KEY, utf8(String(this.ctx.now())));
    await this.beat();
    const due = await this.dueContacts();
    for (const peer of due) {
      if (this.stopped) return;
      await this.ctx.queue.run(peer.uid, async () => {
        const now = await this.ctx.profile.peers.getPeer(peer.uid);
        if (now && now.primaryDeviceUid === peer.primaryDeviceUid) await takeOver(this.ctx, now);
      });
    }
  }

  /**
   * A device quiet for a long time (nothing to sync) must not look gone to its siblings: a
   * `heartbeat` sync goes out when none went for a third of the takeover wait.
   */
  private async beat(): Promise<void> {
    const db = this.ctx.profile.messages;
    const now = this.ctx.now();
    const stored = db.getMeta(HEARTBEAT_KEY);
    if (!stored) {
      db.setMeta(HEARTBEAT_KEY, utf8(String(now))); // the first one a third of the wait from now
      return;
    }
    const last = Number(fromUtf8(stored));
    if (now - last < this.afterMs / 3 || (await pairedDevices(this.ctx)).length === 0) return;
    db.transaction(() => {
      queueSync(this.ctx, 'heartbeat', {});
      db.setMeta(HEARTBEAT_KEY, utf8(String(now)));
    });
    this.ctx.syncs.wake();
  }

  /**
   * How long `device` has been silent while this device could have heard it. Neither the time
   * this device was off nor the time it took, once started, to get its first pull answered
   * counts (what the device sent meanwhile waits in our device queue, unread until we pull it):
   * a device that comes back, or starts slowly (a loaded machine, a relay not answering yet),
   * does not take over from a primary that was alive all along. Before that first answer
   * nothing is silent.
   */
  private silentFor(device: Peer, now: number): number {
    const listening = this.ctx.health.listeningSince();
    if (listening === 0) return 0;
    const heard = device.lastSeenAt ?? device.createdAt;
    if (heard >= listening) return now - heard;
    if (heard >= this.startedAt) return now - listening;
    return now - heard - this.downtime - Math.max(0, listening - this.startedAt);
  }

  /** Contacts whose primary is revoked and silent, or unreachable, and that we should claim. */
  private async dueContacts(): Promise<Peer[]> {
    const ctx = this.ctx;
    const now = ctx.now();
    const me = ctx.profile.data.deviceUid;
    const devices = new Map((await ctx.profile.devices.listPeers()).map((d) => [d.uid, d]));
    const paired = await pairedDevices(ctx);
    const peers = await ctx.profile.peers.listPeers();
    return peers.filter((peer) => {
      if (peer.type !== 'peer' || peer.primaryDeviceUid === '') return false;
      if (peer.invitationStep !== 'finalized') return false;
      const primary = devices.get(peer.primaryDeviceUid);
      if (primary?.revokedAt !== undefined) return now - primary.revokedAt >= this.revokedWaitMs;
      if (!primary || !isPaired(primary)) return false; // a pairing, or forgotten: the user acts
      if (this.silentFor(primary, now) < this.afterMs) return false;
      // The lowest uid among the live candidates claims: silent devices (the primary, too)
      // are not candidates, so a sibling that died with it does not block the takeover.
      const live = paired.filter((d) => this.silentFor(d, now) < this.afterMs);
      return [me, ...live.map((d) => d.uid)].sort()[0] === me;
    });
  }
}
