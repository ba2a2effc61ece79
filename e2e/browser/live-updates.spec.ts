/**
 * Events patch what the page shows. While Bob reads along, Alice's messages, their read
 * receipts and the statuses of Bob's own message reach his window without a `messages.list`
 * or `peers.list` call for any of them (the events carry the rows those lists would return).
 */
import type { Page } from '@playwright/test';
import { connectAliceAndBob } from '../fixtures/scenarios';
import { expect, test } from '../fixtures/test';

/** The commands the page sends over its API sockets from now on (sockets opened later). */
function countCommands(page: Page): Map<string, number> {
  const counts = new Map<string, number>();
  page.on('websocket', (ws) => {
    ws.on('framesent', ({ payload }) => {
      const command = /^\{"id":\d+,"command":"([^"]+)"/.exec(String(payload))?.[1];
      if (command) counts.set(command, (counts.get(command) ?? 0) + 1);
    });
  });
  return counts;
}

test('incoming messages and status changes cost the page no list calls', async ({ launchApps }) => {
  test.slow(); // two apps, an invitation and a conversation before anything is measured
  const [alice, bob] = await launchApps('alice', 'bob');
  if (!alice || !bob) throw new Error('no apps');
  await Promise.all([alice.createIdentity('Alice'), bob.createIdentity('Bob')]);
  await connectAliceAndBob(alice, bob);

  // Bob's window again from the start, its API socket watched; he opens Alice's conversation.
  const calls = countCommands(bob.page);
  await bob.page.reload();
  // The host is still unlocked: the page opens straight on the app.
  await expect(bob.tid('conversation-list')).toBeVisible();
  await bob.openChat('Alice');
  await expect(bob.bubble('Hello Alice!')).toBeVisible();
  await expect(bob.tid('message')).toHaveCount(2);
  expect(calls.get('messages.list')).toBeGreaterThanOrEqual(1); // opening the conversation
  calls.clear();

  // Alice writes; Bob reads along (each marked read on screen: markRead, no list).
  const texts = ['Are you there?', 'The train is late', 'See you at 12:45'];
  for (const text of texts) {
    const bubble = await alice.send(text);
    await expect(bob.bubble(text)).toHaveAttribute('data-outbound', 'false');
    await expect(bubble.getByTestId('message-status')).toHaveAttribute('data-state', 'read');
  }
  await expect(bob.conversationItem('Alice')).toContainText('See you at 12:45');
  expect(calls.get('messages.list') ?? 0).toBe(0);
  expect(calls.get('peers.list') ?? 0).toBe(0);
  expect(calls.get('messages.markRead')).toBe(texts.length);

  // Bob's own message goes sent → delivered → read in his window, by events alone: the one
  // messages.list is the send's own (the composer's reload of the newest page).
  calls.clear();
  const mine = await bob.send('No problem');
  await expect(mine.getByTestId('message-status')).toHaveAttribute('data-state', 'read');
  await expect(alice.bubble('No problem')).toBeVisible();
  expect(calls.get('messages.list') ?? 0).toBe(1);
  expect(calls.get('peers.list') ?? 0).toBe(0);
});
