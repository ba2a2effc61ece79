/**
 * Issue 17: Alice edits a sent text and deletes another for everyone, from the message's
 * actions menu (keyboard only); Bob's window shows the new text marked "edited", and "This
 * message was deleted" in place of the other.
 */
import { expect, test } from '../fixtures/test';

test('an edit and a delete for everyone reach the other window', async ({ launchApps }) => {
  const [alice, bob] = await launchApps('alice', 'bob');
  if (!alice || !bob) throw new Error('no apps');
  await Promise.all([alice.createIdentity('Alice'), bob.createIdentity('Bob')]);
  const invitation = await alice.inviteByShortcode('Bob');
  await bob.submitShortcode(invitation);
  await expect(bob.tid('conversation-title')).toHaveText('Alice');
  await alice.waitConnected('Bob');
  await alice.openChat('Bob');

  const typo = await alice.send('See you at 12:03');
  await alice.send('A secret I regret');
  await expect(bob.bubble('See you at 12:03')).toHaveAttribute('data-outbound', 'false');
  await expect(bob.bubble('A secret I regret')).toHaveAttribute('data-outbound', 'false');

  // Edit by keyboard: the actions button, the menu, the box in place, Enter saves.
  await typo.getByTestId('message-actions').focus();
  await alice.page.keyboard.press('Enter');
  await expect(typo.getByTestId('action-edit')).toBeFocused();
  await alice.page.keyboard.press('Enter');
  await alice.tid('edit-input').fill('See you at 12:30');
  await alice.tid('edit-input').press('Enter');
  await expect(alice.bubble('See you at 12:30').getByTestId('edited-mark')).toBeVisible();
  const edited = bob.bubble('See you at 12:30');
  await expect(edited.getByTestId('edited-mark')).toHaveText('edited');
  await expect(bob.bubble('See you at 12:03')).toHaveCount(0);

  const secret = alice.bubble('A secret I regret');
  await secret.getByTestId('message-actions').click();
  await secret.getByTestId('action-delete-everyone').click();
  await expect(alice.tid('message-deleted')).toHaveCount(1);
  await expect(bob.tid('message-deleted')).toHaveText('This message was deleted');
  await expect(bob.bubble('A secret I regret')).toHaveCount(0);
});
