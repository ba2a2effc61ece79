/** This account's other devices, and history transfers requested from them. */
import { create } from 'zustand';
import type { DeviceView, SyncProgressEvent } from '@meow/contract';
import { errorText } from '../lib/error-text';
import { getApi } from '../transport/api';

export interface DevicesState {
  readonly devices: readonly DeviceView[];
  readonly loaded: boolean;
  readonly error: string | null;
  /** Latest progress per history request. */
  readonly progress: Readonly<Record<string, SyncProgressEvent>>;
  /** The history request started from each device's row ('' = any device). */
  readonly requests: Readonly<Record<string, string>>;
  load(): Promise<void>;
  revoke(deviceUid: string): Promise<void>;
  /** A pairing waiting for its code to be compared (also after a reload or a restart). */
  confirm(deviceUid: string): Promise<void>;
  reject(deviceUid: string): Promise<void>;
  requestHistory(deviceUid: string): Promise<void>;
  onProgress(event: SyncProgressEvent): void;
}

export const useDevices = create<DevicesState>()((set, get) => ({
  devices: [],
  loaded: false,
  error: null,
  progress: {},
  requests: {},
  async load() {
    try {
      const devices = await getApi().commands['devices.list']({});
      set({ devices, loaded: true, error: null });
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
    set((s) => ({ requests: { ...s.requests, [deviceUid]: requestId } }));
  },
  onProgress(event) {
    set((s) => ({ progress: { ...s.progress, [event.requestId]: event } }));
  },
}));

/** A device's display name ('' → a neutral label). */
export function deviceName(devices: readonly DeviceView[], uid: string): string {
  const name = devices.find((d) => d.uid === uid)?.name ?? '';
  return name === '' ? 'your other device' : name;
}
