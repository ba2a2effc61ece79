/**
 * The sync dispatcher: sends what the sync outbox holds (sync-out.ts records it) to the sibling
 * devices — MULTI_DEVICE_SPEC `DispatchSyncToDevices`. Per device, in that device's queue: seal
 * every row it is owed in one PeerSession, store the device peer (its ratchet step is durable
 * before the sealed bytes exist anywhere, as in outbound.ts), then ONE transaction queues the
 * jobs `dev_{devPeerUid}_{dedupId}` and marks the rows done for that device. A row goes once
 * every target has its job. So a crash at any point either leaves the row (sent again, under
 * the same dedup id, which the sibling's device_sync_seen drops if it got it) or its job. That
 * is why the transaction commits without an fsync (MessageDb `redoableTransaction`): a power
 * cut that loses it leaves the row, never a job without its row or a row without its change.
 *
 * Targets: a row names its devices, or goes to every paired device when sent. A named device
 * that is still pairing keeps the row waiting; one that is gone settles it (a forward to a
 * primary that is gone fails its message, which the user can retry).
 *
 * Lock order: a caller may hold a contact's queue while it waits for `flush`; a pass takes
 * device queues only. Nothing waits for a flush while holding a device's queue.
 */
import { AppError, isAppError } from '../../../core/errors';
import { decodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import { deviceSyncJobId, type SyncOut } from '../../storage';
import { encodeIdentitySnapshot, encodePeerData, primaryOnWire, syncUserMessage } from './codec';
import type { Peer } from '../model';
import { PeerSession } from '../peers';
import { serverCardOf } from '../peers/codec';
import type { EngineContext } from '../engine/context';
import { isStorageUnavailable } from '../engine/failures';
import { queueJobs, type SealedJob } from '../engine/outbound';
import { settleGoneTarget } from './sync-settle';
import { isPaired, refKey } from './sync-out';

const PAGE = 200;
const RETRY_MS = 5_000;

interface Item {
  readonly row: SyncOut;
  readonly payload: meow.IDeviceSyncPayload;
  /** Devices to send to in this pass. */
  readonly todo: readonly string[];
  /** Nothing to settle afterwards: the row goes with the jobs of its last device. */
  readonly plain: boolean;
  /** Devices served in this pass so far. */
  readonly served: Set<string>;
  /** Removed with the last device's jobs. */
  removed: boolean;
}

interface Plan {
  readonly item: Item;
  readonly todo: readonly string[];
  /** Named devices that no longer exist. */
  readonly gone: string[];
  /** A named device is still pairing: the row stays. */
  readonly waiting: boolean;
}

export class SyncDispatcher {
  private readonly busy = new Map<string, number>();
  private requested = 0;
  private completed = 0;
  private waiters: { gen: number; resolve: () => void }[] = [];
  private running: Promise<void> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly ctx: EngineContext) {}

  /** Sends what is owed, soon. */
  wake(): void {
    this.requested++;
    this.kick();
  }

  /** Resolves once a pass that started after this call has finished (never rejects). */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const gen = ++this.requested;
    const done = new Promise<void>((resolve) => this.waiters.push({ gen, resolve }));
    this.kick();
    return done;
  }

  /** Records a reference (`record`, synchronous) and runs `change` while the reference is busy. */
  async around<T>(key: string, record: () => void, change: () => Promise<T>): Promise<T> {
    this.busy.set(key, (this.busy.get(key) ?? 0) + 1);
    try {
      record();
      return await change();
    } finally {
      const left = (this.busy.get(key) ?? 1) - 1;
      if (left > 0) this.busy.set(key, left);
      else this.busy.delete(key);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.running;
    this.release(Number.POSITIVE_INFINITY);
  }

  private kick(): void {
    if (this.running || this.stopped) return;
    this.running = this.loop().finally(() => {
      this.running = undefined;
      if (this.requested > this.completed && !this.stopped) this.kick();
    });
  }

  private async loop(): Promise<void> {
    while (this.completed < this.requested && !this.stopped) {
      const target = this.requested;
      const again = await this.safePass();
      this.completed = target;
      this.release(target);
      if (again) this.scheduleRetry();
    }
  }

  private release(upTo: number): void {
    const ready = this.waiters.filter((w) => w.gen <= upTo);
    this.waiters = this.waiters.filter((w) => w.gen > upTo);
    for (const w of ready) w.resolve();
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    if (this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.wake();
    }, RETRY_MS);
  }

  /** One pass; true if a row failed for a reason a later pass may not have. */
  private async safePass(): Promise<boolean> {
    try {
      return await this.pass();
    } catch (err) {
      if (isStorageUnavailable(err)) return false; // closing, or the disk: the rows stay
      this.report(err);
      return true;
    }
  }

  private async pass(): Promise<boolean> {
    const db = this.ctx.profile.messages;
    const all = await this.ctx.profile.devices.listPeers();
    let failed = false;
    for (let after = 0; !this.stopped;) {
      const rows = db.syncOutPage(after, PAGE);
      const last = rows[rows.length - 1];
      if (!last) break;
      after = last.id;
      if (!(await this.sendRows(rows, all))) failed = true;
    }
    return failed;
  }

  /** Sends one page of rows; false if some device could not be served. */
  private async sendRows(rows: readonly SyncOut[], all: readonly Peer[]): Promise<boolean> {
    const plans: Plan[] = [];
    for (const row of rows) {
      if (this.isBusy(row)) continue;
      const payload = await this.payloadOf(row);
      if (!payload) {
        this.ctx.profile.messages.removeSyncOut(row.id);
        continue;
      }
      plans.push(planOf(row, payload, all));
    }

    const failedDevices = new Set<string>();
    for (const [deviceUid, items] of byDevice(plans)) {
      try {
        await this.sendTo(deviceUid, items);
      } catch (err) {
        if (isStorageUnavailable(err)) throw err;
        failedDevices.add(deviceUid);
        this.report(err);
      }
    }
    for (const plan of plans) {
      if (plan.waiting || plan.item.removed) continue;
      if (plan.todo.some((d) => failedDevices.has(d))) continue;
      await this.settle(plan);
    }
    return failedDevices.size === 0;
  }

  private isBusy(row: SyncOut): boolean {
    return row.kind !== 'payload' && this.busy.has(refKey(row.kind, row.ref));
  }

  /** The payload to send, or undefined when there is nothing (left) to send. */
  private async payloadOf(row: SyncOut): Promise<meow.IDeviceSyncPayload | undefined> {
    const dedupId = row.dedupId;
    const profile = this.ctx.profile;
    switch (row.kind) {
      case 'payload':
        return decodeProto(meow.DeviceSyncPayload, row.payload ?? new Uint8Array(0));
      case 'peer': {
        const peer = await profile.peers.getPeer(row.ref);
        if (peer?.type !== 'peer') return undefined;
        const peerData = encodePeerData(peer, primaryOnWire(peer, profile.data.deviceUid));
        return { syncType: 'peer_update', dedupId, peerUid: peer.uid, peerData };
      }
      case 'identity':
        return {
          syncType: 'identity_update',
          dedupId,
          identityData: encodeIdentitySnapshot(profile.profile),
        };
      case 'server': {
        const server = profile.servers.find((s) => s.url === row.ref);
        return server && { syncType: 'server_add', dedupId, server: serverCardOf(server) };
      }
    }
  }

  /** In the device's queue: seal every item in one session, store the device, queue the jobs. */
  private async sendTo(deviceUid: string, items: readonly Item[]): Promise<void> {
    const ctx = this.ctx;
    const db = ctx.profile.messages;
    await ctx.queue.run(deviceUid, async () => {
      const device = await ctx.profile.devices.getPeer(deviceUid);
      if (!isPaired(device)) throw new AppError('DEVICE_NOT_FOUND', 'device left while sending');
      const now = ctx.now();
      const session = new PeerSession(device, { now, channel: ctx.channels.of(device) });
      const jobs: SealedJob[] = [];
      for (const { payload } of items) {
        const jobId = deviceSyncJobId(deviceUid, payload.dedupId ?? '');
        if (db.hasJob(jobId)) continue; // the same sync, still waiting to leave
        const packed = session.seal(syncUserMessage(payload, now));
        jobs.push({ packed, options: { kind: 'device_sync', jobId }, uuid: '' });
      }
      if (session.changed) await ctx.profile.devices.storePeer(deviceUid, session.peer());
      const last = items.filter(
        (i) => i.plain && i.todo.every((d) => d === deviceUid || i.served.has(d)),
      );
      // Redoable (no fsync on the sync's way out): lost to a power cut, the rows are still
      // owed to this device and are sealed anew under the same dedup ids.
      const settle = () => {
        for (const item of items) {
          if (last.includes(item)) db.removeSyncOut(item.row.id);
          else db.markSyncOutDone(item.row.id, deviceUid);
        }
      };
      queueJobs(ctx, device, jobs, settle, 'redoable');
      for (const item of items) item.served.add(deviceUid);
      for (const item of last) item.removed = true;
    });
  }

  /** Every target served: the row goes (with what a gone target leaves to do). */
  private async settle(plan: Plan): Promise<void> {
    await settleGoneTarget(this.ctx, plan.item.payload, plan.gone, () => {
      this.ctx.profile.messages.removeSyncOut(plan.item.row.id);
    });
  }

  private report(err: unknown): void {
    const code = isAppError(err) ? err.code : 'INTERNAL';
    this.ctx.events.emit('error', { where: 'sync.send', code });
  }
}

function planOf(row: SyncOut, payload: meow.IDeviceSyncPayload, all: readonly Peer[]): Plan {
  const paired = all.filter(isPaired).map((d) => d.uid);
  const todo: string[] = [];
  const gone: string[] = [];
  let waiting = false;
  for (const uid of row.targets ?? paired) {
    if (row.done.includes(uid)) continue;
    if (paired.includes(uid)) todo.push(uid);
    else if (all.some((d) => d.uid === uid)) waiting = true;
    else gone.push(uid);
  }
  const plain = !waiting && gone.length === 0 && payload.syncType !== 'device_revoke';
  const item: Item = { row, payload, todo, plain, served: new Set(), removed: false };
  return { item, todo, gone, waiting };
}

function byDevice(plans: readonly Plan[]): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  for (const plan of plans) {
    for (const uid of plan.todo) out.set(uid, [...(out.get(uid) ?? []), plan.item]);
  }
  return out;
}
