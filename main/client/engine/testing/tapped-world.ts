/**
 * The set-up of the relay-privacy tests: an in-process relay behind a tap (relay-tap.ts) and
 * sides that talk to it through the tap, all closed after each test. Call at the top level of
 * a test file; it registers the hooks.
 */
import { afterEach, beforeEach } from 'vitest';
import { startInProcessRelay, type InProcessRelay } from '../../../../testkit/relay-inprocess';
import type { ServerRef } from '../../model';
import { RelayClient } from '../../relay';
import { closeSide, makeSide, type Side } from '../test-helpers';
import { startRelayTap, type RelayTap, type TappedRequest } from './relay-tap';

export interface TappedWorld {
  /** Every request of the running test so far, as the relay opened it. */
  readonly requests: readonly TappedRequest[];
  side(name: string): Promise<Side>;
}

export function tappedWorld(): TappedWorld {
  let relay: InProcessRelay | undefined;
  let tap: RelayTap | undefined;
  let server: ServerRef | undefined;
  const sides: Side[] = [];
  beforeEach(async () => {
    relay = await startInProcessRelay();
    tap = await startRelayTap(relay.relay);
    server = (await RelayClient.add(tap.url)).ref;
  });
  afterEach(async () => {
    for (const side of sides.splice(0)) await closeSide(side);
    await tap?.close();
    await relay?.close();
    tap = undefined;
  });
  return {
    get requests() {
      return tap?.requests ?? [];
    },
    async side(name) {
      if (!server) throw new Error('no relay: call inside a test');
      const s = await makeSide(name, server);
      sides.push(s);
      return s;
    },
  };
}
