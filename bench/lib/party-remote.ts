/**
 * A BenchParty whose engine runs in a process of its own (party-host.ts), started the way the
 * bench itself is (ipc.ts). Waiters are armed in the child and collected by key, so the
 * registration is confirmed before the call that causes the event is made.
 */
import type { ServerRef } from '../../main/client/model';
import type { Armed, BenchParty, EventMatch, EventName, Hit } from './bench-party';
import { startChild, type IpcChild } from './ipc';

const ignore = (): undefined => undefined;

export class RemoteParty implements BenchParty {
  private nextKey = 1;

  private constructor(
    readonly name: string,
    private readonly child: IpcChild,
  ) {}

  /** `server` undefined: no relay yet (a device that joins by pairing). */
  static async start(
    name: string,
    server: ServerRef | undefined,
    bench: string,
  ): Promise<RemoteParty> {
    const serverArg = server ? JSON.stringify(server) : '-';
    const child = await startChild(name, 'bench/lib/party-host.ts', [name, bench, serverArg]);
    return new RemoteParty(name, child);
  }

  get pid(): number {
    return this.child.pid;
  }

  async arm(event: EventName, match: EventMatch, timeoutMs: number, count = 1): Promise<Armed> {
    const key = this.nextKey++;
    await this.child.call({ type: 'arm', key, event, match, timeoutMs, count });
    // Asked for only when the caller awaits it: a child answering while its engine is still
    // at work (the desktop sealing the laptop's copy) would slow what is being timed.
    let hit: Promise<Hit> | undefined;
    const child = this.child;
    return {
      get hit(): Promise<Hit> {
        if (!hit) {
          hit = child.call<Hit>({ type: 'hit', key });
          hit.catch(ignore); // awaited by the caller; this only keeps a failure from going unhandled
        }
        return hit;
      },
    };
  }

  sendText(peerUid: string, text: string): Promise<number> {
    return this.child.call({ type: 'sendText', peerUid, text });
  }

  invite(name: string): Promise<{ text: string; peerUid: string }> {
    return this.child.call({ type: 'invite', name });
  }

  accept(text: string): Promise<string> {
    return this.child.call({ type: 'accept', text });
  }

  devicesInvite(deviceName: string): Promise<string> {
    return this.child.call({ type: 'devicesInvite', deviceName });
  }

  devicesJoin(text: string, deviceName: string): Promise<{ code: string; deviceUid: string }> {
    return this.child.call({ type: 'devicesJoin', text, deviceName });
  }

  async devicesConfirm(deviceUid: string): Promise<void> {
    await this.child.call({ type: 'devicesConfirm', deviceUid });
  }

  primaryOf(peerUid: string): Promise<string | undefined> {
    return this.child.call({ type: 'primaryOf', peerUid });
  }

  /** Closes the channel: the child disposes its party (profile, temp dir) and exits. */
  dispose(): Promise<void> {
    return this.child.stop();
  }
}
