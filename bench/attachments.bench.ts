/**
 * npm run bench:attachments — a file through the app against the bare transfer of the same
 * bytes to the same relay (issue 16):
 *  1. upload: Alice's engine seals a BENCH_MIB (50) MiB file into chunks, stores them, uploads
 *     them (attachments.send → 'sent'), against the relay blob client PUTting the same number
 *     of ready-made sealed chunks (create + PUT, as many in flight as the engine: the HTTP
 *     transfer with the relay envelope and nothing else);
 *  2. download: Bob's engine fetches, authenticates, stores and digest-checks them (message
 *     received → 'ready'), against the blob client GETting the same chunks;
 *  3. the sender's memory: the peak of its heap and buffers over what it held before the send
 *     (after a full collection), sampled every 10 ms, for a 10 MiB and a 100 MiB file — it
 *     must not grow with the file's size.
 * Rounds alternate the app and the bare transfer (BENCH_ROUNDS, default 3); ratios are of the
 * medians (bare time / app time: 1.0 = as fast as the bare transfer). One relay process
 * (filesystem blob store); the engines and the bare client share this process.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import {
  AttachmentEncryptor,
  blobRegistration,
  CHUNK_BYTES,
  generateAttachmentSecrets,
  type SealedChunk,
} from '../core/attachments';
import { PARALLEL_CHUNKS } from '../main/client/engine/attachments/progress';
import { RelayBlobClient, RelayClient } from '../main/client/relay';
import {
  closeSide,
  connectAliceBob,
  makeSide,
  waitForEvents,
  type Side,
} from '../main/client/engine/test-helpers';
import { startRelayProcess } from '../testkit/relay-process';
import { makeTempDir } from '../testkit/tmp';
import { envNumber, median, printTable } from './lib/measure';

const MIB = 1024 * 1024;
const SIZE = envNumber('BENCH_MIB', 50) * MIB;
const ROUNDS = envNumber('BENCH_ROUNDS', 3);
const MEMORY_SIZES_MIB = [10, 100];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (bytes: number, ms: number) => `${(((bytes / MIB) * 1000) / ms).toFixed(1)} MiB/s`;

async function sealedChunks(bytes: Uint8Array) {
  const secrets = generateAttachmentSecrets();
  const registration = blobRegistration(secrets);
  const encryptor = new AttachmentEncryptor({
    key: secrets.key,
    blobId: registration.blobId,
    plaintextLength: bytes.length,
  });
  const chunks: SealedChunk[] = [];
  for await (const chunk of encryptor.seal(Readable.from([bytes]))) chunks.push(chunk);
  return { secrets, registration, chunks, chunkHashes: encryptor.sealed.chunkHashes };
}

async function inFlight<T>(items: readonly T[], task: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: PARALLEL_CHUNKS }, lane));
}

/** The bare transfer: create + PUT the ready-made chunks, then GET them all. */
async function bareRound(client: RelayBlobClient, bytes: Uint8Array) {
  const { secrets, registration, chunks, chunkHashes } = await sealedChunks(bytes);
  const started = performance.now();
  await client.create({ ...registration, chunkCount: chunks.length, chunkHashes });
  await inFlight(chunks, (c) =>
    client.put(registration.blobId, secrets.uploadToken, c.index, c.bytes),
  );
  const uploaded = performance.now();
  await inFlight(chunks, async (c) => {
    const got = await client.get(secrets.readToken, c.index);
    if (got.length !== CHUNK_BYTES) throw new Error('short chunk');
  });
  return { upload: uploaded - started, download: performance.now() - uploaded };
}

/**
 * The app: Alice's engine sends the file, Bob's engine fetches it (asked for, as the user
 * does, when it is above the automatic download size). `receive: false`: the upload only.
 */
async function appRound(alice: Side, bob: Side, bobAtAlice: string, path: string, receive = true) {
  let uuid = '';
  const timeout = 600_000;
  const sent = waitForEvents(
    alice.engine.events,
    'attachment.updated',
    (e) => e.uuid === uuid && e.state === 'sent',
    1,
    timeout,
  );
  const received = waitForEvents(
    bob.engine.events,
    'message.received',
    (e) => e.uuid === uuid,
    1,
    timeout,
  );
  const started = performance.now();
  uuid = (await alice.engine.attachments.send(bobAtAlice, [{ path }])).uuid;
  await sent;
  const uploaded = performance.now();
  const [message] = await received;
  const arrived = performance.now();
  const [row] = bob.engine.attachments.of(message?.peerUid ?? '', uuid);
  if (!receive || !row) return { upload: uploaded - started, download: 0 };
  const ready = waitForEvents(
    bob.engine.events,
    'attachment.updated',
    (e) => e.uuid === uuid && e.state === 'ready',
    1,
    timeout,
  );
  if (row.state === 'on_request') bob.engine.attachments.download(row.localId);
  await ready;
  return { upload: uploaded - started, download: performance.now() - arrived };
}

/** A full garbage collection (V8's gc, exposed for this process). */
v8.setFlagsFromString('--expose_gc');
const collect = vm.runInNewContext('gc') as () => void;

/** JavaScript heap + memory outside it (buffers): what the sender holds. */
function held(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/**
 * The sender's memory while it seals and uploads a file: the peak of what it holds (heap and
 * buffers, sampled every 10 ms) over what it held just before, after a full collection. The
 * resident set is printed too, but it also counts pages freed and not yet returned.
 */
async function senderGrowth(alice: Side, bob: Side, bobAtAlice: string, path: string) {
  // Twice, a turn apart: a buffer's memory outside the heap is given back after the
  // collection that found it dead.
  collect();
  await new Promise((resolve) => setImmediate(resolve));
  collect();
  const before = held();
  const rssBefore = process.memoryUsage().rss;
  let peak = before;
  let rssPeak = rssBefore;
  const timer = setInterval(() => {
    peak = Math.max(peak, held());
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 10);
  try {
    await appRound(alice, bob, bobAtAlice, path, false);
  } finally {
    clearInterval(timer);
  }
  return { held: peak - before, rss: rssPeak - rssBefore };
}

interface Times {
  readonly upload: number[];
  readonly download: number[];
}

function transferRows(app: Times, bare: Times): string[][] {
  const [au, ad, bu, bd] = [app.upload, app.download, bare.upload, bare.download].map(median);
  const timed = (ms = 0) => `${seconds(ms)} (${rate(SIZE, ms || 1)})`;
  return [
    ['app upload (seal + store + upload)', timed(au)],
    ['bare upload (create + PUT ready chunks)', timed(bu)],
    ['ratio upload bare / app', ((bu ?? 0) / (au ?? 1)).toFixed(2)],
    ['app download (GET + open + store + digest)', timed(ad)],
    ['bare download (GET)', timed(bd)],
    ['ratio download bare / app', ((bd ?? 0) / (ad ?? 1)).toFixed(2)],
  ];
}

async function memoryRows(alice: Side, bob: Side, bobAtAlice: string, dir: string) {
  for (const mib of MEMORY_SIZES_MIB) {
    await writeFile(join(dir, `${mib}.bin`), randomBytes(mib * MIB));
  }
  const rows: string[][] = [];
  for (const mib of MEMORY_SIZES_MIB) {
    const grew = await senderGrowth(alice, bob, bobAtAlice, join(dir, `${mib}.bin`));
    const text = `${(grew.held / MIB).toFixed(1)} MiB (resident set ${(grew.rss / MIB).toFixed(1)} MiB)`;
    rows.push([`sender's peak memory over its start, ${mib} MiB file`, text]);
  }
  return rows;
}

async function main(): Promise<void> {
  const relay = await startRelayProcess();
  const dir = await makeTempDir('meow-bench-files-');
  const server = (await RelayClient.add(relay.url)).ref;
  const alice = await makeSide('Alice', server);
  const bob = await makeSide('Bob', server);
  try {
    const { bobAtAlice } = await connectAliceBob(alice, bob);
    const client = new RelayBlobClient(server);
    const bytes = randomBytes(SIZE);
    const path = join(dir.path, 'file.bin');
    await writeFile(path, bytes);
    console.log(`bench:attachments — ${SIZE / MIB} MiB file, relay ${relay.url}, ${ROUNDS} rounds`);
    const app: Times = { upload: [], download: [] };
    const bare: Times = { upload: [], download: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const b = await bareRound(client, bytes);
      const a = await appRound(alice, bob, bobAtAlice, path);
      bare.upload.push(b.upload);
      bare.download.push(b.download);
      app.upload.push(a.upload);
      app.download.push(a.download);
    }
    const growth = await memoryRows(alice, bob, bobAtAlice, dir.path);
    printTable([['measure', 'result'], ...transferRows(app, bare), ...growth]);
  } finally {
    await closeSide(alice);
    await closeSide(bob);
    await relay.stop();
    await dir.cleanup();
  }
}

await main();
