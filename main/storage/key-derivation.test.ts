/**
 * Argon2id runs off the event loop (key-derivation.ts): the event loop keeps ticking while a
 * profile is unlocked with the product's real cost, and the answers are the same as before —
 * the right key for the right password, IDENTITY_BAD_PASSWORD for a wrong one.
 */
import * as nodeCrypto from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ARGON2ID_DEFAULT,
  argon2idOffThread,
  toHex,
  useHostCrypto,
  useNativeChaCha20Poly1305,
  useNativeSodium,
  type SodiumNativeLib,
} from '../../core/crypto';
import { createIdentityFile, openIdentityFile } from './identity-file';
import { deriveKey, freshKdf } from './identity-format';
import { deriveKeyOffThread } from './key-derivation';
import { codeOfAsync, FAST_KDF, TempDirs } from './testing/helpers';

const temp = new TempDirs();
const loadSodium = () => createRequire(import.meta.url)('sodium-native') as SodiumNativeLib;
afterEach(() => temp.cleanup());

/** Runs `work` with a 5 ms interval ticking beside it: the ticks seen and the longest gap. */
async function whileTicking<T>(work: () => Promise<T>) {
  const ticks: number[] = [];
  const timer = setInterval(() => ticks.push(performance.now()), 5);
  const start = performance.now();
  try {
    const result = await work();
    const end = performance.now();
    const times = [start, ...ticks, end];
    const longestGap = Math.max(...times.slice(1).map((t, i) => t - (times[i] ?? t)));
    return { result, ticks: ticks.length, longestGap, total: end - start };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Both ways the derivation leaves the event loop: a worker thread running the WebAssembly build
 * (no C build handed to core), and libuv's thread pool running libsodium's C build (what a host
 * with sodium-native gets; main/client/native-crypto.ts).
 */
const WAYS = [
  { way: 'a worker thread', native: false },
  { way: "libuv's thread pool", native: true },
] as const;

describe.each(WAYS)('key derivation off the event loop, on $way', ({ native }) => {
  beforeAll(() => {
    if (native) useHostCrypto(nodeCrypto, loadSodium);
    else useNativeSodium(undefined);
  });
  afterAll(() => {
    useNativeSodium(undefined);
    useNativeChaCha20Poly1305(undefined); // useHostCrypto's other part
  });

  it('runs where it says', () => {
    expect(argon2idOffThread() !== undefined).toBe(native);
  });

  it('keeps the event loop ticking while a profile with the real Argon2id cost unlocks', async () => {
    const path = join(await temp.make(), 'identity.json');
    await createIdentityFile(path, 'correct horse', { n: 1 }, ARGON2ID_DEFAULT);

    const run = await whileTicking(() => openIdentityFile<{ n: number }>(path, 'correct horse'));

    expect(run.result.data).toEqual({ n: 1 });
    // On this thread the derivation (most of the unlock) would be one long gap with no tick.
    expect(run.ticks).toBeGreaterThanOrEqual(5);
    expect(run.longestGap).toBeLessThan(run.total / 2);
    await run.result.close();
  });

  it('still tells a wrong password with the same clear error', async () => {
    const path = join(await temp.make(), 'identity.json');
    await createIdentityFile(path, 'correct horse', { n: 1 }, FAST_KDF);

    const wrong = openIdentityFile(path, 'battery staple');
    await expect(wrong).rejects.toMatchObject({
      code: 'IDENTITY_BAD_PASSWORD',
      message: 'wrong password',
    });
    expect(await codeOfAsync(openIdentityFile(path, ''))).toBe('INVALID_ARGUMENT');
    const opened = await openIdentityFile<{ n: number }>(path, 'correct horse');
    expect(opened.data).toEqual({ n: 1 });
    await opened.close();
  });

  it('derives the same key as on this thread, for requests made at the same time', async () => {
    const jobs = ['correct horse', 'A\u030a nfc', 'battery staple'].map((password) => ({
      password,
      kdf: freshKdf(FAST_KDF),
    }));

    const keys = await Promise.all(jobs.map((j) => deriveKeyOffThread(j.password, j.kdf)));

    expect(keys.map(toHex)).toEqual(jobs.map((j) => toHex(deriveKey(j.password, j.kdf))));
    expect(new Set(keys.map(toHex)).size).toBe(3);
  });

  it('carries the error codes of a refused derivation back', async () => {
    const kdf = { ...freshKdf(FAST_KDF), salt: 'AAAA' };
    expect(await codeOfAsync(deriveKeyOffThread('correct horse', kdf))).toBe('INVALID_ARGUMENT');
    expect(await codeOfAsync(deriveKeyOffThread('', freshKdf(FAST_KDF)))).toBe('INVALID_ARGUMENT');
  });
});
