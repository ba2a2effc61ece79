import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from '../../core/crypto';
import { meow } from '../../proto';
import type { RunningRelay } from '../relay';
import { CLIENT_INVITATION_OPS, SHORTCODE_ALPHABET, SHORTCODE_ATTEMPTS } from './invitations';
import { RelayTestClient } from './testing/client';
import { removeDir, startTestRelay, tempDir } from './testing/relays';

const { CREATE, GET, DELETE } = meow.InvitationRequest.Op;
const MINUTE = 60_000;

/** Shortcode invitations on the embedded store, with an injected clock instead of sleeps. */
describe('relay invitations', () => {
  let dir = '';
  let relay: RunningRelay;
  let clock = Date.UTC(2030, 0, 1);
  const newClient = () => RelayTestClient.connect(relay.url);

  beforeAll(async () => {
    dir = await tempDir();
    relay = await startTestRelay({
      dataDir: dir,
      now: () => clock,
      limits: { invitationMinExpiryMs: MINUTE, invitationMaxExpiryMs: 60 * MINUTE },
    });
  });
  afterAll(async () => {
    await relay.close();
    await removeDir(dir);
  });

  async function create(client: RelayTestClient, invitation: meow.IInvitation) {
    const { reply } = await client.send({ invitation: { op: CREATE, invitation } });
    const created = reply.invitation;
    if (!created?.ok || !created.invitation)
      throw new Error(`create failed: ${created?.errorCode}`);
    return meow.Invitation.create(created.invitation);
  }

  async function get(client: RelayTestClient, shortcode: string, password: string) {
    return client.send({ invitation: { op: GET, invitation: { shortcode, password } } });
  }

  it('stores under a server-chosen shortcode and returns it only for the right password', async () => {
    const client = await newClient();
    const payload = randomBytes(500);
    const made = await create(client, { payload, password: 'hunter22', timeout: 300 });
    expect(made.shortcode).toMatch(new RegExp(`^[${SHORTCODE_ALPHABET}]{8}$`));
    expect(made.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.expiry).toBe(clock + 300_000);
    expect(made.password).toBe('');
    expect(made.payload).toHaveLength(0);

    const right = await get(
      client,
      made.shortcode.toLowerCase().replace(/(....)/, '$1-'),
      'hunter22',
    );
    expect(right.reply.invitation?.ok).toBe(true);
    expect(right.reply.invitation?.invitation?.payload).toEqual(payload);
    expect(right.reply.invitation?.invitation?.uuid).toBe(made.uuid);

    for (const [shortcode, password] of [
      [made.shortcode, 'hunter2'],
      [made.shortcode, ''],
      ['ZZZZZZZZ', 'hunter22'],
      ['not a code!', 'hunter22'],
    ] as const) {
      const denied = await get(client, shortcode, password);
      expect(denied.status).toBe(200);
      expect(denied.reply.invitation).toMatchObject({ ok: false, errorCode: 'INVITATION_DENIED' });
    }
  });

  it('clamps the shortcode length and the lifetime to the relay range', async () => {
    const client = await newClient();
    const short = await create(client, { payload: randomBytes(8), shortcodeLen: 2, timeout: 1 });
    expect(short.shortcode).toHaveLength(6);
    expect(short.expiry).toBe(clock + MINUTE);
    const long = await create(client, {
      payload: randomBytes(8),
      shortcodeLen: 40,
      timeout: 10 ** 6,
    });
    expect(long.shortcode).toHaveLength(16);
    expect(long.expiry).toBe(clock + 60 * MINUTE);
    const bad = await client.send({ invitation: { op: CREATE, invitation: {} } });
    expect(bad.reply.invitation).toMatchObject({ ok: false, errorCode: 'BAD_INVITATION' });
    const noOp = await client.send({ invitation: { invitation: { shortcode: 'ABCDEF' } } });
    expect(noOp.reply.invitation).toMatchObject({ ok: false, errorCode: 'BAD_OPERATION' });
  });

  it('never returns an expired invitation', async () => {
    const client = await newClient();
    const made = await create(client, { payload: randomBytes(8), password: 'pw', timeout: 120 });
    clock += 119_999;
    expect((await get(client, made.shortcode, 'pw')).reply.invitation?.ok).toBe(true);
    clock += 1;
    const expired = await get(client, made.shortcode, 'pw');
    expect(expired.reply.invitation).toMatchObject({ ok: false, errorCode: 'INVITATION_DENIED' });
  });

  it('throttles guessing: after the attempt limit even the right password is RATE_LIMITED', async () => {
    const owner = await newClient();
    const made = await create(owner, { payload: randomBytes(8), password: 'correct horse' });
    // Each guess from a fresh client key: the per-shortcode limit must hold on its own.
    for (let i = 0; i < SHORTCODE_ATTEMPTS.limit; i++) {
      const guess = await get(await newClient(), made.shortcode, `guess ${i}`);
      expect(guess.reply.invitation?.errorCode).toBe('INVITATION_DENIED');
    }
    const locked = await get(owner, made.shortcode, 'correct horse');
    expect(locked.status).toBe(429);
    expect(locked.reply.error?.code).toBe('RATE_LIMITED');
    expect(locked.reply.error?.retryAfterMs).toBeGreaterThan(0);
    expect(locked.reply.error?.retryAfterMs).toBeLessThanOrEqual(SHORTCODE_ATTEMPTS.windowMs);

    clock += locked.reply.error?.retryAfterMs ?? 0;
    expect((await get(owner, made.shortcode, 'correct horse')).reply.invitation?.ok).toBe(true);
  });

  it('limits invitation requests per client key', async () => {
    clock += CLIENT_INVITATION_OPS.windowMs - (clock % CLIENT_INVITATION_OPS.windowMs);
    const client = await newClient();
    for (let i = 0; i < CLIENT_INVITATION_OPS.limit; i++) {
      expect((await get(client, `ABCDE${SHORTCODE_ALPHABET[i % 31]}`, 'x')).status).toBe(200);
    }
    const limited = await get(client, 'ABCDEFG', 'x');
    expect([limited.status, limited.reply.error?.code]).toEqual([429, 'RATE_LIMITED']);
  });

  it('deletes only with the delete token', async () => {
    const client = await newClient();
    const deleteToken = randomBytes(32);
    const made = await create(client, { payload: randomBytes(8), password: 'pw', deleteToken });
    const del = (token: Uint8Array) =>
      client.send({
        invitation: { op: DELETE, invitation: { shortcode: made.shortcode, deleteToken: token } },
      });
    expect((await del(randomBytes(32))).reply.invitation?.errorCode).toBe('INVITATION_DENIED');
    expect((await del(new Uint8Array(0))).reply.invitation?.errorCode).toBe('INVITATION_DENIED');
    expect((await del(deleteToken)).reply.invitation?.ok).toBe(true);
    expect((await get(client, made.shortcode, 'pw')).reply.invitation?.errorCode).toBe(
      'INVITATION_DENIED',
    );
  });
});
