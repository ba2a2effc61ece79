/**
 * Whether the relays answer, as the engine's workers last found them (`servers.health`): read
 * again after unlock, on each `worker.state` event (state/events.ts) and, while one is
 * unreachable, now and then (a failure nothing repeats is dropped by the engine without an
 * event: engine/relay-health.ts). The page keeps nothing of its own: a reload asks again.
 */
import { create } from 'zustand';
import type { RelayHealthView } from '@meow/contract';
import { getApi } from '../transport/api';

export interface RelayHealthState {
  readonly relays: readonly RelayHealthView[];
  load(): Promise<void>;
  clear(): void;
}

export const useRelayHealth = create<RelayHealthState>()((set) => ({
  relays: [],
  async load() {
    try {
      set({ relays: await getApi().commands['servers.health']({}) });
    } catch {
      // Locked or disconnected meanwhile: the next unlock or reconnect loads it again.
    }
  },
  clear() {
    set({ relays: [] });
  },
}));

/** The relays that do not answer, the longest-failing first. */
export function unreachable(relays: readonly RelayHealthView[]): RelayHealthView[] {
  return relays.filter((r) => r.state === 'unreachable').sort((a, b) => a.since - b.since);
}

/** A relay's address as people say it: its host (and port), without the scheme. */
export function relayName(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
