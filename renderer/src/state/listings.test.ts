import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceView, PeerView } from '@meow/contract';
import { device, peer, useFakeApi } from '../test/fake-api';
import { FIRST_SCREEN, useContacts } from './contacts';
import { useDevices } from './devices';
import { clearPrivateState } from './reset';

const fake = useFakeApi();

/**
 * Whole listings (peers.list) answer only when the test says so, in any order; the first
 * screen after unlock (`limit`) answers at once with `first`.
 */
function heldListings(first: PeerView[] = []): ((peers: PeerView[]) => void)[] {
  const answers: ((peers: PeerView[]) => void)[] = [];
  fake.current.handle('peers.list', (args) =>
    args.limit === undefined
      ? new Promise<PeerView[]>((resolve) => answers.push(resolve))
      : Promise.resolve(first),
  );
  return answers;
}

const names = (): string[] => useContacts.getState().peers.map((p) => p.name);

describe('contacts: listings and events that cross', () => {
  // Listed before (no first screen): a reload after a reconnect, or after an action.
  beforeEach(() => {
    useContacts.setState({ loaded: true });
  });

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

describe('contacts: the first screen after unlock', () => {
  it('shows the newest conversations until the whole list replaces them', async () => {
    const [ann, ben] = [peer({ uid: 'ann', name: 'Ann' }), peer({ uid: 'ben', name: 'Ben' })];
    const answers = heldListings([ann]);
    const loading = useContacts.getState().load();
    await vi.waitFor(() => {
      expect(names()).toEqual(['Ann']);
    });
    expect(useContacts.getState().loaded).toBe(false); // "No contacts yet" is not shown
    expect(fake.current.commands['peers.list']).toHaveBeenCalledWith({ limit: FIRST_SCREEN });
    answers[0]?.([ann, ben]);
    await loading;
    expect(names()).toEqual(['Ann', 'Ben']);
    expect(useContacts.getState().loaded).toBe(true);
    // Once anything is listed, a reload (after a reconnect) asks for the whole list only.
    const calls = fake.current.commands['peers.list'].mock.calls.length;
    const again = useContacts.getState().load();
    answers[1]?.([ben]);
    await again;
    expect(fake.current.commands['peers.list'].mock.calls.length).toBe(calls + 1);
    expect(names()).toEqual(['Ben']);
  });

  it('a failed first screen still brings the whole list', async () => {
    const ann = peer({ uid: 'ann', name: 'Ann' });
    fake.current.handle('peers.list', (args) =>
      args.limit === undefined ? Promise.resolve([ann]) : Promise.reject(new Error('old host')),
    );
    await useContacts.getState().load();
    expect(names()).toEqual(['Ann']);
    expect(useContacts.getState().error).toBeNull();
  });
});

describe('lock while a listing is on its way', () => {
  it('drops its answer: nothing private comes back behind the unlock screen', async () => {
    useContacts.setState({ loaded: true });
    const answers = heldListings();
    const devices: ((list: DeviceView[]) => void)[] = [];
    fake.current.handle(
      'devices.list',
      () => new Promise<DeviceView[]>((resolve) => devices.push(resolve)),
    );
    const contactsLoading = useContacts.getState().load();
    const devicesLoading = useDevices.getState().load();
    clearPrivateState();
    answers[0]?.([peer({ name: 'Bob' })]);
    devices[0]?.([device()]);
    await Promise.all([contactsLoading, devicesLoading]);
    expect(useContacts.getState().peers).toEqual([]);
    expect(useContacts.getState().loaded).toBe(false);
    expect(useDevices.getState().devices).toEqual([]);
    // The next unlock lists again and shows what it gets.
    const next = useContacts.getState().load();
    await vi.waitFor(() => {
      expect(answers).toHaveLength(2); // after the first screen
    });
    answers[1]?.([peer({ name: 'Bob' })]);
    await next;
    expect(names()).toEqual(['Bob']);
  });
});

describe('devices: listings that cross', () => {
  it('an answer older than the one shown is dropped', async () => {
    const answers: ((devices: DeviceView[]) => void)[] = [];
    fake.current.handle(
      'devices.list',
      () => new Promise<DeviceView[]>((resolve) => answers.push(resolve)),
    );
    const laptop = device({ uid: 'laptop', name: 'Laptop' });
    const first = useDevices.getState().load();
    const second = useDevices.getState().load();
    answers[1]?.([laptop]);
    await second;
    answers[0]?.([]);
    await first;
    expect(useDevices.getState().devices).toEqual([laptop]);
  });
});
