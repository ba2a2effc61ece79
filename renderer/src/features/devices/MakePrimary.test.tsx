// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { DeviceView, PeerView } from '@meow/contract';
import { useContacts } from '../../state/contacts';
import { connectEvents } from '../../state/events';
import { useSession } from '../../state/session';
import { peer, useFakeApi } from '../../test/fake-api';
import { Devices } from './Devices';

const fake = useFakeApi();

const laptop: DeviceView = {
  uid: 'd-laptop',
  name: 'Laptop',
  step: 'finalized',
  code: null,
  pairedAt: 1,
  primaryFor: ['bob', 'carol'],
  lastSeenAt: null,
  syncWaiting: 0,
  expiresAt: null,
};

/** The devices screen with the app's event wiring, peers and devices served by the engine. */
function show(peers: () => PeerView[]) {
  useSession.setState({ state: 'unlocked' });
  fake.current.handle('peers.list', () => Promise.resolve(peers()));
  fake.current.handle('devices.list', () => Promise.resolve([laptop]));
  void useContacts.getState().load(); // as after unlock (reloadAll)
  function Harness() {
    const api = fake.current.api;
    useEffect(() => connectEvents(api), [api]);
    return <Devices />;
  }
  render(<Harness />);
}

const atLaptop = (uid: string, name: string) => peer({ uid, name, primaryDeviceUid: 'd-laptop' });

describe('Make this device primary for all contacts', () => {
  it('asks the engine for every contact and says how many were asked', async () => {
    show(() => [atLaptop('bob', 'Bob'), atLaptop('carol', 'Carol')]);
    expect((await screen.findByTestId('primary-elsewhere')).textContent).toMatch(
      /^2 contacts talk to you through another/,
    );
    fake.current.handle('devices.makePrimary', () => Promise.resolve({ requested: 2 }));
    fireEvent.click(screen.getByTestId('make-primary-all'));
    expect((await screen.findByTestId('make-primary-all-asked')).textContent).toBe(
      'Asked for 2 contacts — each moves here once its device hands it over',
    );
    expect(fake.current.commands['devices.makePrimary']).toHaveBeenCalledWith({});
  });

  it('shows why it failed, and disappears once every contact talks to this device', async () => {
    const bob = (primaryDeviceUid: string) => peer({ uid: 'bob', name: 'Bob', primaryDeviceUid });
    show(() => [bob('d-laptop')]);
    fake.current.fail('devices.makePrimary', 'INTERNAL', 'handoff is not built yet');
    fireEvent.click(await screen.findByTestId('make-primary-all'));
    expect((await screen.findByTestId('make-primary-all-error')).textContent).toBe(
      'Something went wrong. Try again; if it keeps happening, restart Meow.',
    );
    act(() => {
      fake.current.emit('peer.primaryChanged', {
        peerUid: 'bob',
        primaryDeviceUid: '',
        peer: bob(''),
      });
    });
    await waitFor(() => {
      expect(screen.queryByTestId('make-primary-all')).toBeNull();
    });
  });
});
