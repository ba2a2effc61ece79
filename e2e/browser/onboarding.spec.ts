/**
 * Spec 1: create an identity, then unlock it after the host restarts. The device's privacy
 * setting (separate connections, PROTOCOL.md §7) comes back from the engine after a reload
 * and after the restart.
 */
import { expect, test } from '../fixtures/test';

test('onboarding, then unlock after a host restart', async ({ launchApps }) => {
  const [alice] = await launchApps('alice');
  if (!alice) throw new Error('no app');
  await alice.createIdentity('Alice');
  await alice.nav('settings');
  await expect(alice.tid('separate-polls-toggle')).not.toBeChecked();
  // A controlled checkbox: it shows the engine's answer, a moment after the click.
  await alice.tid('separate-polls-toggle').click();
  await expect(alice.tid('separate-polls-toggle')).toBeChecked();
  await alice.open();
  await alice.nav('settings');
  await expect(alice.tid('separate-polls-toggle')).toBeChecked();

  await alice.stopHost();
  await alice.startHost();

  await expect(alice.tid('unlock-password')).toBeVisible();
  await alice.unlock();
  await alice.nav('settings');
  await expect(alice.tid('profile-nickname')).toHaveValue('Alice');
  await expect(alice.tid('server-row').filter({ hasText: alice.relayUrl })).toHaveCount(1);
  await expect(alice.tid('separate-polls-toggle')).toBeChecked();
});
