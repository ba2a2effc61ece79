/**
 * Search: a profile whose conversation with Bob holds 50,000+ messages (seeded the way
 * bench:ui seeds its profile: real contacts through the invitation flow, then history written
 * straight into the MessageDb), plus one distinctive message 50,000 rows back. Searching in
 * the conversation finds it, and picking the hit scrolls the virtualized list to it.
 */
import { join } from 'node:path';
import { seedProfile } from '../../bench/lib/ui-seed';
import { PASSWORD as PROFILE_PASSWORD } from '../../main/client/engine/test-helpers';
import { Profile } from '../../main/client/profile';
import { RelayClient } from '../../main/client/relay';
import { App } from '../fixtures/app';
import { expect, test } from '../fixtures/test';

const MESSAGES = 50_200;
const ROWS_BACK = 50_000;
const NEEDLE = 'Meet me by the zanzibarquokka fountain';

test('search finds a message 50,000 rows back and the list scrolls to it', async ({
  browser,
  relay,
}) => {
  test.setTimeout(300_000);
  const server = (await RelayClient.add(relay.url)).ref;
  const seeded = await seedProfile(server, { big: MESSAGES, small: 5 });
  try {
    // One more message, timed just before the one 50,000 rows from the newest.
    const profile = await Profile.unlock(seeded.dir.path, PROFILE_PASSWORD);
    const [anchor] = profile.messages.messagesByIds([MESSAGES - ROWS_BACK]);
    if (!anchor) throw new Error('no anchor row');
    profile.messages.insertMessage(seeded.big.peerUid, {
      outbound: false,
      type: 'text',
      text: NEEDLE,
      status: { uuid: 'needle-0001', sent: anchor.createdAt - 1 },
      state: 'read',
      createdAt: anchor.createdAt - 1,
      readAt: anchor.createdAt,
    });
    await profile.close();

    const app = await App.launch(browser, {
      name: 'alice',
      profileDir: join(seeded.dir.path),
      relayUrl: relay.url,
    });
    try {
      await app.open();
      await app.unlock(PROFILE_PASSWORD);
      await app.openChat('Bob');
      await app.tid('conversation-search-toggle').click();
      await app.tid('conversation-message-search').pressSequentially('zanzibarq');
      const hit = app.tid('search-hit');
      await expect(hit).toHaveCount(1);
      await expect(hit.locator('mark')).toHaveText('zanzibarquokka');
      await hit.press('Enter');

      const bubble = app.bubble(NEEDLE);
      await expect(bubble).toBeInViewport();
      await expect(app.page.locator('[data-focused="true"]')).toContainText(NEEDLE);
      // Loaded around the hit, not the whole history.
      const count = Number(await app.tid('message-list').getAttribute('data-count'));
      expect(count).toBeLessThan(1_000);
    } finally {
      await app.close();
    }
  } finally {
    await seeded.dir.cleanup();
  }
});
