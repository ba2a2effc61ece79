/**
 * Checks shared by the receive crash tests (receive-crash.test.ts, receive-pipeline-kill.test.ts):
 * a conversation read back whole, and waiting until the contact saw every delivery ack.
 */
import type { MessageCursor } from '../../../storage';
import { RelayClient } from '../../relay';
import type { ErrorEvent } from '../events';
import { connectAliceBob, makeSide, stopSide, waitForEvents, type Side } from '../test-helpers';

/** What `queueBacklog` leaves: both sides, Bob stopped, his backlog waiting at the relay. */
export interface Backlog {
  readonly alice: Side;
  readonly bob: Side;
  readonly bobAtAlice: string;
  readonly aliceAtBob: string;
  readonly texts: string[];
  readonly uuids: string[];
  /** Alice's error events from the moment Bob stopped. */
  readonly aliceErrors: ErrorEvent[];
  /** Uuids Alice saw acked as delivered, filled as acks arrive. */
  readonly delivered: Set<string>;
}

/**
 * Alice and Bob on the relay at `relayUrl`; Bob stops while Alice sends `count` texts
 * (`prefix` + index), and it resolves once all of them wait at the relay. `made` gets each side
 * as soon as it exists, so the caller's clean-up closes it even if a later step fails.
 */
export async function queueBacklog(
  relayUrl: string,
  count: number,
  prefix: string,
  made: (side: Side) => void,
): Promise<Backlog> {
  const server = (await RelayClient.add(relayUrl)).ref;
  const alice = await makeSide('Alice', server);
  made(alice);
  const bob = await makeSide('Bob', server);
  made(bob);
  const { bobAtAlice, aliceAtBob } = await connectAliceBob(alice, bob);
  await stopSide(bob);
  const aliceErrors: ErrorEvent[] = [];
  alice.engine.events.on('error', (e) => aliceErrors.push(e));
  const delivered = new Set<string>();
  alice.engine.events.on('message.statusChanged', (e) => {
    if (e.peerUid === bobAtAlice && e.state === 'delivered') delivered.add(e.uuid);
  });
  const sentAll = waitForEvents(
    alice.engine.events,
    'message.statusChanged',
    (e) => e.peerUid === bobAtAlice && e.state === 'sent',
    count,
    240_000,
  );
  sentAll.catch(() => undefined); // awaited below
  const texts = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  const uuids: string[] = [];
  for (const text of texts) uuids.push(await alice.engine.sendText(bobAtAlice, text));
  await sentAll;
  return { alice, bob, bobAtAlice, aliceAtBob, texts, uuids, aliceErrors, delivered };
}

/** `side`'s whole conversation with `peerUid`, inbound texts only, oldest first. */
export function inbound(side: Side, peerUid: string): string[] {
  const texts: string[] = [];
  let before: MessageCursor | undefined;
  do {
    const page = side.profile.messages.listMessages(peerUid, { limit: 500, before });
    texts.push(...page.messages.filter((m) => !m.outbound).map((m) => m.message.text));
    before = page.nextCursor;
  } while (before);
  return texts.reverse();
}

/**
 * Resolves once every uuid in `uuids` is in `delivered` (filled by the caller's
 * 'message.statusChanged' listener on `side`); rejects after `timeoutMs`.
 */
export function allDelivered(
  delivered: ReadonlySet<string>,
  uuids: readonly string[],
  side: Side,
  timeoutMs: number,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const check = () => uuids.every((u) => delivered.has(u));
    if (check()) {
      resolve();
      return;
    }
    const timer = setTimeout(() => {
      off();
      const missing = uuids.filter((u) => !delivered.has(u)).length;
      reject(new Error(`${missing} messages without a delivery ack`));
    }, timeoutMs);
    const off = side.engine.events.on('message.statusChanged', () => {
      if (!check()) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}
