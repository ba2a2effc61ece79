// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { DeviceView } from '@meow/contract';
import { useDevices } from '../../state/devices';
import { connectEvents } from '../../state/events';
import { useSession } from '../../state/session';
import { useFakeApi } from '../../test/fake-api';
import { DeviceList } from './DeviceList';

const fake = useFakeApi();

const laptop: DeviceView = {
  uid: 'd-laptop',
  name: 'Laptop',
  step: 'finalized',
  code: null,
  pairedAt: Date.UTC(2025, 2, 3),
  primaryFor: [],
  lastSeenAt: null,
  syncWaiting: 0,
  expiresAt: null,
};

function show() {
  useSession.setState({ state: 'unlocked' });
  fake.current.handle('devices.list', () => Promise.resolve([laptop]));
  void useDevices.getState().load();
  function Harness() {
    const api = fake.current.api;
    useEffect(() => connectEvents(api), [api]);
    return <DeviceList />;
  }
  render(<Harness />);
}

describe('a sibling device whose syncs expired on the relay', () => {
  it('says so on its row until history is requested from it', async () => {
    show();
    await screen.findByTestId('device-row');
    expect(screen.queryByTestId('device-expired')).toBeNull();
    const event = { peerUid: 'd-laptop', device: true, unknown: false, uuid: '' };
    act(() => {
      fake.current.emit('queue.expired', { ...event, expired: 2 });
      fake.current.emit('queue.expired', { ...event, expired: 1 });
      // A contact's gap is a notice in its conversation, not a device row's business.
      fake.current.emit('queue.expired', { ...event, peerUid: 'bob', device: false, expired: 5 });
    });
    const note = await screen.findByTestId('device-expired');
    expect(note.textContent).toContain(
      '3 updates from Laptop expired on the relay before this device fetched them',
    );
    fake.current.handle('devices.requestHistory', () => Promise.resolve({ requestId: 'r1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Request history from Laptop' }));
    await waitFor(() => {
      expect(screen.queryByTestId('device-expired')).toBeNull();
    });
  });
});
