/**
 * Issue 17: reading a conversation on one device clears it on the other. Bob writes to Alice,
 * whose desktop and laptop both show Bob's conversation unread (badge and page title); Alice
 * reads it on the laptop, and the desktop's badge and title clear without touching it.
 */
import type { App } from '../fixtures/app';
import { aliceWithLaptopAndBob } from '../fixtures/scenarios';
import { expect, test } from '../fixtures/test';

/**
 * Back to the conversation list, so nothing is open (an open conversation reads what it
 * shows). A wide window always shows a conversation beside the list: a narrow one (a phone-
 * sized window) shows one or the other, with a back button.
 */
async function closeConversation(app: App): Promise<void> {
  await app.page.setViewportSize({ width: 600, height: 760 });
  await app.nav('chats');
  const back = app.page.getByRole('button', { name: 'Back to conversations' });
  if (await back.isVisible()) await back.click();
  await expect(app.tid('conversation-title')).toHaveCount(0);
  await expect(app.conversationItem('Bob')).toBeVisible();
}

const badge = (app: App) => app.conversationItem('Bob').getByTestId('unread-badge');

test('reading on the laptop clears the unread badge and title on the desktop', async ({
  browser,
  launchApps,
}) => {
  test.setTimeout(120_000); // three apps and a pairing before the reading starts
  const { desktop, bob, laptop } = await aliceWithLaptopAndBob(browser, launchApps);
  await closeConversation(desktop);
  await closeConversation(laptop);

  await bob.openChat('Alice');
  await bob.send('Are you there?');
  const last = await bob.send('Call me when you read this');
  for (const alice of [desktop, laptop]) {
    await expect(badge(alice)).toHaveText('2');
    await expect(alice.page).toHaveTitle('(2) Meow');
  }

  await laptop.page.setViewportSize({ width: 1100, height: 760 });
  await laptop.openChat('Bob');
  await expect(laptop.bubble('Call me when you read this')).toBeVisible();
  await expect(badge(laptop)).toHaveCount(0);
  // The desktop was not touched: the laptop's reading reached it as a sync.
  await expect(badge(desktop)).toHaveCount(0);
  await expect(desktop.page).toHaveTitle('Meow');
  await expect(desktop.tid('conversation-title')).toHaveCount(0);
  // And Bob learns it was read (the desktop, his contact's primary, sent the receipt).
  await expect(last.getByTestId('message-status')).toHaveAttribute('data-state', 'read');
});
