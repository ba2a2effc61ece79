/**
 * The set-up most multi-device tests share: a real relay process per test, and sides (profile
 * + engine) that are closed, with the relay, after each test. Call at the top level of a test
 * file; it registers the hooks.
 */
import { afterEach, beforeEach } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../../../testkit/relay-process';
import type { ServerRef } from '../../model';
import { RelayClient } from '../../relay';
import type { EngineOptions } from '../../engine/engine';
import { closeSide, makeSide, type Side } from '../../engine/test-helpers';

export interface RelayWorld {
  /** The relay of the running test, as clients add it. */
  readonly server: ServerRef;
  /** Its process (to kill and restart it mid-test). */
  readonly relay: RelayProcess;
  /** A new side; `withServer: false` is a device that has no relay yet (a joining one). */
  side(name: string, options?: EngineOptions & { withServer?: boolean }): Promise<Side>;
}

export function relayWorld(relayArgs: string[] = []): RelayWorld {
  let relay: RelayProcess | undefined;
  let server: ServerRef | undefined;
  const sides: Side[] = [];
  beforeEach(async () => {
    relay = await startRelayProcess({ extraArgs: relayArgs });
    server = (await RelayClient.add(relay.url)).ref;
  });
  afterEach(async () => {
    for (const s of sides.splice(0)) await closeSide(s);
    await relay?.stop();
    relay = undefined;
  });
  const current = (): ServerRef => {
    if (!server) throw new Error('no relay: call inside a test');
    return server;
  };
  return {
    get server() {
      return current();
    },
    get relay() {
      if (!relay) throw new Error('no relay: call inside a test');
      return relay;
    },
    async side(name, options = {}) {
      const { withServer = true, ...engine } = options;
      const s = await makeSide(name, withServer ? current() : undefined, engine);
      sides.push(s);
      return s;
    },
  };
}
