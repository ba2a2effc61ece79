/**
 * Whether the relays this device talks to answer, as its workers last found them, so the UI can
 * say "Meow cannot reach relay X (since 14:38); messages wait and go out when it is back" and
 * rebuild that after a reload (the page keeps no state of its own). Fed by the engine's own
 * `worker.state` events:
 *
 *   poll: 'backoff' when a pull fails, 'running' once a pull is answered (the first of a loop,
 *         and the first after a failure, are not held: poll-worker.ts), 'stopped' when a loop
 *         ends (a refresh restarts it; a relay no longer polled stays out of the list);
 *   send: 'backoff' when a push fails for lack of the relay, 'running' once a push to it is
 *         accepted again (send-worker.ts). A send failure nothing has repeated for STALE_MS is
 *         dropped: the jobs that met it are gone (their contact removed) or were sent through
 *         another relay, and no later push could clear it.
 *
 * A relay is `unreachable` while either worker's last word on it was a failure; `since` is when
 * that run of failures began, `code` the latest failure's (RELAY_UNAVAILABLE, CLOCK_SKEW, …).
 * Memory only: after a restart the workers find out again within a round.
 */
import type { EventEmitter, WorkerStateEvent } from './events';

export interface RelayHealthEntry {
  readonly url: string;
  readonly state: 'ok' | 'unreachable';
  /** The latest failure's code while unreachable; '' when ok. */
  readonly code: string;
  /** When the failures began (engine clock, ms); 0 when ok. */
  readonly since: number;
}

/** Longer than the send worker's longest backoff (30 s with jitter) twice over. */
export const STALE_MS = 90_000;

interface WorkerView {
  readonly failing: boolean;
  readonly code: string;
  readonly since: number;
  /** When the worker last said anything about the relay. */
  readonly at: number;
  /** Poll: the loop ended (kept, so a restarted loop that fails again keeps `since`). */
  readonly stopped: boolean;
}

type Worker = WorkerStateEvent['worker'];
type Views = Partial<Record<Worker, WorkerView>>;

export class RelayHealth {
  private readonly byUrl = new Map<string, Views>();
  /** When a pull of this run was first answered (its entries handled); 0 until then. */
  private firstAnswer = 0;

  constructor(
    events: EventEmitter,
    private readonly now: () => number,
  ) {
    events.on('worker.state', (e) => {
      this.note(e);
    });
  }

  /**
   * Since when this run hears its relays: the first pull answered (and its entries handled,
   * poll-worker.ts), 0 before. Until then whatever siblings sent waits unread at the relay,
   * so their silence says nothing (devices/takeover.ts).
   */
  listeningSince(): number {
    return this.firstAnswer;
  }

  /** Whether some poll loop runs and its relay answers (devices/catch-up.ts "online"). */
  polling(): boolean {
    for (const views of this.byUrl.values()) {
      const poll = views.poll;
      if (poll && !poll.failing && !poll.stopped) return true;
    }
    return false;
  }

  /** Every relay a worker has said something about and still uses, in URL order. */
  list(): RelayHealthEntry[] {
    const now = this.now();
    const out: RelayHealthEntry[] = [];
    for (const [url, views] of [...this.byUrl].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const live = (Object.entries(views) as [Worker, WorkerView][])
        .filter(([worker, v]) => !v.stopped && !stale(worker, v, now))
        .map(([, v]) => v);
      if (live.length === 0) continue;
      const failing = live.filter((v) => v.failing).sort((a, b) => a.since - b.since);
      const first = failing[0];
      const latest = failing.reduce<WorkerView | undefined>(
        (l, v) => (l === undefined || v.at > l.at ? v : l),
        undefined,
      );
      out.push(
        first && latest
          ? { url, state: 'unreachable', code: latest.code, since: first.since }
          : { url, state: 'ok', code: '', since: 0 },
      );
    }
    return out;
  }

  private note(e: WorkerStateEvent): void {
    if (e.server === '') return;
    const views = this.byUrl.get(e.server) ?? {};
    const before = views[e.worker];
    const at = this.now();
    if (e.state === 'backoff') {
      const since = before?.failing === true && !stale(e.worker, before, at) ? before.since : at;
      views[e.worker] = { failing: true, code: e.code ?? '', since, at, stopped: false };
    } else if (e.state === 'running') {
      views[e.worker] = { failing: false, code: '', since: 0, at, stopped: false };
      if (e.worker === 'poll' && this.firstAnswer === 0) this.firstAnswer = at;
    } else if (before) {
      views[e.worker] = { ...before, stopped: true };
    }
    this.byUrl.set(e.server, views);
  }
}

/** A send failure nothing has repeated for a while (see the header); poll views never go stale. */
function stale(worker: Worker, view: WorkerView, now: number): boolean {
  return worker === 'send' && view.failing && now - view.at > STALE_MS;
}
