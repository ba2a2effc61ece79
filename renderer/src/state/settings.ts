/**
 * Profile, relays and local preferences. Theme and notifications are this computer's choice
 * and live in localStorage; everything else is the engine's.
 */
import { create } from 'zustand';
import type { HostedRelayView, ProfileView, RelayScope, ServerView } from '@meow/contract';
import { errorText } from '../lib/error-text';
import { getApi } from '../transport/api';

export type Theme = 'system' | 'light' | 'dark';

const THEME_KEY = 'meow.theme';
const NOTIFY_KEY = 'meow.notifications';

function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeLocal(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage unavailable (private mode): the choice lasts for this session only.
  }
}

function initialTheme(): Theme {
  const v = readLocal(THEME_KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

export type ProfilePatch = {
  nickname?: string;
  status?: string;
  defaultAvatar?: string;
  avatars?: { id: string; dataUrl: string }[];
  /** This device only: poll each relationship on its own connections. */
  separatePolls?: boolean;
  /** This device only: show a received message's text in notifications (default off). */
  notificationText?: boolean;
  /** This device only: received files up to this many MiB download by themselves (0: none). */
  autoDownloadMiB?: number;
};

/** The relay this computer hosts (or can host): the engine's answer, never the page's guess. */
export interface HostedState {
  readonly available: boolean;
  readonly relay: HostedRelayView | null;
}

export interface SettingsState {
  readonly profile: ProfileView | null;
  readonly servers: readonly ServerView[];
  readonly serversLoaded: boolean;
  readonly hosted: HostedState | null;
  /** "Decide later" on the relay step of onboarding (this page only: a reload asks again). */
  readonly relayLater: boolean;
  readonly theme: Theme;
  readonly notifications: boolean;
  readonly error: string | null;
  loadProfile(): Promise<void>;
  loadServers(): Promise<void>;
  updateProfile(patch: ProfilePatch): Promise<void>;
  addServer(url: string, fingerprint?: string): Promise<ServerView>;
  loadHosted(): Promise<void>;
  hostRelay(scope: RelayScope): Promise<HostedRelayView>;
  stopHosting(): Promise<void>;
  decideRelayLater(): void;
  removeServer(url: string): Promise<void>;
  changePassword(oldPassword: string, newPassword: string): Promise<void>;
  setTheme(theme: Theme): void;
  setNotifications(on: boolean): void;
}

export const useSettings = create<SettingsState>()((set, get) => ({
  profile: null,
  servers: [],
  serversLoaded: false,
  hosted: null,
  relayLater: false,
  theme: initialTheme(),
  notifications: readLocal(NOTIFY_KEY) === 'on',
  error: null,
  async loadProfile() {
    try {
      set({ profile: await getApi().commands['profile.get']({}), error: null });
    } catch (err) {
      set({ error: errorText(err) });
    }
  },
  async loadServers() {
    try {
      const servers = await getApi().commands['servers.list']({});
      set({ servers, serversLoaded: true, error: null });
    } catch (err) {
      set({ error: errorText(err) });
    }
  },
  async updateProfile(patch) {
    set({ profile: await getApi().commands['profile.update'](patch) });
  },
  async addServer(url, fingerprint) {
    const args = fingerprint ? { url, fingerprint } : { url };
    const added = await getApi().commands['servers.add'](args);
    await get().loadServers();
    return added;
  },
  async loadHosted() {
    try {
      set({ hosted: await getApi().commands['servers.hosted']({}) });
    } catch (err) {
      set({ error: errorText(err) });
    }
  },
  async hostRelay(scope) {
    try {
      return await getApi().commands['servers.host']({ scope });
    } finally {
      // Even a failed start may have stopped the previous one: show what the engine says.
      await Promise.all([get().loadHosted(), get().loadServers()]);
    }
  },
  async stopHosting() {
    await getApi().commands['servers.stopHosting']({});
    await get().loadHosted();
  },
  decideRelayLater() {
    set({ relayLater: true });
  },
  async removeServer(url) {
    await getApi().commands['servers.remove']({ url });
    await get().loadServers();
  },
  async changePassword(oldPassword, newPassword) {
    await getApi().commands['identity.changePassword']({ oldPassword, newPassword });
  },
  setTheme(theme) {
    writeLocal(THEME_KEY, theme);
    set({ theme });
  },
  setNotifications(on) {
    writeLocal(NOTIFY_KEY, on ? 'on' : 'off');
    set({ notifications: on });
  },
}));

/** The profile's current avatar image, or '' for initials. */
export function profileAvatar(profile: ProfileView | null): string {
  if (!profile) return '';
  const chosen = profile.avatars.find((a) => a.id === profile.defaultAvatar);
  return (chosen ?? profile.avatars[0])?.dataUrl ?? '';
}
