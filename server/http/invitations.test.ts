import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from '../../core/crypto';
import { meow } from '../../proto';
import { defaultConfig } from '../config';
import type { RunningRelay } from '../relay';
import { SHORTCODE_ALPHABET, SHORTCODE_WINDOW_MS } from './invitations';
import { RelayTestClient } from './testing/client';
import { removeDir, startTestRelay, tempDir } from './testing/relays';

const { CREATE, GET, DELETE } = meow.InvitationRequest.Op;
const MINUTE = 60_000;
const DEFAULTS = defaultConfig().limits;
let lastOctet = 0;
/** A distinct client address per call (the relay trusts X-Forwarded-For here). */
const nextAddress = (): string => `198.51.100.${(lastOctet = (lastOctet % 250) + 1)}`;

/**
 * Shortcode invitations on the embedded store, with an injected clock instead of sleeps. The
 * relay trusts X-Forwarded-For, so each client can come from its own address.
 */
describe('relay invitations', () => {
  let dir = '';
  let relay: RunningRelay;
  let clock = Date.UTC(2030, 0, 1);
  const newClient = (address = nextAddress()) =>
    RelayTestClient.connect(relay.url, undefined, {
      now: () => clock,
      headers: { 'x-forwarded-for': `203.0.113.9, ${address}` },
    });

  beforeAll(async () => {
    dir = await tempDir();
    relay = await startTestRelay({
      dataDir: dir,
      now: () => clock,
      trustProxy: true,
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

  /** Moves the clock to the start of the next window of `windowMs`. */
  function nextWindow(windowMs: number): void {
    clock += windowMs - (clock % windowMs);
  }

  it('throttles a guesser per address, and never locks the right password out elsewhere', async () => {
    nextWindow(SHORTCODE_WINDOW_MS);
    const owner = await newClient();
    const made = await create(owner, { payload: randomBytes(8), password: 'correct horse' });
    const guesser = await newClient();
    for (let i = 0; i < DEFAULTS.shortcodeAttemptsPerAddress; i++) {
      const guess = await get(guesser, made.shortcode, `guess ${i}`);
      expect(guess.reply.invitation?.errorCode).toBe('INVITATION_DENIED');
    }
    const locked = await get(guesser, made.shortcode, 'correct horse');
    expect([locked.status, locked.reply.error?.code]).toEqual([429, 'RATE_LIMITED']);
    const retryMs = locked.reply.error?.retryAfterMs ?? 0;
    expect(retryMs).toBeGreaterThan(0);
    expect(retryMs).toBeLessThanOrEqual(SHORTCODE_WINDOW_MS);
    expect(locked.headers['retry-after']).toBe(String(Math.ceil(retryMs / 1000)));

    // The recipient, from its own address, is not affected by the guesses.
    const recipient = await newClient();
    expect((await get(recipient, made.shortcode, 'correct horse')).reply.invitation?.ok).toBe(true);
    clock += retryMs;
    expect((await get(guesser, made.shortcode, 'correct horse')).reply.invitation?.ok).toBe(true);
  });

  it('limits failed lookups per address over many shortcodes', async () => {
    nextWindow(SHORTCODE_WINDOW_MS);
    const owner = await newClient();
    const made = await create(owner, { payload: randomBytes(8), password: 'pw' });
    const spray = await newClient();
    for (let i = 0; i < DEFAULTS.shortcodeFailuresPerAddress; i++) {
      // Stay under the per-minute operation limit while staying inside the 10-minute window.
      if (i > 0 && i % (DEFAULTS.invitationOpsPerMinute - 1) === 0) clock += MINUTE;
      const code = `${SHORTCODE_ALPHABET.slice(i % 20, (i % 20) + 6)}${SHORTCODE_ALPHABET[i % 31]}`;
      expect((await get(spray, code, 'x')).reply.invitation?.errorCode).toBe('INVITATION_DENIED');
    }
    clock += MINUTE;
    const blocked = await get(spray, made.shortcode, 'pw');
    expect([blocked.status, blocked.reply.error?.code]).toEqual([429, 'RATE_LIMITED']);
    expect((await get(await newClient(), made.shortcode, 'pw')).reply.invitation?.ok).toBe(true);
  });

  it('limits invitation requests per address, not per client key', async () => {
    nextWindow(MINUTE);
    const address = nextAddress();
    for (let i = 0; i < DEFAULTS.invitationOpsPerMinute; i++) {
      // A fresh key for every request, as the app sends them: the address is what counts.
      const client = await newClient(address);
      expect((await get(client, `ABCDE${SHORTCODE_ALPHABET[i % 31]}`, 'x')).status).toBe(200);
    }
    const limited = await get(await newClient(address), 'ABCDEFG', 'x');
    expect([limited.status, limited.reply.error?.code]).toEqual([429, 'RATE_LIMITED']);
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await get(await newClient(), 'ABCDEFG', 'x')).status).toBe(200);
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
