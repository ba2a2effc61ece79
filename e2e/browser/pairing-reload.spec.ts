/**
 * A pairing waiting for its code survives reloads and restarts: both windows are reloaded, and
 * both hosts restarted, after the codes appeared and before anyone confirmed. The existing device's Devices screen rebuilds the
 * confirmation from the engine (same code); the new device says what it waits for instead of
 * looking like an empty account; confirming there finishes the pairing.
 */
import { showPairingCodes } from '../fixtures/scenarios';
import { expect, test } from '../fixtures/test';

test('a pairing survives reloading both windows and restarting both hosts before the confirmation', async ({
  browser,
  launchApps,
}) => {
  const [desktop, laptop] = await launchApps('alice-desktop', 'alice-laptop');
  if (!desktop || !laptop) throw new Error('two apps were launched');
  await Promise.all([desktop.createIdentity('Alice'), laptop.startJoin('Laptop')]);
  const { code } = await showPairingCodes(browser, desktop, laptop);

  await Promise.all([desktop.page.reload(), laptop.page.reload()]);
  await expect(laptop.tid('awaiting-confirmation')).toContainText('Desktop');
  for (const app of [desktop, laptop]) {
    await app.stopHost();
    await app.startHost();
    await app.unlock();
  }

  // The new device: not an empty account, but a pairing waiting on the desktop, same code.
  await expect(laptop.tid('awaiting-confirmation')).toContainText('Desktop');
  await expect(laptop.tid('awaiting-code')).toHaveText(code);
  // The existing device: the confirmation is back on its Devices screen.
  await desktop.nav('devices');
  const row = desktop.tid('device-row').filter({ hasText: 'Laptop' });
  await expect(row.getByTestId('device-code')).toHaveText(code);
  await row.getByTestId('device-confirm').click();
  await expect(row.getByTestId('device-step')).toHaveAttribute('data-step', 'finalized');

  // Paired: the notice goes and Alice's profile arrives.
  await expect(laptop.tid('awaiting-confirmation')).toHaveCount(0);
  await expect(laptop.page.locator('.rail-me')).toHaveAttribute('title', 'Alice');
});
