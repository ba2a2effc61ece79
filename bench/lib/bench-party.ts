/**
 * One user or device of a bench, wherever its engine runs: in the bench's own process
 * (LocalParty, over latency-party's Party) or in a process of its own (party-remote.ts), as
 * real devices are. The samples of bench:sync and bench:latency are written against this
 * interface, so the same code times both layouts.
 *
 * Times are `monotonicMs()`: CLOCK_MONOTONIC (process.hrtime), one clock for every process on
 * the machine, so a time taken in one process can be subtracted from one taken in another.
 */
import type { EngineEvents } from '../../main/api/events';
import { type Party, when } from './latency-party';

/** Milliseconds on the machine-wide monotonic clock. */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export type EventName = keyof EngineEvents;

/** Payload fields that must equal these values (strings only: uids, texts, states). */
export type EventMatch = Readonly<Record<string, string>>;

/** An event seen: when, and its string fields (pairing needs the code and the device uid). */
export interface Hit {
  readonly at: number;
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * An armed waiter: `hit` settles with the `count`-th matching event, or rejects on timeout. A
 * remote party's is fetched on first use, so samples read the waiter that ends them first.
 */
export interface Armed {
  readonly hit: Promise<Hit>;
}

export interface BenchParty {
  readonly name: string;
  /** Resolves once the listener is registered, so an event caused after it cannot be missed. */
  arm(event: EventName, match: EventMatch, timeoutMs: number, count?: number): Promise<Armed>;
  /** Calls engine.sendText; resolves with the time taken just before the call. */
  sendText(peerUid: string, text: string): Promise<number>;
  invite(name: string): Promise<{ text: string; peerUid: string }>;
  accept(text: string): Promise<string>;
  devicesInvite(deviceName: string): Promise<string>;
  devicesJoin(text: string, deviceName: string): Promise<{ code: string; deviceUid: string }>;
  devicesConfirm(deviceUid: string): Promise<void>;
  /** The contact's PrimaryDeviceUid on this device ('' when this device is the primary). */
  primaryOf(peerUid: string): Promise<string | undefined>;
  dispose(): Promise<void>;
}

const ignore = (): undefined => undefined;

/** The string fields of an event payload. */
export function stringFields(payload: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (typeof payload !== 'object' || payload === null) return fields;
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === 'string') fields[key] = value;
  }
  return fields;
}

/** Whether every field of `match` has that value in `payload`. */
export function matches(payload: unknown, match: EventMatch): boolean {
  const fields = stringFields(payload);
  return Object.entries(match).every(([key, value]) => fields[key] === value);
}

/** A waiter on `party`'s engine events (used by LocalParty and by party-host.ts). */
export function armOn(
  party: Party,
  event: EventName,
  match: EventMatch,
  timeoutMs: number,
  count = 1,
): Armed {
  // Taken in the listener, as the event is emitted (the count-th match is the last one kept).
  let last: Hit = { at: 0, fields: {} };
  const hit = when(
    party.engine.events,
    event,
    (payload) => {
      if (!matches(payload, match)) return false;
      last = { at: monotonicMs(), fields: stringFields(payload) };
      return true;
    },
    timeoutMs,
    count,
  ).then(() => last);
  hit.catch(ignore); // awaited by the caller; this only keeps an early failure from going unhandled
  return { hit };
}

/** The engine of a Party in this process, behind the BenchParty interface. */
export class LocalParty implements BenchParty {
  constructor(readonly party: Party) {}

  get name(): string {
    return this.party.name;
  }

  arm(event: EventName, match: EventMatch, timeoutMs: number, count = 1): Promise<Armed> {
    return Promise.resolve(armOn(this.party, event, match, timeoutMs, count));
  }

  async sendText(peerUid: string, text: string): Promise<number> {
    const started = monotonicMs();
    await this.party.engine.sendText(peerUid, text);
    return started;
  }

  async invite(name: string): Promise<{ text: string; peerUid: string }> {
    const invitation = await this.party.engine.invite({ name });
    return { text: invitation.text, peerUid: invitation.peerUid };
  }

  accept(text: string): Promise<string> {
    return this.party.engine.accept({ text });
  }

  async devicesInvite(deviceName: string): Promise<string> {
    return (await this.party.engine.devices.invite({ deviceName })).text;
  }

  async devicesJoin(
    text: string,
    deviceName: string,
  ): Promise<{ code: string; deviceUid: string }> {
    const joined = await this.party.engine.devices.join({ text, deviceName });
    return { code: joined.code, deviceUid: joined.deviceUid };
  }

  async devicesConfirm(deviceUid: string): Promise<void> {
    await this.party.engine.devices.confirm(deviceUid);
  }

  async primaryOf(peerUid: string): Promise<string | undefined> {
    return (await this.party.engine.profile.peers.getPeer(peerUid))?.primaryDeviceUid;
  }

  dispose(): Promise<void> {
    return this.party.dispose();
  }
}

const CONNECT_TIMEOUT_MS = 30_000;

/** Alice invites by pasted text, Bob accepts; resolves with each side's uid of the other. */
export async function connectParties(
  alice: BenchParty,
  bob: BenchParty,
): Promise<{ bobAtAlice: string; aliceAtBob: string }> {
  const invitation = await alice.invite(bob.name);
  const finalized = await alice.arm('invitation.finalized', {}, CONNECT_TIMEOUT_MS);
  const aliceAtBob = await bob.accept(invitation.text);
  await finalized.hit;
  return { bobAtAlice: invitation.peerUid, aliceAtBob };
}

/** connectParties for two engines of this process. */
export function connect(
  alice: Party,
  bob: Party,
): Promise<{ bobAtAlice: string; aliceAtBob: string }> {
  return connectParties(new LocalParty(alice), new LocalParty(bob));
}
