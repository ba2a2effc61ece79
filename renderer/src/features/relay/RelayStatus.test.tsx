// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import type { RelayHealthView } from '@meow/contract';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { useNavigation } from '../../state/navigation';
import { useFakeApi } from '../../test/fake-api';
import { GRACE_MS } from './RelayStatus';

const fake = useFakeApi();
const URL = 'http://127.0.0.1:8787';
const SERVER = { url: URL, name: 'local', fingerprint: '3f2a 91c0' };

function openApp(health: RelayHealthView[]): { set(next: RelayHealthView[]): void } {
  let current = health;
  fake.current.handle('app.status', () => Promise.resolve({ state: 'unlocked', profileDir: '/p' }));
  fake.current.handle('peers.list', () => Promise.resolve([]));
  fake.current.handle('devices.list', () => Promise.resolve([]));
  fake.current.handle('servers.list', () => Promise.resolve([SERVER]));
  fake.current.handle('servers.health', () => Promise.resolve(current));
  render(<App />);
  return {
    set(next) {
      current = next;
    },
  };
}

const down = (since: number): RelayHealthView => ({
  url: URL,
  state: 'unreachable',
  code: 'RELAY_UNAVAILABLE',
  since,
});
const ok: RelayHealthView = { url: URL, state: 'ok', code: '', since: 0 };

describe('relay status', () => {
  it('says which relay cannot be reached, since when, and goes when it answers again', async () => {
    const health = openApp([down(Date.now() - 60_000)]);
    const banner = await screen.findByTestId('relay-status');
    expect(banner.textContent).toMatch(/Meow cannot reach 127\.0\.0\.1:8787 \(since .+\)\./);
    expect(banner.textContent).toMatch(/Your internet connection or the relay may be down\./);
    expect(banner.textContent).toMatch(/wait on this computer/);
    health.set([ok]);
    act(() => {
      fake.current.emit('worker.state', { worker: 'poll', server: URL, state: 'running' });
    });
    await waitFor(() => {
      expect(screen.queryByTestId('relay-status')).toBeNull();
    });
  });

  it('says nothing about a failure younger than the grace, then says it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    openApp([down(Date.now())]);
    await screen.findByTestId('conversation-list');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(GRACE_MS / 2);
    });
    expect(screen.queryByTestId('relay-status')).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(GRACE_MS);
    });
    expect(screen.getByTestId('relay-status').textContent).toMatch(/cannot reach/);
  });

  it('shows on the relay in Settings whether it answers', async () => {
    useNavigation.setState({ screen: 'settings' });
    const health = openApp([{ ...down(Date.now() - 60_000), code: 'CLOCK_SKEW' }]);
    const line = await screen.findByTestId('server-health');
    expect(line.dataset.state).toBe('unreachable');
    expect(line.textContent).toMatch(/Not reachable since .+\. This computer's clock is wrong/);
    health.set([ok]);
    act(() => {
      fake.current.emit('worker.state', { worker: 'poll', server: URL, state: 'running' });
    });
    await waitFor(() => {
      expect(screen.getByTestId('server-health').textContent).toBe('Connected');
    });
  });
});
