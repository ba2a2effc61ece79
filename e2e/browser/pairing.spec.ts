/**
 * Spec 3: QR device pairing through pixels. Alice-desktop shows the pairing QR; the test
 * photographs it (a screenshot), decodes it with jsQR and gives the picture to Alice-laptop's
 * join screen; both show the same code; after confirming, the laptop has Bob and, once it
 * asks for it (history is opt-in), the history.
 */
import { aliceWithLaptopAndBob } from '../fixtures/scenarios';
import { readmeScreenshot } from '../fixtures/screenshots';
import { expect, test } from '../fixtures/test';

test('QR pairing through pixels brings Bob and the history to the laptop', async ({
  browser,
  launchApps,
}) => {
  // The desktop has a HiDPI screen: a 1x screenshot of the QR is not readable (see below).
  const { desktop, laptop } = await aliceWithLaptopAndBob(browser, launchApps, {
    onConfirming: (existing) => readmeScreenshot(existing.page, 'pairing'),
  });

  // The laptop received the profile and the contact…
  await expect(laptop.conversationItem('Bob')).toBeVisible();
  await expect(laptop.page.locator('.rail-me')).toHaveAttribute('title', 'Alice');
  await laptop.openChat('Bob');
  await expect(laptop.tid('primary-device-note')).toContainText('Desktop');
  // …and the history on request, from the desktop's row on the Devices screen.
  await laptop.nav('devices');
  const row = laptop.tid('device-row').filter({ hasText: 'Desktop' });
  await expect(row.getByTestId('device-step')).toHaveAttribute('data-step', 'finalized');
  await row.getByRole('button', { name: 'Request history from Desktop' }).click();
  await expect(row.getByTestId('history-progress')).toHaveAttribute('data-done', 'true');
  await expect(row.getByTestId('history-progress')).toContainText('2 messages');
  await laptop.openChat('Bob');
  await expect(laptop.bubble('Hi Bob, this is my desktop')).toHaveAttribute(
    'data-outbound',
    'true',
  );
  await expect(laptop.bubble('Hello Alice!')).toHaveAttribute('data-outbound', 'false');
  await expect(laptop.tid('message')).toHaveCount(2);
  // The desktop lists the laptop as paired.
  await desktop.nav('devices');
  await expect(
    desktop.tid('device-row').filter({ hasText: 'Laptop' }).getByTestId('device-step'),
  ).toHaveAttribute('data-step', 'finalized');
});
