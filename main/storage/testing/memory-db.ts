import type { PeerDb, PeerDbOp } from '../peer-storage';

/**
 * A PeerDb kept in a Map, for bench:peer: everything PeerStorage does but the disk (no LevelDB,
 * no fsync). Like `level` with valueEncoding 'view', values go in and come out as they are.
 */
export class MemoryPeerDb implements PeerDb {
  readonly values = new Map<string, Uint8Array>();

  get(key: string): Promise<Uint8Array | undefined> {
    return Promise.resolve(this.values.get(key));
  }

  getMany(keys: string[]): Promise<(Uint8Array | undefined)[]> {
    return Promise.resolve(keys.map((key) => this.values.get(key)));
  }

  put(key: string, value: Uint8Array): Promise<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }

  batch(ops: PeerDbOp[]): Promise<void> {
    for (const op of ops) {
      if (op.type === 'put') this.values.set(op.key, op.value);
      else this.values.delete(op.key);
    }
    return Promise.resolve();
  }

  iterator(range: { gte: string; lt: string }): { all(): Promise<[string, Uint8Array][]> } {
    const inRange = [...this.values]
      .filter(([key]) => key >= range.gte && key < range.lt)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return { all: () => Promise.resolve(inRange) };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
