/**
 * The set-up the attachment suites share: a real relay process, Alice and Bob connected on it,
 * a folder for the files they send; all stopped and removed after each test.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterEach } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../../../testkit/relay-process';
import { makeTempDir, type TempDir } from '../../../../testkit/tmp';
import { RelayClient } from '../../relay';
import { closeSide, connectAliceBob, makeSide, type Side } from '../test-helpers';

/** Registers the clean-up; `world()` makes the relay, Alice, Bob and the files' folder. */
export function useAliceBob(relayArgs: string[] = []) {
  const relays: RelayProcess[] = [];
  const sides: Side[] = [];
  const dirs: TempDir[] = [];
  afterEach(async () => {
    for (const side of sides.splice(0)) await closeSide(side);
    for (const relay of relays.splice(0)) await relay.stop();
    for (const dir of dirs.splice(0)) await dir.cleanup();
  });
  return async function world() {
    const relay = await startRelayProcess({ extraArgs: relayArgs });
    relays.push(relay);
    const server = (await RelayClient.add(relay.url)).ref;
    const alice = await makeSide('Alice', server);
    const bob = await makeSide('Bob', server);
    sides.push(alice, bob);
    const ids = await connectAliceBob(alice, bob);
    const files = await makeTempDir('meow-files-');
    dirs.push(files);
    /** A file of `bytes` random bytes in the folder. */
    const file = async (name: string, bytes: number) => {
      const content = randomBytes(bytes);
      const path = join(files.path, name);
      await writeFile(path, content);
      return { path, content };
    };
    return { relay, server, alice, bob, ...ids, files, file };
  };
}

/** A file on `side` as its bytes (small files only: it is held whole). */
export async function plaintextOf(side: Side, localId: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of side.engine.attachments.plaintext(localId)) parts.push(part);
  return Buffer.concat(parts);
}

const PIECE_BYTES = 1024 * 1024;

/** Writes `bytes` random bytes to `path` a piece at a time (large files); their SHA-256 (hex). */
export async function writeRandomFile(path: string, bytes: number): Promise<string> {
  const hash = createHash('sha256');
  function* pieces() {
    for (let at = 0; at < bytes; at += PIECE_BYTES) {
      const piece = randomBytes(Math.min(PIECE_BYTES, bytes - at));
      hash.update(piece);
      yield piece;
    }
  }
  await pipeline(pieces(), createWriteStream(path));
  return hash.digest('hex');
}
