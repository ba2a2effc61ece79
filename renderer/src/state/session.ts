/** App/session state: locked or not, the transport's connection, the join-as-device flow. */
import { create } from 'zustand';
import type { AppState } from '@meow/contract';
import { errorText } from '../lib/error-text';
import { getApi } from '../transport/api';
import type { ConnectionStatus } from '../transport/ws-client';

export interface SessionState {
  readonly state: 'loading' | AppState;
  /** 'local' under Electron (no socket to lose). */
  readonly connection: ConnectionStatus | 'local';
  readonly profileDir: string;
  /** Keeps the join-as-a-new-device screen up after identity.create unlocked the app. */
  readonly joining: boolean;
  readonly loadError: string | null;
  refresh(): Promise<void>;
  create(nickname: string, password: string): Promise<void>;
  unlock(password: string): Promise<void>;
  lock(): Promise<void>;
  setState(state: AppState): void;
  setJoining(joining: boolean): void;
  setConnection(connection: ConnectionStatus | 'local'): void;
}

export const useSession = create<SessionState>()((set) => ({
  state: 'loading',
  connection: 'local',
  profileDir: '',
  joining: false,
  loadError: null,
  async refresh() {
    try {
      const r = await getApi().commands['app.status']({});
      set({ state: r.state, profileDir: r.profileDir, loadError: null });
    } catch (err) {
      set({ loadError: errorText(err) });
    }
  },
  async create(nickname, password) {
    const r = await getApi().commands['identity.create']({ nickname, password });
    set({ state: r.state });
  },
  async unlock(password) {
    const r = await getApi().commands['identity.unlock']({ password });
    set({ state: r.state });
  },
  async lock() {
    const r = await getApi().commands['identity.lock']({});
    set({ state: r.state, joining: false });
  },
  setState(state) {
    set(state === 'unlocked' ? { state } : { state, joining: false });
  },
  setJoining(joining) {
    set({ joining });
  },
  setConnection(connection) {
    set({ connection });
  },
}));
