import { describe, expect, it } from 'vitest';
import type { DeviceView, PeerView } from '@meow/contract';
import { peer, useFakeApi } from '../test/fake-api';
import { useContacts } from './contacts';
import { useDevices } from './devices';

const fake = useFakeApi();

/** peers.list answers only when the test says so, in any order. */
function heldListings(): ((peers: PeerView[]) => void)[] {
  const answers: ((peers: PeerView[]) => void)[] = [];
  fake.current.handle(
    'peers.list',
    () => new Promise<PeerView[]>((resolve) => answers.push(resolve)),
  );
  return answers;
}

const names = (): string[] => useContacts.getState().peers.map((p) => p.name);

describe('contacts: listings and events that cross', () => {
  it('keeps a contact whose event arrived while an older listing was on its way', async () => {
    const answers = heldListings();
    const carol = peer({ uid: 'carol', name: 'Carol' });
    const bob = peer({ uid: 'bob', name: 'Bob' });
    const loading = useContacts.getState().load();
    // The sync lands after the engine read its contacts, and its event comes first.
    useContacts.getState().put(bob);
    answers[0]?.([carol]);
    await loading;
    expect(names()).toEqual(['Carol', 'Bob']);
  });

  it('a removal during a listing stays removed; an update stays updated', async () => {
    const answers = heldListings();
    const bob = peer({ uid: 'bob', name: 'Bob', unread: 0 });
    const carol = peer({ uid: 'carol', name: 'Carol' });
    const loading = useContacts.getState().load();
    useContacts.getState().remove('carol');
    useContacts.getState().put({ ...bob, unread: 3 });
    answers[0]?.([bob, carol]);
    await loading;
    expect(useContacts.getState().peers).toEqual([{ ...bob, unread: 3 }]);
  });

  it('an answer older than the one shown is dropped', async () => {
    const answers = heldListings();
    const bob = peer({ uid: 'bob', name: 'Bob' });
    const first = useContacts.getState().load();
    const second = useContacts.getState().load();
    answers[1]?.([bob]);
    await second;
    answers[0]?.([]);
    await first;
    expect(names()).toEqual(['Bob']);
  });

  it('events with no listing out change the rows once, and a later listing wins', async () => {
    const answers = heldListings();
    const bob = peer({ uid: 'bob', name: 'Bob' });
    useContacts.getState().put(bob);
    const before = useContacts.getState().peers;
    useContacts.getState().put({ ...bob });
    expect(useContacts.getState().peers).toBe(before); // same row: no new array, no render
    const loading = useContacts.getState().load();
    answers[0]?.([]);
    await loading;
    expect(names()).toEqual([]); // the engine says Bob is gone; nothing replays him
  });
});

describe('devices: listings that cross', () => {
  it('an answer older than the one shown is dropped', async () => {
    const answers: ((devices: DeviceView[]) => void)[] = [];
    fake.current.handle(
      'devices.list',
      () => new Promise<DeviceView[]>((resolve) => answers.push(resolve)),
    );
    const laptop: DeviceView = {
      uid: 'laptop',
      name: 'Laptop',
      step: 'finalized',
      code: null,
      pairedAt: 1,
      primaryFor: [],
      lastSeenAt: null,
      syncWaiting: 0,
      expiresAt: null,
    };
    const first = useDevices.getState().load();
    const second = useDevices.getState().load();
    answers[1]?.([laptop]);
    await second;
    answers[0]?.([]);
    await first;
    expect(useDevices.getState().devices).toEqual([laptop]);
  });
});
