/**
 * The relay goes down: the app says so above the chats (after a few seconds, and again after a
 * reload, since the engine keeps it; the newest message stays in view), and Settings says
 * since when. What Alice writes meanwhile waits; when the relay is back the notice goes and
 * the message reaches Bob.
 */
import { connectAliceAndBob } from '../fixtures/scenarios';
import { expect, test } from '../fixtures/test';

test('a relay outage is shown, survives a reload, and ends when the relay is back', async ({
  launchApps,
  relay,
}) => {
  const [alice, bob] = await launchApps('alice', 'bob');
  if (!alice || !bob) throw new Error('two apps were launched');
  await Promise.all([alice.createIdentity('Alice'), bob.createIdentity('Bob')]);
  await connectAliceAndBob(alice, bob);
  await alice.openChat('Bob');
  await expect(alice.tid('relay-status')).toHaveCount(0);

  await relay.kill();
  const bubble = await alice.send('written while the relay is down');
  await expect(bubble).toHaveAttribute('data-state', 'pending');
  const host = new URL(relay.url).host;
  await expect(alice.tid('relay-status')).toContainText(`Meow cannot reach ${host}`);
  await expect(alice.tid('relay-status')).toContainText('go out when it answers again');
  // The notice above the chats shortens the message list: the newest message stays in view.
  await expect(bubble).toBeInViewport();

  await alice.page.reload();
  await expect(alice.tid('relay-status')).toContainText(`Meow cannot reach ${host}`);
  await alice.nav('settings');
  const row = alice.tid('server-row').filter({ hasText: relay.url });
  await expect(row.getByTestId('server-health')).toHaveAttribute('data-state', 'unreachable');
  await expect(row.getByTestId('server-health')).toContainText('Not reachable since');

  await relay.restart();
  await expect(row.getByTestId('server-health')).toHaveText('Connected', { timeout: 40_000 });
  await alice.openChat('Bob');
  await expect(alice.tid('relay-status')).toHaveCount(0);
  await bob.openChat('Alice');
  await expect(bob.bubble('written while the relay is down')).toBeVisible();
  await expect(alice.bubble('written while the relay is down')).toHaveAttribute(
    'data-state',
    'read',
  );
});
