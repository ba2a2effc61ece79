/**
 * Device pairing, both sides (README "Several devices"):
 * - existing device: invite → QR, waiting → 'device.pairingRequested' shows the code →
 *   Confirm (→ paired) or Reject (→ rejected);
 * - new device (join): paste/scan the QR → devices.join shows the code → waits for
 *   'device.paired'.
 */
import { create } from 'zustand';
import type { DevicePairingEvent } from '@meow/contract';
import { errorText } from '../lib/error-text';
import { getApi } from '../transport/api';

export type PairPhase =
  'idle' | 'creating' | 'waiting' | 'confirming' | 'paired' | 'rejected' | 'error';

export interface PairState {
  readonly phase: PairPhase;
  readonly text: string;
  readonly pairingUid: string;
  readonly deviceUid: string;
  readonly deviceName: string;
  readonly code: string;
  readonly error: string | null;
  readonly busy: boolean;
}

export type JoinPhase = 'input' | 'joining' | 'waiting' | 'paired';

export interface JoinState {
  readonly phase: JoinPhase;
  readonly deviceUid: string;
  readonly code: string;
  readonly error: string | null;
}

const PAIR_IDLE: PairState = {
  phase: 'idle',
  text: '',
  pairingUid: '',
  deviceUid: '',
  deviceName: '',
  code: '',
  error: null,
  busy: false,
};
const JOIN_IDLE: JoinState = { phase: 'input', deviceUid: '', code: '', error: null };

export interface PairingState {
  readonly pair: PairState;
  readonly join: JoinState;
  startPairing(deviceName?: string): Promise<void>;
  onPairingRequested(event: DevicePairingEvent): void;
  confirm(): Promise<void>;
  reject(): Promise<void>;
  /** Back to idle; a QR nobody answered yet is withdrawn. */
  cancel(): Promise<void>;
  joinWith(text: string, deviceName?: string): Promise<boolean>;
  onPaired(deviceUid: string): void;
  onRemoved(deviceUid: string, reason: 'revoked' | 'rejected'): void;
  resetJoin(): void;
}

export const usePairing = create<PairingState>()((set, get) => {
  const setPair = (patch: Partial<PairState>): void => {
    set((s) => ({ pair: { ...s.pair, ...patch } }));
  };
  const setJoin = (patch: Partial<JoinState>): void => {
    set((s) => ({ join: { ...s.join, ...patch } }));
  };

  return {
    pair: PAIR_IDLE,
    join: JOIN_IDLE,
    async startPairing(deviceName) {
      setPair({ ...PAIR_IDLE, phase: 'creating' });
      try {
        const args = deviceName ? { deviceName } : {};
        const r = await getApi().commands['devices.invite'](args);
        // An answer may already have arrived while we waited for the reply.
        if (get().pair.phase === 'creating') {
          setPair({ phase: 'waiting', text: r.text, pairingUid: r.pairingUid });
        } else setPair({ text: r.text, pairingUid: r.pairingUid });
      } catch (err) {
        setPair({ phase: 'error', error: errorText(err) });
      }
    },
    onPairingRequested(e) {
      setPair({
        phase: 'confirming',
        deviceUid: e.deviceUid,
        deviceName: e.name,
        code: e.code,
        error: null,
      });
    },
    async confirm() {
      const { deviceUid } = get().pair;
      setPair({ busy: true, error: null });
      try {
        await getApi().commands['devices.confirm']({ deviceUid });
        setPair({ phase: 'paired', busy: false });
      } catch (err) {
        setPair({ busy: false, error: errorText(err) });
      }
    },
    async reject() {
      const { deviceUid } = get().pair;
      setPair({ busy: true, error: null });
      try {
        await getApi().commands['devices.reject']({ deviceUid });
        setPair({ phase: 'rejected', busy: false });
      } catch (err) {
        setPair({ busy: false, error: errorText(err) });
      }
    },
    async cancel() {
      const { phase, pairingUid } = get().pair;
      set({ pair: PAIR_IDLE });
      if (phase === 'waiting' && pairingUid) {
        try {
          await getApi().commands['devices.reject']({ deviceUid: pairingUid });
        } catch {
          // Already answered or gone: nothing to withdraw.
        }
      }
    },
    async joinWith(text, deviceName) {
      setJoin({ phase: 'joining', error: null });
      try {
        const args = deviceName ? { text, deviceName } : { text };
        const r = await getApi().commands['devices.join'](args);
        if (get().join.phase === 'joining') {
          setJoin({ phase: 'waiting', deviceUid: r.deviceUid, code: r.code });
        }
        return true;
      } catch (err) {
        setJoin({ phase: 'input', error: errorText(err) });
        return false;
      }
    },
    onPaired(deviceUid) {
      if (get().join.phase === 'waiting' || get().join.phase === 'joining') {
        setJoin({ phase: 'paired' });
      }
      const pair = get().pair;
      if (pair.phase === 'confirming' && pair.deviceUid === deviceUid) setPair({ phase: 'paired' });
    },
    onRemoved(deviceUid, reason) {
      const pair = get().pair;
      const ours = pair.deviceUid === deviceUid || pair.pairingUid === deviceUid;
      if (ours && reason === 'rejected' && pair.phase !== 'idle') setPair({ phase: 'rejected' });
    },
    resetJoin() {
      set({ join: JOIN_IDLE });
    },
  };
});
