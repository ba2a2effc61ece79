/**
 * Pairings lapse (PROTOCOL.md §10 "Pairing"): while the engine runs, a timer ends each one at
 * its deadline; `start()` ends those that lapsed while the app was closed (and finishes ends a
 * crash interrupted) before anything is polled. A joining device waits `graceMs` after start at
 * least, so a confirmation that reached its relay while it was closed is still read.
 */
import { isAppError } from '../../../core/errors';
import type { Peer } from '../model';
import type { EngineContext } from '../engine/context';
import { isStorageUnavailable } from '../engine/failures';
import { endPairing, expiresAtOf, finishEndedPairings } from './pairing';

/** setTimeout's limit; a later deadline is simply looked at again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const RECHECK_MS = 1_000;

export class PairingExpiry {
  private timer: NodeJS.Timeout | undefined;
  private startedAt = 0;
  private stopped = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: EngineContext,
    private readonly graceMs: number,
  ) {}

  async start(): Promise<void> {
    this.startedAt = this.ctx.now();
    await finishEndedPairings(this.ctx);
    await this.sweep();
  }

  /** A pairing was stored: look for the next deadline again (resolves once set; never rejects). */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.chain = this.chain.then(() => this.sweepReporting());
    return this.chain;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.chain;
  }

  private async sweepReporting(): Promise<void> {
    try {
      await this.sweep();
    } catch (err) {
      if (this.stopped || isStorageUnavailable(err)) return; // closing: start() sweeps again
      const code = isAppError(err) ? err.code : 'INTERNAL';
      this.ctx.events.emit('error', { where: 'devices.expiry', code });
    }
  }

  /** Ends what is due, then sets the timer for the next deadline. */
  private async sweep(): Promise<void> {
    clearTimeout(this.timer);
    let next = await this.endDue();
    // A record that changed under us three times running: look again in a moment.
    if (next === undefined) next = this.ctx.now() + RECHECK_MS;
    if (next === Number.POSITIVE_INFINITY || this.stopped) return;
    const delay = Math.min(Math.max(0, next - this.ctx.now()), MAX_TIMER_MS);
    this.timer = setTimeout(() => {
      void this.wake();
    }, delay);
  }

  /** Ends every lapsed pairing; the next deadline, or undefined if records kept changing. */
  private async endDue(): Promise<number | undefined> {
    for (let round = 0; round < 3 && !this.stopped; round++) {
      let next = Number.POSITIVE_INFINITY;
      let changed = false;
      const now = this.ctx.now();
      for (const device of await this.ctx.profile.devices.listPeers()) {
        const at = this.deadlineOf(device);
        if (at === null) continue;
        if (at > now) next = Math.min(next, at);
        // Changed meanwhile (answered: a new record with the same deadline): list again.
        else if (!(await this.expire(device.uid, now))) changed = true;
      }
      if (!changed) return next;
    }
    return undefined;
  }

  /** In the device's queue: ends it if it is still the same lapsed pairing; false if it changed. */
  private expire(uid: string, now: number): Promise<boolean> {
    return this.ctx.queue.run(uid, async () => {
      const device = await this.ctx.profile.devices.getPeer(uid);
      const at = device && this.deadlineOf(device);
      if (!device || at === null || at === undefined || at > now) return false;
      await endPairing(this.ctx, device, 'expired');
      return true;
    });
  }

  private deadlineOf(device: Peer): number | null {
    const at = expiresAtOf(device);
    if (at === null || device.invitationStep !== 'answered') return at;
    return Math.max(at, this.startedAt + this.graceMs);
  }
}
