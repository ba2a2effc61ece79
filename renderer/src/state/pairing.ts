/**
 * Device pairing, both sides (README "Several devices"):
 * - existing device: invite → QR plus a short code and password to type, with the deadline;
 *   'device.pairingRequested' shows the code → Confirm (→ paired) or Reject (→ rejected); a
 *   pairing nobody confirmed in time → expired;
 * - new device (join): paste/scan the QR or type the short code → devices.join shows the code
 *   → waits for 'device.paired'. If the pairing is rejected, lapses or is started over, the join
 *   screen comes back saying why (`join.ended`).
 */
import { create } from 'zustand';
import type { DevicePairingEvent, DeviceRemovedEvent } from '@meow/contract';
import { errorText } from '../lib/error-text';
import { getApi } from '../transport/api';

export type PairPhase =
  'idle' | 'creating' | 'waiting' | 'confirming' | 'paired' | 'rejected' | 'expired' | 'error';

export interface PairState {
  readonly phase: PairPhase;
  readonly text: string;
  /** To type on the new device instead of the QR; null when the relay could not take it. */
  readonly shortcode: string | null;
  readonly password: string | null;
  readonly serverUrl: string;
  /** When the pairing lapses unless confirmed (ms). */
  readonly expiresAt: number | null;
  readonly pairingUid: string;
  readonly deviceUid: string;
  readonly deviceName: string;
  readonly code: string;
  readonly error: string | null;
  readonly busy: boolean;
}

export type JoinPhase = 'input' | 'joining' | 'waiting' | 'paired';
/** How this device's last join ended: refused or lapsed there, or started over here. */
export type JoinEnd = 'rejected' | 'expired' | 'cancelled';

export interface JoinState {
  readonly phase: JoinPhase;
  readonly deviceUid: string;
  readonly code: string;
  /** When this device stops waiting for the confirmation (ms). */
  readonly expiresAt: number | null;
  readonly error: string | null;
  readonly ended: JoinEnd | null;
}

/** What the new device was given: the QR text, or the typed short code. */
export type JoinInput =
  | { readonly text: string }
  | { readonly shortcode: string; readonly password: string; readonly serverUrl: string };

const PAIR_IDLE: PairState = {
  phase: 'idle',
  text: '',
  shortcode: null,
  password: null,
  serverUrl: '',
  expiresAt: null,
  pairingUid: '',
  deviceUid: '',
  deviceName: '',
  code: '',
  error: null,
  busy: false,
};
const JOIN_IDLE: JoinState = {
  phase: 'input',
  deviceUid: '',
  code: '',
  expiresAt: null,
  error: null,
  ended: null,
};

export interface PairingState {
  readonly pair: PairState;
  readonly join: JoinState;
  /** The pending pairing this device is starting over (its removal is ours, not theirs). */
  readonly leaving: string;
  startPairing(deviceName?: string): Promise<void>;
  onPairingRequested(event: DevicePairingEvent): void;
  confirm(): Promise<void>;
  reject(): Promise<void>;
  /** Back to idle; a QR nobody answered yet is withdrawn. */
  cancel(): Promise<void>;
  joinWith(input: JoinInput, deviceName?: string): Promise<boolean>;
  /** On the new device: forget the pairing waiting for its confirmation. */
  startOver(deviceUid: string): Promise<void>;
  onPaired(deviceUid: string): void;
  onRemoved(event: DeviceRemovedEvent): void;
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
    leaving: '',
    async startPairing(deviceName) {
      setPair({ ...PAIR_IDLE, phase: 'creating' });
      try {
        const args = deviceName ? { deviceName } : {};
        const r = await getApi().commands['devices.invite'](args);
        const offer = {
          text: r.text,
          pairingUid: r.pairingUid,
          shortcode: r.shortcode,
          password: r.password,
          serverUrl: r.serverUrl,
          expiresAt: r.expiresAt,
        };
        // An answer may already have arrived while we waited for the reply.
        setPair(get().pair.phase === 'creating' ? { phase: 'waiting', ...offer } : offer);
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
        // Lapsed meanwhile: the 'expired' removal has replaced the code with its notice.
        if (get().pair.phase === 'expired') return;
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
    async joinWith(input, deviceName) {
      setJoin({ phase: 'joining', error: null, ended: null });
      try {
        const args = deviceName ? { ...input, deviceName } : input;
        const r = await getApi().commands['devices.join'](args);
        if (get().join.phase === 'joining') {
          setJoin({
            phase: 'waiting',
            deviceUid: r.deviceUid,
            code: r.code,
            expiresAt: r.expiresAt,
          });
        }
        return true;
      } catch (err) {
        setJoin({ phase: 'input', error: errorText(err) });
        return false;
      }
    },
    async startOver(deviceUid) {
      set({ leaving: deviceUid });
      try {
        await getApi().commands['devices.reject']({ deviceUid });
      } finally {
        set({ leaving: '' });
      }
    },
    onPaired(deviceUid) {
      if (get().join.phase === 'waiting' || get().join.phase === 'joining') {
        setJoin({ phase: 'paired' });
      }
      const pair = get().pair;
      if (pair.phase === 'confirming' && pair.deviceUid === deviceUid) setPair({ phase: 'paired' });
    },
    onRemoved(e) {
      if (e.joining) {
        const ended =
          get().leaving === e.deviceUid
            ? 'cancelled'
            : e.reason === 'expired'
              ? 'expired'
              : 'rejected';
        set({ join: { ...JOIN_IDLE, ended } });
        return;
      }
      const pair = get().pair;
      const ours = pair.deviceUid === e.deviceUid || pair.pairingUid === e.deviceUid;
      if (!ours || pair.phase === 'idle') return;
      if (e.reason === 'rejected') setPair({ phase: 'rejected', busy: false });
      if (e.reason === 'expired') setPair({ phase: 'expired', busy: false });
    },
    resetJoin() {
      set({ join: JOIN_IDLE });
    },
  };
});

/** Why the join screen is back, in words (nothing when the user started over). */
export function joinEndedText(ended: JoinEnd | null): string | null {
  if (ended === 'rejected') {
    return 'Your other device rejected this pairing. Start a new one there to try again.';
  }
  if (ended === 'expired') {
    return 'The pairing expired before it was confirmed. Start a new one on your other device.';
  }
  return null;
}
