// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { DeviceView, PeerView } from '@meow/contract';
import { useContacts } from '../../state/contacts';
import { useDevices } from '../../state/devices';
import { connectEvents } from '../../state/events';
import { useSession } from '../../state/session';
import { device, peer, useFakeApi } from '../../test/fake-api';
import { Conversation } from './Conversation';

const fake = useFakeApi();

const desk = device({ uid: 'd-desk', name: 'Desk' });

/** Bob's conversation with the app's event wiring; peers and devices come from the engine. */
async function show(bob: () => PeerView, devices: DeviceView[] = [desk]) {
  useSession.setState({ state: 'unlocked' });
  fake.current.handle('peers.list', () => Promise.resolve([bob()]));
  fake.current.handle('devices.list', () => Promise.resolve(devices));
  fake.current.handle('messages.list', () => Promise.resolve({ messages: [], nextCursor: null }));
  await useContacts.getState().load();
  await useDevices.getState().load();
  function Harness() {
    const api = fake.current.api;
    useEffect(() => connectEvents(api), [api]);
    return <Conversation peerUid="bob" />;
  }
  render(<Harness />);
}

const note = () => screen.getByTestId('primary-device-note').textContent;

describe('the primary device of a contact', () => {
  it('names the other device that talks to the contact and asks to move it here', async () => {
    await show(() => peer({ uid: 'bob', name: 'Bob', primaryDeviceUid: 'd-desk' }));
    expect(note()).toBe('Primary device: Desk — your messages to Bob go through it');
    fake.current.fail('devices.makePrimary', 'INTERNAL', 'handoff is not built yet');
    fireEvent.click(screen.getByTestId('make-primary'));
    expect((await screen.findByTestId('make-primary-error')).textContent).toBe(
      'Something went wrong. Try again; if it keeps happening, restart Meow.',
    );
    fake.current.handle('devices.makePrimary', () => Promise.resolve({ requested: 1 }));
    fireEvent.click(screen.getByTestId('make-primary'));
    expect((await screen.findByTestId('make-primary-asked')).textContent).toMatch(/^Asked/);
    expect(fake.current.commands['devices.makePrimary']).toHaveBeenLastCalledWith({
      peerUid: 'bob',
    });
  });

  it('says "This device" when this one talks to the contact', async () => {
    await show(() => peer({ uid: 'bob', name: 'Bob' }));
    expect(note()).toBe('Primary device: This device');
    expect(screen.queryByTestId('make-primary')).toBeNull();
  });

  it('says nothing about devices to someone with a single device', async () => {
    await show(() => peer({ uid: 'bob', name: 'Bob' }), []);
    expect(screen.queryByTestId('primary-device-note')).toBeNull();
  });

  it('follows peer.primaryChanged: a passing notice, the header rebuilt from its view', async () => {
    const bob = (primaryDeviceUid: string) => peer({ uid: 'bob', name: 'Bob', primaryDeviceUid });
    await show(() => bob('d-desk'));
    act(() => {
      fake.current.emit('peer.primaryChanged', {
        peerUid: 'bob',
        primaryDeviceUid: '',
        peer: bob(''),
      });
    });
    expect((await screen.findByTestId('primary-changed-notice')).textContent).toMatch(
      /^This device now talks to Bob directly/,
    );
    await waitFor(() => {
      expect(note()).toBe('Primary device: This device');
    });
    expect(screen.queryByTestId('make-primary')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('primary-changed-notice')).toBeNull();

    act(() => {
      fake.current.emit('peer.primaryChanged', {
        peerUid: 'bob',
        primaryDeviceUid: 'd-desk',
        peer: bob('d-desk'),
      });
    });
    expect((await screen.findByTestId('primary-changed-notice')).textContent).toMatch(
      /^Your device Desk now talks to Bob/,
    );
    await waitFor(() => {
      expect(note()).toMatch(/^Primary device: Desk/);
    });
  });
});
