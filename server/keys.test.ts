import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toHex } from '../core/crypto';
import { decodeProto, encodeProto } from '../core/wire';
import { meow } from '../proto';
import { defaultConfig } from './config';
import {
  buildServerCard,
  KEY_FILE,
  KeyFileError,
  loadOrCreateKeys,
  verifyServerCard,
} from './keys';

describe('relay keys', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meow-keys-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the key file once (mode 0600) and reloads the same keys', async () => {
    const data = join(dir, 'nested', 'data');
    const first = await loadOrCreateKeys(data);
    const mode = (await stat(join(data, KEY_FILE))).mode & 0o777;
    expect(mode).toBe(0o600);
    const second = await loadOrCreateKeys(data);
    expect(toHex(second.box.publicKey)).toBe(toHex(first.box.publicKey));
    expect(toHex(second.signing.publicKey)).toBe(toHex(first.signing.publicKey));
    expect(JSON.parse(await readFile(join(data, KEY_FILE), 'utf8'))).toHaveProperty('version', 1);
  });

  it('refuses a corrupt key file instead of silently making a new identity', async () => {
    await writeFile(join(dir, KEY_FILE), '{"version":1,"boxPrivateKey":"AA"}');
    await expect(loadOrCreateKeys(dir)).rejects.toBeInstanceOf(KeyFileError);
  });

  it('signs the server card over its encoding with an empty signature', async () => {
    const keys = await loadOrCreateKeys(dir);
    const card = buildServerCard(keys, defaultConfig({ dataDir: dir }), 'http://127.0.0.1:1');
    expect(card.limits?.maxKeysPerPull).toBe(1000);
    expect(verifyServerCard(card, keys.signing.publicKey)).toBe(true);
    const tampered = decodeProto(meow.ServerCard, encodeProto(meow.ServerCard, card));
    tampered.name = 'evil';
    expect(verifyServerCard(tampered)).toBe(false);
    expect(verifyServerCard(card, keys.box.publicKey)).toBe(false);
  });
});
