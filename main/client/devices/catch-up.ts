/**
 * Catch-up after any absence (issue: "a device offline longer than the relay keeps its sync
 * queue asks a sibling for what it missed"). While the engine runs and its polls succeed it
 * notes "online at" (meta, at most every HEARTBEAT). On start, if that is older than
 * `catchUpAfterMs` — the relay may have dropped syncs meant for us by now — it asks a paired
 * sibling for every message stored since shortly before, through the resumable history
 * transfer. Interrupted transfers are resumed on every start. Devices are never unlinked for
 * idling.
 */
import type { EngineContext } from '../engine/context';
import { requestHistory, resumeHistoryRequests } from './history';
import { pairedDevices } from './sync-out';

/** Half the relay's default queue TTL (14 days): well before anything can have expired. */
export const DEFAULT_CATCH_UP_AFTER_MS = 7 * 86_400_000;
const HEARTBEAT_MS = 60_000;
/** Clocks and in-flight messages: ask for a little more than strictly missed. */
const OVERLAP_MS = 60 * 60_000;
const KEY = 'online-at';

export class CatchUp {
  private timer: NodeJS.Timeout | undefined;
  private off: (() => void) | undefined;
  private lastWrite = 0;

  constructor(
    private readonly ctx: EngineContext,
    private readonly afterMs = DEFAULT_CATCH_UP_AFTER_MS,
  ) {}

  async start(): Promise<void> {
    const last = this.readOnlineAt();
    await resumeHistoryRequests(this.ctx);
    const away = last === undefined ? 0 : this.ctx.now() - last;
    if (away > this.afterMs && (await pairedDevices(this.ctx)).length > 0) {
      const since = Math.max(0, (last ?? 0) - OVERLAP_MS);
      await requestHistory(this.ctx, { since });
    }
    this.note(true);
    // The engine's record, not an event of our own: the poll loops may have been answered
    // before this subscribed (they start first), and that first answer was then missed.
    this.off = this.ctx.events.on('worker.state', (e) => {
      if (e.worker === 'poll' && this.ctx.health.polling()) this.note(false);
    });
    const every = Math.max(1000, Math.min(HEARTBEAT_MS, Math.floor(this.afterMs / 4)));
    this.timer = setInterval(() => {
      // Only while reachable: a device cut off from its relay is not "online".
      if (this.ctx.health.polling()) this.note(false);
    }, every);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.off?.();
    this.note(true);
    await Promise.resolve();
  }

  private note(force: boolean): void {
    const now = this.ctx.now();
    if (!force && now - this.lastWrite < Math.min(HEARTBEAT_MS, this.afterMs / 4)) return;
    this.lastWrite = now;
    try {
      this.ctx.profile.messages.setMeta(KEY, new TextEncoder().encode(String(now)));
    } catch {
      // Closed during shutdown: the previous mark stands, which only makes catch-up earlier.
    }
  }

  private readOnlineAt(): number | undefined {
    const raw = this.ctx.profile.messages.getMeta(KEY);
    const value = raw ? Number(new TextDecoder().decode(raw)) : NaN;
    return Number.isFinite(value) ? value : undefined;
  }
}
