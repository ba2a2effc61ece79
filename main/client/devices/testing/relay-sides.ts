import { afterEach } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../../../testkit/relay-process';
import type { EngineOptions } from '../../engine/engine';
import { closeSide, makeSide, type Side } from '../../engine/test-helpers';
import type { ServerRef } from '../../model';
import { RelayClient } from '../../relay';

export interface RelaySides {
  /** Starts the test's relay process (with extra relay flags) and adds it as a server. */
  readonly startRelay: (extraArgs?: string[]) => Promise<void>;
  /** A new side on the test's relay (or on none), closed after the test. */
  readonly side: (name: string, withServer?: boolean, options?: EngineOptions) => Promise<Side>;
  /** The relay started by `startRelay`. */
  readonly server: ServerRef;
  /** Its process (its data folder: what a test does to the relay's disk). */
  readonly relay: RelayProcess;
}

/**
 * One relay process per test and the sides made on it, all stopped after each test: the set-up
 * of the device suites that start their relay with their own flags.
 */
export function useRelaySides(): RelaySides {
  let relay: RelayProcess | undefined;
  let server: ServerRef | undefined;
  const sides: Side[] = [];
  afterEach(async () => {
    for (const side of sides.splice(0)) await closeSide(side);
    await relay?.stop();
    relay = undefined;
    server = undefined;
  });
  return {
    startRelay: async (extraArgs = []) => {
      relay = await startRelayProcess({ extraArgs });
      server = (await RelayClient.add(relay.url)).ref;
    },
    side: async (name, withServer = true, options = {}) => {
      const s = await makeSide(name, withServer ? server : undefined, options);
      sides.push(s);
      return s;
    },
    get server() {
      if (!server) throw new Error('startRelay first');
      return server;
    },
    get relay() {
      if (!relay) throw new Error('startRelay first');
      return relay;
    },
  };
}
