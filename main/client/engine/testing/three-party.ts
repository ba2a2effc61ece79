/**
 * Three people over a real relay process (main/client/engine/three-party*.test.ts, one file per
 * store so that vitest runs them side by side): Alice invites Bob by shortcode + password and
 * Carol by pasted text, Bob invites Carol by pasted text; every pair then exchanges 200
 * messages each way, all six streams at once. Every message arrives once, in order per sender,
 * and every one reaches 'read' at its sender.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../../../../testkit/redis';
import { startRedisCluster, type RedisCluster } from '../../../../testkit/redis-cluster';
import { startRelayProcess, type RelayProcess } from '../../../../testkit/relay-process';
import type { ServerRef } from '../../model';
import { RelayClient } from '../../relay';
import {
  connect,
  closeSide,
  makeSide,
  waitForEvents,
  type Side,
  inboundTexts,
} from '../test-helpers';

const PER_DIRECTION = 200;

interface Link {
  readonly from: Side;
  readonly to: Side;
  /** The recipient's uid at the sender, and the sender's uid at the recipient. */
  readonly toUid: string;
  readonly fromUid: string;
  readonly prefix: string;
}

async function connectByShortcode(
  a: Side,
  b: Side,
  name: string,
  server: ServerRef,
): Promise<[string, string]> {
  const invitation = await a.engine.invite({ name, viaShortcode: { expirySeconds: 600 } });
  const finalized = waitForEvents(a.engine.events, 'invitation.finalized', (e) => {
    return e.peerUid === invitation.peerUid;
  });
  const aAtB = await b.engine.accept({
    shortcode: invitation.shortcode ?? '',
    password: invitation.password ?? '',
    server,
  });
  await finalized;
  return [invitation.peerUid, aAtB];
}

async function sendAll(link: Link): Promise<void> {
  for (let i = 0; i < PER_DIRECTION; i++) {
    await link.from.engine.sendText(link.toUid, `${link.prefix}${i}`);
  }
}

async function readAll(link: Link): Promise<void> {
  const page = link.to.engine.listMessages(link.fromUid, { limit: 2 * PER_DIRECTION });
  for (const m of page.messages) {
    if (!m.outbound) await link.to.engine.markRead(link.fromUid, m.uuid);
  }
}

/** The relay stores the suite runs on. */
export type Store = 'embedded' | 'redis' | 'redis-cluster';

/** The suite on `store`; `skip` (the reason printed by the caller) where it cannot run. */
export function describeThreeParty(store: Store, skip = false): void {
  describe(`three people on the ${store} store`, () => {
    let redis: RedisServer | undefined;
    let cluster: RedisCluster | undefined;
    let relay: RelayProcess | undefined;
    let server: ServerRef;
    const sides: Side[] = [];

    beforeAll(async () => {
      if (skip) return;
      redis = store === 'redis' ? await startRedis() : undefined;
      cluster = store === 'redis-cluster' ? await startRedisCluster() : undefined;
      relay = await startRelayProcess({
        ...(redis ? { redisUrl: redis.url } : {}),
        ...(cluster ? { redisCluster: cluster.spec } : {}),
      });
      expect(relay.storeLabel.startsWith(`${store} `)).toBe(true);
      server = (await RelayClient.add(relay.url)).ref;
    });

    afterAll(async () => {
      for (const side of sides) await closeSide(side);
      await relay?.stop();
      await redis?.stop();
      await cluster?.stop();
    });

    it.skipIf(skip)(
      'chats 200 messages each way on every pair at once; all arrive in order and reach read',
      async () => {
        const [alice, bob, carol] = await Promise.all(
          ['Alice', 'Bob', 'Carol'].map((name) => makeSide(name, server)),
        );
        if (!alice || !bob || !carol) throw new Error('sides');
        sides.push(alice, bob, carol);
        const [bobAtAlice, aliceAtBob] = await connectByShortcode(alice, bob, 'Bob', server);
        const [carolAtAlice, aliceAtCarol] = await connect(alice, carol, 'Carol');
        const [carolAtBob, bobAtCarol] = await connect(bob, carol, 'Carol');

        const link = (
          from: Side,
          to: Side,
          toUid: string,
          fromUid: string,
          prefix: string,
        ): Link => ({
          from,
          to,
          toUid,
          fromUid,
          prefix,
        });
        const links = [
          link(alice, bob, bobAtAlice, aliceAtBob, 'alice→bob '),
          link(bob, alice, aliceAtBob, bobAtAlice, 'bob→alice '),
          link(alice, carol, carolAtAlice, aliceAtCarol, 'alice→carol '),
          link(carol, alice, aliceAtCarol, carolAtAlice, 'carol→alice '),
          link(bob, carol, carolAtBob, bobAtCarol, 'bob→carol '),
          link(carol, bob, bobAtCarol, carolAtBob, 'carol→bob '),
        ];

        const arrived = links.map((l) =>
          waitForEvents(
            l.to.engine.events,
            'message.received',
            (e) => e.peerUid === l.fromUid,
            PER_DIRECTION,
            120_000,
          ),
        );
        await Promise.all(links.map(sendAll));
        await Promise.all(arrived);
        for (const l of links) {
          const expected = Array.from({ length: PER_DIRECTION }, (_, i) => `${l.prefix}${i}`);
          expect(inboundTexts(l.to, l.fromUid, 2 * PER_DIRECTION)).toEqual(expected);
        }

        const read = links.map((l) =>
          waitForEvents(
            l.from.engine.events,
            'message.statusChanged',
            (e) => e.peerUid === l.toUid && e.state === 'read',
            PER_DIRECTION,
            120_000,
          ),
        );
        await Promise.all(links.map(readAll));
        await Promise.all(read);
        for (const l of links) {
          const sent = l.from.engine
            .listMessages(l.toUid, { limit: 2 * PER_DIRECTION })
            .messages.filter((m) => m.outbound);
          expect(sent).toHaveLength(PER_DIRECTION);
          expect(sent.every((m) => m.state === 'read')).toBe(true);
          expect(l.to.engine.unreadCounts().get(l.fromUid) ?? 0).toBe(0);
        }
      },
    );
  });
}
