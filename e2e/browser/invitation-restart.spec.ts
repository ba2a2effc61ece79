/**
 * An invitation and messages in flight survive what users do to their apps: Alice reloads her
 * window and quits while her invitation waits; Bob accepts it while she is away and reloads;
 * she comes back and they are connected. Then Bob's host is killed (SIGKILL) right after he
 * wrote three messages: after his restart they reach Alice, each once, in order.
 */
import { expect, test } from '../fixtures/test';

test('an invitation answered while the inviter is away, and messages written just before a crash', async ({
  launchApps,
}) => {
  const [alice, bob] = await launchApps('alice', 'bob');
  if (!alice || !bob) throw new Error('two apps were launched');
  await Promise.all([alice.createIdentity('Alice'), bob.createIdentity('Bob')]);

  const invitation = await alice.inviteByShortcode('Bob');
  await alice.page.reload();
  // The host is still unlocked: the page comes back to the list, the invitation waiting in it.
  await alice.nav('chats');
  await expect(alice.conversationItem('Bob')).toContainText(/Invitation sent|Connecting…/);
  await alice.stopHost();

  await bob.submitShortcode(invitation);
  await expect(bob.tid('conversation-title')).toHaveText('Alice');
  await bob.page.reload();
  await bob.nav('chats');
  await expect(bob.conversationItem('Alice')).toBeVisible();

  await alice.startHost();
  await alice.unlock();
  await alice.waitConnected('Bob');

  await bob.openChat('Alice');
  const texts = ['one before the crash', 'two before the crash', 'three before the crash'];
  for (const text of texts) await bob.send(text);
  await bob.host.kill();
  await bob.startHost();
  await bob.unlock();

  await alice.openChat('Bob');
  for (const text of texts) await expect(alice.bubble(text)).toHaveCount(1);
  await expect(alice.tid('message')).toHaveText(texts.map((t) => new RegExp(t)));
  await bob.openChat('Alice');
  for (const text of texts) {
    await expect(bob.bubble(text).getByTestId('message-status')).toHaveAttribute(
      'data-state',
      'read',
    );
  }
});
