/**
 * The pure decrypt ceiling for bench/latency.bench.ts: how fast one core opens a backlog of
 * messages sealed in a row on one relationship, with the pure functions only (no storage, no
 * network, no events). Two levels:
 *  - core: openUserMessage with the channel built once (the protocol's own cost);
 *  - peers: openFromPeer exactly as the engine's handleEntry calls it (ratchet state parsed from
 *    and serialized back to the Peer's JSON, channel rebuilt for every message).
 * Packets go through protobuf bytes first, as the relay hands them back.
 */
import { randomUUID } from 'node:crypto';
import { openUserMessage, sealUserMessage } from '../../core/envelope';
import { makePair } from '../../core/envelope/testing';
import { encodeProto } from '../../core/wire';
import type { Peer, ServerRef } from '../../main/client/model';
import {
  acceptInvitation,
  createInvitingPeer,
  finalizeInvitation,
  inviterCard,
  openFromPeer,
  openInvitationAnswer,
  sealForPeer,
  sealInvitationAnswer,
} from '../../main/client/peers';
import { meow } from '../../proto';
import { chatText } from './latency-party';

/** The UserMessage Engine.sendText builds for `text`. */
export function textMessage(text: string): meow.IUserMessage {
  return { type: 'text', text, status: { uuid: randomUUID(), sent: Date.now(), replyToUuid: '' } };
}

function viaWire(packed: meow.IPackedUserMessage): meow.PackedUserMessage {
  return meow.PackedUserMessage.decode(encodeProto(meow.PackedUserMessage, packed));
}

/** Best CPU time (user + system, µs) per core open of any round so far (`cpuPerOpen`). */
let bestCoreCpuUs = Infinity;

/** Messages per second of `open` over `count` packets (timed part: the opening only). */
function rate(count: number, open: () => void, core = false): number {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  open();
  const cpu = process.cpuUsage(cpuStarted);
  if (core) bestCoreCpuUs = Math.min(bestCoreCpuUs, (cpu.user + cpu.system) / count);
  return count / ((performance.now() - started) / 1000);
}

/** One round at the core level: seal `count` messages, then time opening all of them. */
function coreRound(count: number, textBytes: number): number {
  const { inviter, answerer } = makePair();
  const packets: meow.PackedUserMessage[] = [];
  for (let i = 0; i < count; i++) {
    const sealed = sealUserMessage(
      textMessage(chatText(`c${i}`, textBytes)),
      inviter.channel,
      inviter.ratchet,
    );
    inviter.ratchet = sealed.ratchet;
    packets.push(viaWire(sealed.packed));
  }
  return rate(
    count,
    () => {
      for (const packed of packets) {
        answerer.ratchet = openUserMessage(packed, answerer.channel, answerer.ratchet).ratchet;
      }
    },
    true,
  );
}

/** A finalized relationship built with the pure invitation functions (no I/O). */
function peerPair(server: ServerRef): { alice: Peer; bob: Peer } {
  const now = Date.now();
  const offered = createInvitingPeer({
    type: 'peer',
    name: 'Bob',
    myName: 'Alice',
    myPullServers: [server],
    now,
  });
  const accepted = acceptInvitation(inviterCard(offered), {
    myName: 'Bob',
    myPullServers: [server],
    now,
  });
  const answer = openInvitationAnswer(
    offered,
    viaWire(sealInvitationAnswer(accepted.peer, accepted.answer)),
  );
  return { alice: finalizeInvitation(offered, answer, { now }), bob: accepted.peer };
}

/** One round at the peers level, called the way the engine calls it. */
function peersRound(count: number, textBytes: number, server: ServerRef): number {
  let { alice, bob } = peerPair(server);
  const packets: meow.PackedUserMessage[] = [];
  for (let i = 0; i < count; i++) {
    const sealed = sealForPeer(alice, textMessage(chatText(`p${i}`, textBytes)), {
      now: Date.now(),
    });
    alice = sealed.peer;
    packets.push(viaWire(sealed.packed));
  }
  return rate(count, () => {
    for (const packed of packets) bob = openFromPeer(bob, packed, { now: Date.now() }).peer;
  });
}

export interface Ceilings {
  /** Best round, messages/s. */
  readonly core: number;
  readonly peers: number;
  /** Best round's CPU time per core open, µs (a loaded machine inflates it less than wall). */
  readonly coreCpuUs: number;
}

/**
 * Best of `rounds` interleaved rounds of `count` messages each (noise only ever adds time),
 * after one untimed warm-up round of each so the JIT has settled.
 */
export function measureCeilings(
  count: number,
  textBytes: number,
  rounds: number,
  server: ServerRef,
): Ceilings {
  const warm = Math.min(count, 2000);
  coreRound(warm, textBytes);
  peersRound(warm, textBytes, server);
  let core = 0;
  let peers = 0;
  for (let r = 0; r < rounds; r++) {
    core = Math.max(core, coreRound(count, textBytes));
    peers = Math.max(peers, peersRound(count, textBytes, server));
  }
  return { core, peers, coreCpuUs: bestCoreCpuUs };
}
