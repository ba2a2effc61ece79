/**
 * A timestamped journal of what happened on each side of a multi-device test (primary changes,
 * message steps, errors, applied device syncs), printed when a test fails so the failure can be
 * read without re-running it. Lines are rendered when printed, so a uid named after the line
 * was written (a message's uuid is known only once its send returned) still reads well.
 * Nothing secret is written: events carry no keys, and of a sync only its type, contact and,
 * for a peer_update, the primary and epoch it names.
 */
import type { meow } from '../../../../proto';
import type { Peer } from '../../model';
import type { EngineOptions } from '../../engine/engine';
import type { EventEmitter } from '../../engine/events';

export class Journal {
  private readonly start = Date.now();
  private readonly lines: (() => string)[] = [];
  private readonly names = new Map<string, string>();

  /** `live`: also print each line as it is written. */
  constructor(private readonly live = false) {}

  /** A readable name for a uid (a contact, a device) or a message uuid. */
  name(uid: string, name: string): void {
    this.names.set(uid, name);
  }

  /** The name given to `uid`, or its first characters. */
  nameOf(uid: string | undefined): string {
    if (!uid) return '-';
    return this.names.get(uid) ?? uid.slice(0, 8);
  }

  note(line: string | (() => string)): void {
    const at = `+${String(Date.now() - this.start).padStart(6)} ms `;
    const entry = typeof line === 'string' ? () => at + line : () => at + line();
    this.lines.push(entry);
    if (this.live) console.log(entry());
  }

  /** Follows the events of one engine of device `name` (each engine: after every start). */
  watch(name: string, events: EventEmitter): void {
    const of = (uid: string | undefined) => this.nameOf(uid);
    events.on('peer.primaryChanged', (e) => {
      const to = e.primaryDeviceUid === '' ? 'itself' : e.primaryDeviceUid;
      this.note(() => `${name}: ${of(e.peerUid)} primary → ${to === 'itself' ? to : of(to)}`);
    });
    events.on('error', (e) => {
      this.note(() => `${name}: error ${e.code} at ${e.where} (${of(e.peerUid)})`);
    });
    events.on('message.received', (e) => {
      this.note(() => `${name}: received "${of(e.uuid)}" from ${of(e.peerUid)}`);
    });
    events.on('message.stored', (e) => {
      this.note(() => `${name}: stored "${of(e.uuid)}" ${e.state}`);
    });
    events.on('message.statusChanged', (e) => {
      this.note(() => `${name}: "${of(e.uuid)}" ${e.state}${e.reason ? ` ${e.reason}` : ''}`);
    });
  }

  /**
   * `options` plus a note for each sync the device applies (heartbeats left out); `who` names
   * the device, or is a tag given a name later (`name`).
   */
  inspecting(who: string, options: EngineOptions): EngineOptions {
    const inspectSync = (from: string, p: meow.DeviceSyncPayload) => {
      if (p.syncType === 'heartbeat') return;
      const device = this.names.get(who) ?? who;
      this.note(() => `${device}: applies ${p.syncType} from ${this.nameOf(from)}${this.about(p)}`);
    };
    return { ...options, inspectSync };
  }

  /** The last `count` lines. */
  tail(count = 300): string {
    return this.lines
      .slice(-count)
      .map((line) => line())
      .join('\n');
  }

  /** What a sync is about: its contact, and for a peer_update the primary and epoch named. */
  private about(p: meow.DeviceSyncPayload): string {
    const contact = p.peerUid || p.forwardPeerUid;
    const peer = contact ? ` (${this.nameOf(contact)})` : '';
    if (p.syncType !== 'peer_update') return peer;
    try {
      const data = JSON.parse(new TextDecoder().decode(p.peerData)) as Partial<Peer>;
      return `${peer}: primary ${this.nameOf(data.primaryDeviceUid)}@${data.primaryEpoch ?? 0}`;
    } catch {
      return `${peer}: unreadable`;
    }
  }
}

/** A stored ratchet, as far as a failure report needs it: can it write, how far did it go. */
export function ratchetSummary(json: string | null): string {
  if (json === null) return 'no ratchet';
  const state = JSON.parse(json) as { cks: unknown; ns: number; nr: number };
  const write = state.cks === null ? 'cannot write' : 'can write';
  return `ratchet (${write}, sent ${state.ns}, received ${state.nr} on this chain)`;
}
