// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeviceView } from '@meow/contract';
import { useDevices } from '../../state/devices';
import { useFakeApi } from '../../test/fake-api';
import { AwaitingConfirmation } from './AwaitingConfirmation';

const fake = useFakeApi();

const desktop: DeviceView = {
  uid: 'd-desktop',
  name: 'Desktop',
  step: 'answered',
  code: '123 456',
  pairedAt: 0,
  primaryFor: [],
  lastSeenAt: null,
  syncWaiting: 0,
  expiresAt: null,
};

describe('AwaitingConfirmation', () => {
  it('says which device must confirm, with the code, from the engine state (after a reload)', async () => {
    fake.current.handle('devices.list', () => Promise.resolve([desktop]));
    await useDevices.getState().load();
    render(<AwaitingConfirmation />);
    expect(screen.getByTestId('awaiting-confirmation').textContent).toMatch(
      /Waiting for confirmation on Desktop/,
    );
    expect(screen.getByTestId('awaiting-code').textContent).toBe('123 456');
  });

  it('starts over: the pending pairing is forgotten and the notice goes', async () => {
    fake.current.handle('devices.list', () => Promise.resolve([desktop]));
    await useDevices.getState().load();
    render(<AwaitingConfirmation />);
    fake.current.handle('devices.reject', () => Promise.resolve(null));
    fake.current.handle('devices.list', () => Promise.resolve([]));
    fireEvent.click(screen.getByTestId('awaiting-start-over'));
    await waitFor(() => {
      expect(screen.queryByTestId('awaiting-confirmation')).toBeNull();
    });
    expect(fake.current.commands['devices.reject']).toHaveBeenCalledWith({
      deviceUid: 'd-desktop',
    });
  });

  it('shows nothing once paired', async () => {
    fake.current.handle('devices.list', () => Promise.resolve([{ ...desktop, step: 'finalized' }]));
    await useDevices.getState().load();
    render(<AwaitingConfirmation />);
    expect(screen.queryByTestId('awaiting-confirmation')).toBeNull();
  });
});
