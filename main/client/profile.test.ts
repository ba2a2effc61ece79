import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testkit/tmp';
import { AppError } from '../../core/errors';
import type { ServerRef } from './model';
import { Profile, profilePaths } from './profile';

const argon = { opsLimit: 1, memLimitBytes: 8 * 1024 * 1024 };
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function tempProfileDir(): Promise<string> {
  const tmp = await makeTempDir('meow-profile-');
  cleanups.push(() => tmp.cleanup());
  return tmp.path;
}

async function create(
  dir: string,
  nickname = 'Alice',
  password = 'correct horse',
): Promise<Profile> {
  const profile = await Profile.create(dir, { nickname, password, argon });
  cleanups.push(() => profile.close());
  return profile;
}

const server: ServerRef = {
  url: 'http://127.0.0.1:8787',
  publicKey: 'pk',
  signingKey: 'sk',
  name: 'home',
};

function expectCode(err: unknown, code: string): void {
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
}

describe('profile', () => {
  it('creates an identity, keeps profile and servers across lock/unlock', async () => {
    const dir = await tempProfileDir();
    const alice = await create(dir);
    await alice.updateProfile({ status: 'on holiday 🏖️' });
    await alice.addServer(server);
    await alice.close();
    cleanups.pop();

    const again = await Profile.unlock(dir, 'correct horse');
    cleanups.push(() => again.close());
    expect(again.profile.nickname).toBe('Alice');
    expect(again.profile.status).toBe('on holiday 🏖️');
    expect(again.servers.map((s) => s.url)).toEqual([server.url]);
    await again.removeServer(server.url);
    expect(again.servers).toEqual([]);
  });

  it('rejects a wrong password and leaves the identity file byte-identical', async () => {
    const dir = await tempProfileDir();
    const alice = await create(dir);
    await alice.close();
    cleanups.pop();
    const before = await readFile(profilePaths(dir).identity);
    const err = await Profile.unlock(dir, 'wrong password').catch((e: unknown) => e);
    expectCode(err, 'IDENTITY_BAD_PASSWORD');
    expect(Buffer.compare(await readFile(profilePaths(dir).identity), before)).toBe(0);
  });

  it('changes the password: the old one stops working, the new one unlocks', async () => {
    const dir = await tempProfileDir();
    const alice = await create(dir);
    await alice.changePassword('correct horse', 'battery staple');
    await alice.close();
    cleanups.pop();
    expectCode(
      await Profile.unlock(dir, 'correct horse').catch((e: unknown) => e),
      'IDENTITY_BAD_PASSWORD',
    );
    const again = await Profile.unlock(dir, 'battery staple');
    await again.close();
  });

  it('refuses to create over an existing identity, and rejects bad profile input', async () => {
    const dir = await tempProfileDir();
    const alice = await create(dir);
    expectCode(
      await Profile.create(dir, { nickname: 'X', password: 'long enough', argon }).catch(
        (e: unknown) => e,
      ),
      'IDENTITY_EXISTS',
    );
    expectCode(
      await alice.updateProfile({ nickname: '   ' }).catch((e: unknown) => e),
      'INVALID_ARGUMENT',
    );
    expectCode(
      await alice.updateProfile({ status: 'x'.repeat(141) }).catch((e: unknown) => e),
      'INVALID_ARGUMENT',
    );
    expectCode(
      await alice
        .updateProfile({ avatars: [{ id: 'a', dataUrl: 'javascript:alert(1)' }] })
        .catch((e: unknown) => e),
      'INVALID_ARGUMENT',
    );
    expectCode(
      await Profile.create(await tempProfileDir(), {
        nickname: 'B',
        password: 'short',
        argon,
      }).catch((e: unknown) => e),
      'INVALID_ARGUMENT',
    );
    expect(alice.profile.nickname).toBe('Alice');
  });

  it('runs two profiles side by side in separate folders', async () => {
    const a = await create(await tempProfileDir(), 'Alice');
    const b = await create(await tempProfileDir(), 'Bob');
    expect(a.data.deviceUid).not.toBe(b.data.deviceUid);
    expect(a.data.device.publicKey).not.toBe(b.data.device.publicKey);
    expect(a.profile.nickname).toBe('Alice');
    expect(b.profile.nickname).toBe('Bob');
  });

  it('stores no private key or nickname in plaintext on disk', async () => {
    const dir = await tempProfileDir();
    const alice = await create(dir, 'UniqueNicknameMarker');
    const secrets = [
      alice.data.device.privateKey,
      alice.data.rootKp.privateKey,
      alice.data.dbKey,
      'UniqueNicknameMarker',
    ];
    await alice.close();
    cleanups.pop();
    for (const file of await readdir(dir, { recursive: true })) {
      const bytes = await readFile(join(dir, file)).catch(() => undefined);
      if (!bytes) continue;
      for (const secret of secrets) expect(bytes.includes(secret)).toBe(false);
    }
  });
});
