/**
 * Pairing by typed short code: next to its QR, the existing device shows a short code, its
 * password and the relay, with the pairing's deadline; the new device types them instead of
 * scanning. A wrong password gets a sentence and changes nothing; with the right one both
 * screens show the same confirmation code, and confirming pairs them. A rejected pairing
 * brings the new device back to its join screen, saying why.
 */
import type { App } from '../fixtures/app';
import { expect, test } from '../fixtures/test';

interface TypedOffer {
  readonly shortcode: string;
  readonly password: string;
  readonly serverUrl: string;
}

/** Devices → Pair a new device on `desktop`; what it shows to type on the new device. */
async function offerTypedCode(desktop: App): Promise<TypedOffer> {
  await desktop.nav('devices');
  await desktop.page.getByLabel('Name of this device (shown on the new one)').fill('Desktop');
  await desktop.tid('pair-start').click();
  await expect(desktop.tid('pairing-waiting')).toBeVisible();
  await expect(desktop.tid('pairing-expiry')).toHaveText(/^Expires in (10:00|9:\d\d)$/);
  const text = async (testId: string) => (await desktop.tid(testId).innerText()).trim();
  const offer = {
    shortcode: await text('pairing-shortcode'),
    password: await text('pairing-password'),
    serverUrl: await text('pairing-server'),
  };
  expect(offer.shortcode).toMatch(/^[2-9A-Z]{8}$/);
  expect(offer.password).toMatch(/^([0-9A-Z]{4}-){3}[0-9A-Z]{4}$/);
  return offer;
}

/** On the new device's join screen: "Type a code", fill it in, Join. */
async function typeCode(laptop: App, offer: TypedOffer): Promise<void> {
  await laptop.tid('join-mode-shortcode').click();
  await laptop.tid('join-shortcode').fill(offer.shortcode);
  await laptop.tid('join-shortcode-password').fill(offer.password);
  await laptop.tid('join-shortcode-server').fill(offer.serverUrl);
  await laptop.tid('join-shortcode-submit').click();
}

/** Both screens show the same confirmation code, each with its deadline. */
async function sameCodes(desktop: App, laptop: App): Promise<void> {
  const joinCode = laptop.tid('join-waiting').getByTestId('pairing-code');
  const confirmCode = desktop.tid('pairing-confirming').getByTestId('pairing-code');
  await expect(joinCode).toHaveText(/^\d{3} ?\d{3}$/);
  await expect(confirmCode).toHaveText(await joinCode.innerText());
  await expect(desktop.tid('pairing-confirming')).toContainText('Laptop');
  await expect(laptop.tid('join-expiry')).toHaveText(/^Expires in \d+:\d\d$/);
  await expect(desktop.tid('pairing-expiry')).toHaveText(/^Expires in \d+:\d\d$/);
}

test('a new device pairs by typing the short code and password', async ({ launchApps }) => {
  const [desktop, laptop] = await launchApps('alice-desktop', 'alice-laptop');
  if (!desktop || !laptop) throw new Error('two apps were launched');
  await Promise.all([desktop.createIdentity('Alice'), laptop.startJoin('Laptop')]);
  const offer = await offerTypedCode(desktop);

  // A wrong password: a sentence, and the laptop is still on its join screen, nothing joined.
  await typeCode(laptop, { ...offer, password: 'ABCD-EFGH-JKMN-PQRS' });
  await expect(laptop.tid('join-error')).toHaveText(
    /^That code has expired, or the code or its password is wrong/,
  );
  await expect(desktop.tid('pairing-waiting')).toBeVisible();

  // The right one, typed as people do (lower case).
  await laptop.tid('join-shortcode-password').fill(offer.password.toLowerCase());
  await laptop.tid('join-shortcode-submit').click();
  await sameCodes(desktop, laptop);
  await desktop.tid('pairing-confirm').click();
  await expect(desktop.tid('pairing-paired')).toBeVisible();
  await expect(laptop.tid('pairing-paired')).toBeVisible();
  await laptop.page.getByRole('button', { name: 'Continue' }).click();
  await expect(laptop.tid('conversation-list')).toBeVisible();
  await expect(laptop.page.locator('.rail-me')).toHaveAttribute('title', 'Alice');
  await desktop.tid('pairing-paired').getByRole('button', { name: 'Done' }).click();
  const row = desktop.tid('device-row').filter({ hasText: 'Laptop' });
  await expect(row.getByTestId('device-step')).toHaveAttribute('data-step', 'finalized');
});

test('a rejected pairing brings the new device back to its join screen', async ({ launchApps }) => {
  const [desktop, laptop] = await launchApps('alice-desktop', 'alice-laptop');
  if (!desktop || !laptop) throw new Error('two apps were launched');
  await Promise.all([desktop.createIdentity('Alice'), laptop.startJoin('Laptop')]);
  await typeCode(laptop, await offerTypedCode(desktop));
  await sameCodes(desktop, laptop);

  await desktop.tid('pairing-reject').click();
  await expect(desktop.tid('pairing-rejected')).toBeVisible();
  await expect(laptop.tid('join-ended')).toHaveText(/rejected this pairing/);
  await expect(laptop.tid('join-shortcode')).toBeVisible(); // as it was used: type again
  await expect(laptop.tid('conversation-list')).toHaveCount(0);
  await desktop.page.reload();
  await desktop.nav('devices');
  await expect(desktop.tid('device-row')).toHaveCount(0);
});
