/** This account's other devices, and history transfers requested from them. */
import { create } from 'zustand';
import type { ApiEvents, DeviceView, SyncProgressEvent } from '@meow/contract';
import { errorText } from '../lib/error-text';
import { getApi } from '../transport/api';
import { listingOrder } from './listing-order';

export interface DevicesState {
  readonly devices: readonly DeviceView[];
  readonly loaded: boolean;
  readonly error: string | null;
  /** Latest progress per history request. */
  readonly progress: Readonly<Record<string, SyncProgressEvent>>;
  /** The history request started from each device's row ('' = any device). */
  readonly requests: Readonly<Record<string, string>>;
  /**
   * Contacts whose primary device changed while the app was open (→ the new primary's uid, ''
   * = this device), for a passing notice; who the primary is comes from peers.list.
   */
  readonly primaryChanges: Readonly<Record<string, string>>;
  /**
   * Devices whose syncs to this one expired on the relay unread (queue.expired, while the app
   * was open): what is missing can be fetched with a history request.
   */
  readonly expired: Readonly<Record<string, { expired: number; unknown: boolean }>>;
  load(): Promise<void>;
  revoke(deviceUid: string): Promise<void>;
  /** A pairing waiting for its code to be compared (also after a reload or a restart). */
  confirm(deviceUid: string): Promise<void>;
  reject(deviceUid: string): Promise<void>;
  requestHistory(deviceUid: string): Promise<void>;
  /** Asks for this device to become primary for one contact (or all); resolves with how many. */
  makePrimary(peerUid?: string): Promise<number>;
  onProgress(event: SyncProgressEvent): void;
  onPrimaryChanged(event: ApiEvents['peer.primaryChanged']): void;
  dismissPrimaryChange(peerUid: string): void;
  onQueueExpired(event: ApiEvents['queue.expired']): void;
}

/** Events reload the devices: answers to two listings can cross on their way. */
const listings = listingOrder();

/** On lock (reset.ts): the answers of listings still on their way are dropped. */
export function dropDeviceListings(): void {
  listings.forget();
}

export const useDevices = create<DevicesState>()((set, get) => ({
  devices: [],
  loaded: false,
  error: null,
  progress: {},
  requests: {},
  primaryChanges: {},
  expired: {},
  async load() {
    const seq = listings.start();
    try {
      const devices = await getApi().commands['devices.list']({});
      if (listings.accept(seq)) set({ devices, loaded: true, error: null });
    } catch (err) {
      set({ error: errorText(err) });
    }
  },
  async revoke(deviceUid) {
    await getApi().commands['devices.revoke']({ deviceUid });
    await get().load();
  },
  async confirm(deviceUid) {
    await getApi().commands['devices.confirm']({ deviceUid });
    await get().load();
  },
  async reject(deviceUid) {
    await getApi().commands['devices.reject']({ deviceUid });
    await get().load();
  },
  async requestHistory(deviceUid) {
    const args = deviceUid === '' ? {} : { deviceUid };
    const { requestId } = await getApi().commands['devices.requestHistory'](args);
    set((s) => ({
      requests: { ...s.requests, [deviceUid]: requestId },
      // The request fetches what expired: the warning has done its job.
      expired: Object.fromEntries(Object.entries(s.expired).filter(([uid]) => uid !== deviceUid)),
    }));
  },
  async makePrimary(peerUid) {
    const args = peerUid === undefined ? {} : { peerUid };
    return (await getApi().commands['devices.makePrimary'](args)).requested;
  },
  onProgress(event) {
    set((s) => ({ progress: { ...s.progress, [event.requestId]: event } }));
  },
  onPrimaryChanged(event) {
    set((s) => ({
      primaryChanges: { ...s.primaryChanges, [event.peerUid]: event.primaryDeviceUid },
    }));
  },
  onQueueExpired(event) {
    if (!event.device) return;
    set((s) => {
      const before = s.expired[event.peerUid] ?? { expired: 0, unknown: false };
      const after = {
        expired: before.expired + event.expired,
        unknown: before.unknown || event.unknown,
      };
      return { expired: { ...s.expired, [event.peerUid]: after } };
    });
  },
  dismissPrimaryChange(peerUid) {
    set((s) => ({
      primaryChanges: Object.fromEntries(
        Object.entries(s.primaryChanges).filter(([uid]) => uid !== peerUid),
      ),
    }));
  },
}));

/** A device's display name ('' → a neutral label). */
export function deviceName(devices: readonly DeviceView[], uid: string): string {
  const name = devices.find((d) => d.uid === uid)?.name ?? '';
  return name === '' ? 'your other device' : name;
}
