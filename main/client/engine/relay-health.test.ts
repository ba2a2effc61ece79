import { describe, expect, it } from 'vitest';
import { EventEmitter, type WorkerStateEvent } from './events';
import { RelayHealth, STALE_MS } from './relay-health';

const A = 'https://a.example';
const B = 'https://b.example';

function setUp() {
  const events = new EventEmitter();
  let now = 1_000;
  const health = new RelayHealth(events, () => now);
  const say = (e: WorkerStateEvent, at = now): void => {
    now = at;
    events.emit('worker.state', e);
  };
  return { health, say, later: (ms: number) => (now += ms) };
}

describe('RelayHealth', () => {
  it('says a relay is unreachable from its first failure on, with the latest code', () => {
    const { health, say } = setUp();
    say({ worker: 'poll', server: A, state: 'running' });
    expect(health.list()).toEqual([{ url: A, state: 'ok', code: '', since: 0 }]);
    say({ worker: 'poll', server: A, state: 'backoff', code: 'RELAY_UNAVAILABLE' }, 2_000);
    say({ worker: 'poll', server: A, state: 'backoff', code: 'CLOCK_SKEW' }, 3_000);
    expect(health.list()).toEqual([
      { url: A, state: 'unreachable', code: 'CLOCK_SKEW', since: 2_000 },
    ]);
    say({ worker: 'poll', server: A, state: 'running' }, 4_000);
    expect(health.list()).toEqual([{ url: A, state: 'ok', code: '', since: 0 }]);
  });

  it('keeps the start of an outage across a restarted poll loop, and forgets a relay no longer polled', () => {
    const { health, say } = setUp();
    say({ worker: 'poll', server: A, state: 'backoff', code: 'RELAY_UNAVAILABLE' }, 2_000);
    say({ worker: 'poll', server: A, state: 'stopped' }, 3_000);
    expect(health.list()).toEqual([]);
    say({ worker: 'poll', server: A, state: 'backoff', code: 'RELAY_UNAVAILABLE' }, 3_100);
    expect(health.list()[0]?.since).toBe(2_000);
  });

  it('counts a failed push until a push through that relay goes out, or nothing repeats it', () => {
    const { health, say, later } = setUp();
    say({ worker: 'poll', server: A, state: 'running' });
    say({ worker: 'send', server: B, state: 'backoff', code: 'RELAY_UNAVAILABLE' }, 5_000);
    expect(health.list()).toEqual([
      { url: A, state: 'ok', code: '', since: 0 },
      { url: B, state: 'unreachable', code: 'RELAY_UNAVAILABLE', since: 5_000 },
    ]);
    say({ worker: 'send', server: B, state: 'running' }, 6_000);
    expect(health.list()[1]).toEqual({ url: B, state: 'ok', code: '', since: 0 });
    say({ worker: 'send', server: B, state: 'backoff', code: 'RELAY_UNAVAILABLE' }, 7_000);
    later(STALE_MS + 1);
    expect(health.list().map((e) => e.url)).toEqual([A]);
  });

  it('is unreachable when either worker fails, since the earlier failure', () => {
    const { health, say } = setUp();
    say({ worker: 'send', server: A, state: 'backoff', code: 'RELAY_UNAVAILABLE' }, 2_000);
    say({ worker: 'poll', server: A, state: 'backoff', code: 'RATE_LIMITED' }, 3_000);
    say({ worker: 'send', server: A, state: 'running' }, 4_000);
    expect(health.list()).toEqual([
      { url: A, state: 'unreachable', code: 'RATE_LIMITED', since: 3_000 },
    ]);
  });
});
