/**
 * Issue 15: a relay people can reach from the first run, with no server anywhere. Three
 * browser hosts started without `--relay` and without the launcher's automatic relay
 * (`--no-relay`):
 * - Alice's desktop: onboarding asks for a relay; she hosts one on the local network. It
 *   announces this machine's network address (not loopback), and survives a host restart
 *   at the same address with the same fingerprint.
 * - Alice's laptop joins as a new device through that address (the pairing code carries it).
 * - Bob uses "a relay address" with the fingerprint the desktop shows, and a wrong fingerprint
 *   first, which is refused.
 * Then the laptop and Bob chat through the desktop's relay.
 */
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { App, PASSWORD } from '../fixtures/app';
import { pairThroughQr } from '../fixtures/scenarios';

const UNLOCK_TIMEOUT_MS = 20_000;

async function createIdentityWithoutRelay(app: App, nickname: string): Promise<void> {
  await app.tid('mode-create').click();
  await app.tid('create-nickname').fill(nickname);
  await app.tid('create-password').fill(PASSWORD);
  await app.tid('create-password-repeat').fill(PASSWORD);
  await app.tid('create-submit').click();
  await expect(app.tid('relay-choice-submit')).toBeVisible({ timeout: UNLOCK_TIMEOUT_MS });
}

async function hostedRelay(app: App): Promise<{ url: string; fingerprint: string }> {
  await app.nav('settings');
  await expect(app.tid('hosted-relay-scope')).toHaveText('this computer and the local network');
  const url = (await app.tid('hosted-relay-url').innerText()).trim();
  const fingerprint = (await app.tid('hosted-relay-fingerprint').innerText()).trim();
  return { url, fingerprint };
}

test('a relay hosted on the local network: onboarding, pairing and chat through it', async ({
  browser,
  workDir,
}) => {
  test.setTimeout(120_000);
  const apps: App[] = [];
  const launch = async (name: string): Promise<App> => {
    const app = await App.launch(browser, {
      name,
      profileDir: join(workDir.path, name),
      relayUrl: null,
    });
    apps.push(app);
    return app;
  };
  try {
    const [desktop, laptop, bob] = await Promise.all([
      launch('alice-desktop'),
      launch('alice-laptop'),
      launch('bob'),
    ]);

    await test.step('the desktop hosts a relay for the local network', async () => {
      await createIdentityWithoutRelay(desktop, 'Alice');
      // A reload in the middle of onboarding asks again (nothing chosen yet).
      await desktop.open();
      await desktop.tid('relay-mode-host').click();
      await desktop.tid('relay-scope-local-network').check();
      await desktop.tid('relay-choice-submit').click();
      await expect(desktop.tid('conversation-list')).toBeVisible();
    });
    const relay = await hostedRelay(desktop);
    expect(relay.url).toMatch(/^http:\/\//);
    expect(relay.url).not.toMatch(/127\.0\.0\.1|localhost|\[::1\]/);
    await expect(desktop.tid('server-row').filter({ hasText: relay.url })).toBeVisible();

    await test.step('the desktop restarts: same address, same fingerprint', async () => {
      await desktop.stopHost();
      await desktop.startHost();
      await desktop.unlock();
      expect(await hostedRelay(desktop)).toEqual(relay);
    });

    await test.step('Bob chooses the relay by address and fingerprint', async () => {
      await createIdentityWithoutRelay(bob, 'Bob');
      await bob.tid('relay-choice-url').fill(relay.url);
      await bob.tid('relay-choice-fingerprint').fill('0000 0000 0000 0000');
      await bob.tid('relay-choice-submit').click();
      await expect(bob.tid('relay-choice-error')).toContainText(relay.fingerprint);
      await bob.tid('relay-choice-fingerprint').fill(relay.fingerprint);
      await bob.tid('relay-choice-submit').click();
      await expect(bob.tid('conversation-list')).toBeVisible();
    });

    await test.step('the laptop joins through the network address', async () => {
      await laptop.startJoin('Laptop');
      await pairThroughQr(browser, desktop, laptop);
      await laptop.nav('settings');
      await expect(laptop.tid('server-row').filter({ hasText: relay.url })).toBeVisible();
    });

    await test.step('the laptop and Bob chat through the desktop’s relay', async () => {
      const invitation = await desktop.inviteByShortcode('Bob');
      await bob.submitShortcode(invitation, relay.url);
      await expect(bob.tid('conversation-title')).toHaveText('Alice');
      await laptop.waitConnected('Bob');
      await laptop.openChat('Bob');
      await laptop.send('Hi Bob, from the laptop');
      await expect(bob.bubble('Hi Bob, from the laptop')).toBeVisible();
      await bob.send('Hello laptop');
      await expect(laptop.bubble('Hello laptop')).toBeVisible();
    });
  } finally {
    await Promise.all(apps.map((app) => app.close()));
  }
});
