import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../core/crypto';
import { createIdentityFile, openIdentityFile } from './identity-file';
import { codeOfAsync, FAST_KDF, TempDirs } from './testing/helpers';

interface Data {
  nickname: string;
  dbKey: string;
  peers: string[];
}

const DATA: Data = { nickname: 'Mia', dbKey: 'c2VjcmV0LWRiLWtleQ', peers: ['a', 'b'] };
const temp = new TempDirs();
afterEach(() => temp.cleanup());

async function fresh(password = 'correct horse', data: Data = DATA) {
  const path = join(await temp.make(), 'identity.json');
  const file = await createIdentityFile(path, password, data, FAST_KDF);
  return { path, file };
}

type Json = Record<string, unknown> & { kdf: Record<string, unknown> };

async function editJson(path: string, edit: (json: Json) => void): Promise<void> {
  const json = JSON.parse(await readFile(path, 'utf8')) as Json;
  edit(json);
  await writeFile(path, JSON.stringify(json));
}

describe('identity file', () => {
  it('creates, then opens with the password', async () => {
    const { path, file } = await fresh();
    expect(file.data).toEqual(DATA);
    const opened = await openIdentityFile<Data>(path, 'correct horse');
    expect(opened.data).toEqual(DATA);
    expect(opened.params).toEqual(FAST_KDF);
    const json = JSON.parse(await readFile(path, 'utf8')) as Json;
    expect(Object.keys(json).sort()).toEqual(['check', 'ciphertext', 'kdf', 'nonce', 'v']);
    expect(json.kdf).toMatchObject({ alg: 'argon2id13', ops: 1, mem: 8 * 1024 * 1024 });
    expect(await readFile(path, 'utf8')).not.toContain('Mia');
  });

  it('is readable by its owner only', async () => {
    if (process.platform === 'win32') return;
    const { path } = await fresh();
    expect((await stat(path)).mode & 0o077).toBe(0);
  });

  it('refuses to create over an existing identity', async () => {
    const { path } = await fresh();
    const before = await readFile(path);
    const again = createIdentityFile(path, 'other', DATA, FAST_KDF);
    expect(await codeOfAsync(again)).toBe('IDENTITY_EXISTS');
    expect(await readFile(path)).toEqual(before);
  });

  it('reports a missing file', async () => {
    const path = join(await temp.make(), 'none.json');
    expect(await codeOfAsync(openIdentityFile(path, 'x'))).toBe('IDENTITY_NOT_FOUND');
  });

  it('rejects a wrong password and leaves the file byte-identical', async () => {
    const { path } = await fresh();
    const before = await readFile(path);
    const mtime = (await stat(path)).mtimeMs;
    expect(await codeOfAsync(openIdentityFile(path, 'wrong'))).toBe('IDENTITY_BAD_PASSWORD');
    expect(await readFile(path)).toEqual(before);
    expect((await stat(path)).mtimeMs).toBe(mtime);
  });

  it('accepts the password in another Unicode normal form', async () => {
    const { path } = await fresh('caf\u00e9');
    const opened = await openIdentityFile<Data>(path, 'cafe\u0301');
    expect(opened.data).toEqual(DATA);
  });

  it('reports a tampered ciphertext as corrupt (not as a wrong password)', async () => {
    const { path } = await fresh();
    await editJson(path, (json) => {
      const ct = fromBase64Url(json.ciphertext as string);
      ct[5] = (ct[5] ?? 0) ^ 1;
      json.ciphertext = toBase64Url(ct);
    });
    expect(await codeOfAsync(openIdentityFile(path, 'correct horse'))).toBe('IDENTITY_CORRUPT');
  });

  it.each<[string, (json: Json) => void]>([
    ['a truncated nonce', (j) => (j.nonce = 'AAAA')],
    ['an unknown version', (j) => (j.v = 2)],
    ['an unknown kdf', (j) => (j.kdf.alg = 'scrypt')],
    ['an absurd memory cost', (j) => (j.kdf.mem = 2 ** 40)],
    ['a missing check', (j) => delete j.check],
  ])('reports %s as corrupt', async (_name, edit) => {
    const { path } = await fresh();
    await editJson(path, edit);
    expect(await codeOfAsync(openIdentityFile(path, 'correct horse'))).toBe('IDENTITY_CORRUPT');
  });

  it('reports a file that is not JSON as corrupt', async () => {
    const { path } = await fresh();
    await writeFile(path, '{"v":1,');
    expect(await codeOfAsync(openIdentityFile(path, 'correct horse'))).toBe('IDENTITY_CORRUPT');
  });

  it('binds the header: a lowered cost does not open the file', async () => {
    const { path } = await fresh();
    await editJson(path, (json) => (json.kdf.ops = 2));
    // A different cost derives a different key: indistinguishable from a wrong password.
    expect(await codeOfAsync(openIdentityFile(path, 'correct horse'))).toBe(
      'IDENTITY_BAD_PASSWORD',
    );
  });

  it('saves atomically and leaves no temp file', async () => {
    const { path, file } = await fresh();
    const next = { ...DATA, nickname: 'Mia II' };
    await file.save(next);
    expect(file.data).toEqual(next);
    expect((await openIdentityFile<Data>(path, 'correct horse')).data).toEqual(next);
    expect(await readdir(join(path, '..'))).toEqual(['identity.json']);
  });

  it('applies concurrent saves in call order', async () => {
    const { path, file } = await fresh();
    const saves = ['a', 'b', 'c'].map((n) => file.save({ ...DATA, nickname: n }));
    await Promise.all(saves);
    expect((await openIdentityFile<Data>(path, 'correct horse')).data.nickname).toBe('c');
  });

  it('survives a save interrupted before its rename (leftover temp files)', async () => {
    const { path } = await fresh();
    // What a crash leaves: a torn temp file and a complete one that was never renamed.
    await writeFile(`${path}.tmp-0011223344556677`, '{"v":1,"kdf":');
    const other = await fresh('correct horse', { ...DATA, nickname: 'never renamed' });
    await writeFile(`${path}.tmp-8899aabbccddeeff`, await readFile(other.path));
    const opened = await openIdentityFile<Data>(path, 'correct horse');
    expect(opened.data).toEqual(DATA);
    expect(await readdir(join(path, '..'))).toEqual(['identity.json']);
  });

  it('changes the password with a fresh salt', async () => {
    const { path, file } = await fresh();
    const saltBefore = (JSON.parse(await readFile(path, 'utf8')) as Json).kdf.salt;
    await file.changePassword('correct horse', 'battery staple');
    const saltAfter = (JSON.parse(await readFile(path, 'utf8')) as Json).kdf.salt;
    expect(saltAfter).not.toBe(saltBefore);
    expect(await codeOfAsync(openIdentityFile(path, 'correct horse'))).toBe(
      'IDENTITY_BAD_PASSWORD',
    );
    expect((await openIdentityFile<Data>(path, 'battery staple')).data).toEqual(DATA);
    // Later saves use the new key.
    await file.save({ ...DATA, nickname: 'after' });
    expect((await openIdentityFile<Data>(path, 'battery staple')).data.nickname).toBe('after');
  });

  it('refuses a password change with the wrong old password and touches nothing', async () => {
    const { path, file } = await fresh();
    const before = await readFile(path);
    const change = file.changePassword('nope', 'battery staple');
    expect(await codeOfAsync(change)).toBe('IDENTITY_BAD_PASSWORD');
    expect(await readFile(path)).toEqual(before);
    await file.save({ ...DATA, nickname: 'still works' });
    expect((await openIdentityFile<Data>(path, 'correct horse')).data.nickname).toBe('still works');
  });

  it('refuses data that is not JSON and keeps the old data', async () => {
    const { path, file } = await fresh();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await codeOfAsync(file.save(cyclic as unknown as Data))).toBe('INVALID_ARGUMENT');
    expect((await openIdentityFile<Data>(path, 'correct horse')).data).toEqual(DATA);
  });

  it('forgets the key on close', async () => {
    const { file } = await fresh();
    await file.close();
    expect(await codeOfAsync(file.save(DATA))).toBe('STORAGE_CLOSED');
  });
});
