/**
 * Per-peer Channel cache (core/envelope createChannel via peers' channelFor). Building a
 * channel costs an X25519 box precomputation plus the lookup-key derivation (~0.17 ms); every
 * open and seal of a relationship uses the same one, so it is built once and passed as
 * SessionOptions.channel. An entry is keyed by the peer's uid AND the key material it was built
 * from, so a peer whose keys changed (a re-paired device, a finished invitation) gets a fresh
 * channel instead of a stale one. In memory only; cleared when the engine closes.
 */
import type { Channel } from '../../../core/envelope';
import type { Peer } from '../model';
import { channelFor } from '../peers';

/** Enough for every contact of a normal profile; beyond it the least recently used goes. */
const MAX_ENTRIES = 512;

interface Entry {
  readonly material: string;
  readonly channel: Channel;
}

/** Every Peer field a Channel is derived from (channelFor). */
function keyMaterial(peer: Peer): string {
  return [
    peer.mySymKey,
    peer.myEncryptionKp.privateKey,
    peer.myIdentity.publicKey,
    peer.myLookupSecret,
    peer.contactEncryption ?? '',
    peer.contactPublicKey ?? '',
    peer.contactLookupKey ?? '',
  ].join(' ');
}

export class ChannelCache {
  private readonly entries = new Map<string, Entry>();

  /** The peer's channel; throws like channelFor (PEER_NOT_READY) before the contact is known. */
  of(peer: Peer): Channel {
    // Contacts and devices live in separate stores: keep their uids apart.
    const key = `${peer.type}/${peer.uid}`;
    const material = keyMaterial(peer);
    const hit = this.entries.get(key);
    this.entries.delete(key); // re-inserted below: Map order is the recency order
    if (hit?.material === material) {
      this.entries.set(key, hit);
      return hit.channel;
    }
    const channel = channelFor(peer);
    this.entries.set(key, { material, channel });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return channel;
  }

  clear(): void {
    this.entries.clear();
  }
}
