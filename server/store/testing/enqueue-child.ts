/**
 * Child process for the embedded store's crash test: opens the store, enqueues `count` messages
 * to one key concurrently, prints "ENQUEUED <last seq>" once every enqueue has resolved, then
 * idles until the test kills it with SIGKILL (no close(), no flush: a crash).
 *
 * usage: node --import tsx enqueue-child.ts <dataDir> <count> <key hex>
 */
import { EmbeddedStore } from '../embedded';
import { message } from './helpers';

const [dataDir, countText, keyHex] = process.argv.slice(2);
if (dataDir === undefined || countText === undefined || keyHex === undefined) {
  throw new Error('usage: enqueue-child.ts <dataDir> <count> <key hex>');
}
const store = await EmbeddedStore.open(dataDir, {
  ttlMs: 3_600_000,
  maxLength: 1_000_000,
  maxBytes: 2 ** 40,
  metaIdleMs: 7_200_000,
});
const key = new Uint8Array(Buffer.from(keyHex, 'hex'));
const now = Date.now();
const results = await Promise.all(
  Array.from({ length: Number(countText) }, (_, i) => store.enqueue(key, message(i), now)),
);
const seqs = results.map((r) => (r.ok ? r.seq : 0));
process.stdout.write(`ENQUEUED ${Math.max(...seqs)}\n`);
// Stay alive (and keep the store open) until killed.
setInterval(() => undefined, 60_000);
