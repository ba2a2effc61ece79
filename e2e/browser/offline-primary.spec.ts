/**
 * Spec 5: the desktop (Bob's primary) is stopped; the laptop writes to Bob and the message
 * waits as `pending_forward`; the desktop is started again (and unlocked), forwards it, and
 * Bob receives it.
 */
import { aliceWithLaptopAndBob } from '../fixtures/scenarios';
import { readmeScreenshot } from '../fixtures/screenshots';
import { expect, test } from '../fixtures/test';

test('the laptop writes while the desktop is down; Bob receives it after the restart', async ({
  browser,
  launchApps,
}) => {
  const { desktop, bob, laptop } = await aliceWithLaptopAndBob(browser, launchApps);
  await laptop.openChat('Bob');

  await desktop.stopHost();
  const text = 'Sent from the laptop while the desktop was off';
  const bubble = await laptop.send(text);
  await expect(bubble).toHaveAttribute('data-state', 'pending_forward');
  await expect(bubble.getByTestId('message-status')).toHaveAttribute(
    'data-state',
    'pending_forward',
  );
  await expect(bubble.getByTestId('pending-forward-note')).toHaveText(
    'Waiting for your other device Desktop to send it',
  );
  await readmeScreenshot(laptop.page, 'pending-forward');

  await desktop.startHost();
  await expect(desktop.tid('unlock-password')).toBeVisible();
  await desktop.unlock();

  await expect(bob.bubble(text)).toHaveAttribute('data-outbound', 'false');
  await expect(bubble.getByTestId('message-status')).toHaveAttribute(
    'data-state',
    /^(sent|delivered|read)$/,
  );
  await expect(bubble.getByTestId('pending-forward-note')).toHaveCount(0);
  await expect(laptop.conversationItem('Bob')).toContainText(`You: ${text}`);
  await desktop.openChat('Bob');
  await expect(desktop.bubble(text)).toHaveAttribute('data-outbound', 'true');
});
