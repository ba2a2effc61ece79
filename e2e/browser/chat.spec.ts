/**
 * Spec 2: Alice invites Bob by short code + password; they chat both ways; every status
 * reaches "read" in both windows. The relay runs on a real redis-server here.
 */
import { readmeScreenshot } from '../fixtures/screenshots';
import { expect, test } from '../fixtures/test';

test.use({ relayOptions: { redis: true } });

test('invite by shortcode + password, chat both ways, statuses reach read', async ({
  launchApps,
  relay,
}) => {
  expect(relay.storeLabel).toMatch(/^redis /);
  const [alice, bob] = await launchApps('alice', 'bob');
  if (!alice || !bob) throw new Error('no apps');
  await Promise.all([alice.createIdentity('Alice'), bob.createIdentity('Bob')]);

  const invitation = await alice.inviteByShortcode('Bob');
  await expect(alice.tid('invitation-expiry')).toHaveText(/^Expires in (1:00:00|59:\d\d)$/);
  await bob.submitShortcode(invitation);
  // Accepting opens the conversation with the inviter, named after her profile.
  await expect(bob.tid('conversation-title')).toHaveText('Alice');
  await alice.waitConnected('Bob');
  await alice.openChat('Bob');

  const conversation: [typeof alice, string][] = [
    [alice, 'Hi Bob! Did the invitation work?'],
    [bob, 'It did — hello Alice!'],
    [alice, 'Lunch on Friday?'],
    [bob, 'Sure, 12:30 at the usual place.'],
  ];
  for (const [from, text] of conversation) {
    const to = from === alice ? bob : alice;
    const bubble = await from.send(text);
    await expect(to.bubble(text)).toHaveAttribute('data-outbound', 'false');
    // The reader has the conversation open: "read" comes back to the writer.
    await expect(bubble.getByTestId('message-status')).toHaveAttribute('data-state', 'read');
  }

  // Both windows, every outbound message: read.
  for (const app of [alice, bob]) {
    await expect(app.tid('message')).toHaveCount(conversation.length);
    const statuses = app.tid('message').getByTestId('message-status');
    await expect(statuses).toHaveCount(conversation.length / 2);
    for (const status of await statuses.all()) {
      await expect(status).toHaveAttribute('data-state', 'read');
    }
  }
  await expect(alice.conversationItem('Bob')).toContainText('Sure, 12:30 at the usual place.');
  await expect(alice.conversationItem('Bob').getByTestId('unread-badge')).toHaveCount(0);
  await readmeScreenshot(alice.page, 'conversation');
});
