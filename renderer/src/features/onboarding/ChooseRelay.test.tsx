// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HostedRelayView } from '@meow/contract';
import { useSettings } from '../../state/settings';
import { useFakeApi } from '../../test/fake-api';
import { HostedRelaySettings } from '../settings/HostedRelaySettings';
import { ChooseRelay } from './ChooseRelay';

const fake = useFakeApi();
const shared: HostedRelayView = {
  scope: 'local-network',
  url: 'http://192.168.1.20:41234',
  fingerprint: '3f2a 91c0 0000 1111 2222 3333 4444 5555',
};

describe('choosing a relay in onboarding', () => {
  it('adds a relay by address with the fingerprint typed, and shows a refusal in words', async () => {
    useSettings.setState({ hosted: { available: true, relay: null } });
    fake.current.fail(
      'servers.add',
      'RELAY_FINGERPRINT_MISMATCH',
      'the relay at https://relay.example has fingerprint 1111 2222, not the one given',
    );
    render(<ChooseRelay />);
    fireEvent.change(screen.getByTestId('relay-choice-url'), {
      target: { value: ' https://relay.example ' },
    });
    fireEvent.change(screen.getByTestId('relay-choice-fingerprint'), {
      target: { value: '0000 0000' },
    });
    fireEvent.click(screen.getByTestId('relay-choice-submit'));
    expect((await screen.findByTestId('relay-choice-error')).textContent).toContain(
      'The relay at https://relay.example has fingerprint 1111 2222, not the one given',
    );
    expect(fake.current.commands['servers.add']).toHaveBeenCalledWith({
      url: 'https://relay.example',
      fingerprint: '0000 0000',
    });
  });

  it('hosts one for the local network', async () => {
    useSettings.setState({ hosted: { available: true, relay: null } });
    fake.current.handle('servers.host', () => Promise.resolve(shared));
    fake.current.handle('servers.hosted', () =>
      Promise.resolve({ available: true, relay: shared }),
    );
    fake.current.handle('servers.list', () =>
      Promise.resolve([{ url: shared.url, name: 'meow', fingerprint: shared.fingerprint }]),
    );
    render(<ChooseRelay />);
    fireEvent.click(screen.getByTestId('relay-mode-host'));
    expect(screen.getByTestId<HTMLInputElement>('relay-scope-local-network').checked).toBe(true);
    fireEvent.click(screen.getByTestId('relay-choice-submit'));
    await waitFor(() => {
      expect(useSettings.getState().servers).toHaveLength(1);
    });
    expect(fake.current.commands['servers.host']).toHaveBeenCalledWith({ scope: 'local-network' });
    expect(useSettings.getState().hosted?.relay).toEqual(shared);
  });

  it('offers no hosting where the host cannot run a relay', () => {
    useSettings.setState({ hosted: { available: false, relay: null } });
    render(<ChooseRelay />);
    expect(screen.queryByTestId('relay-mode-host')).toBeNull();
    expect(screen.getByTestId('relay-choice-url')).not.toBeNull();
  });
});

describe('Settings: the relay on this computer', () => {
  it('shows where it runs, its address and fingerprint, and stops after a confirmation', async () => {
    useSettings.setState({ hosted: { available: true, relay: shared } });
    fake.current.handle('servers.stopHosting', () => Promise.resolve(null));
    fake.current.handle('servers.hosted', () => Promise.resolve({ available: true, relay: null }));
    render(<HostedRelaySettings />);
    expect(screen.getByTestId('hosted-relay-scope').textContent).toContain(
      'this computer and the local network',
    );
    expect(screen.getByTestId('hosted-relay-url').textContent).toContain(shared.url);
    expect(screen.getByTestId('hosted-relay-fingerprint').textContent).toContain(
      shared.fingerprint,
    );
    fireEvent.click(screen.getByTestId('hosted-relay-stop'));
    fireEvent.click(screen.getByTestId('hosted-relay-stop-confirm'));
    expect(await screen.findByTestId('hosted-relay-off')).not.toBeNull();
    expect(fake.current.commands['servers.stopHosting']).toHaveBeenCalled();
  });
});
