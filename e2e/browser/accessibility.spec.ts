/**
 * Issue 17: an axe-core pass (WCAG 2.1 A and AA) over every screen, in the light and the dark
 * theme, with no violations. One set-up walks the screens a user meets — onboarding (each
 * step, the relay choice too), unlock, the chats empty and with contacts, a conversation (its
 * contact options, verify panel and a confirmation, a message's actions and the inline editor,
 * the search in it), messages found from the chats' search field, add contact (invite,
 * accept), settings, devices (pair, confirm, join) — and every screen is
 * checked in both colour schemes (the theme follows prefers-color-scheme unless Settings
 * overrides it, so emulating the media switches it). Every violation is collected and the
 * test fails once at the end with the whole list, so one run shows all of them.
 *
 * Besides the WCAG tags, axe's experimental `label-content-name-mismatch` (WCAG 2.5.3: an
 * accessible name contains the visible text) is switched on.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { MessageView } from '../../main/api/public';
import { App, PASSWORD } from '../fixtures/app';
import { showPairingCodes } from '../fixtures/scenarios';
import { expect, test } from '../fixtures/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCHEMES = ['light', 'dark'] as const;
const UNLOCK_TIMEOUT_MS = 20_000;

/** Runs axe on `page` in both schemes; returns one readable line per failing element. */
async function violationsOf(page: Page, screen: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    // The theme follows the media query: the page really is in this scheme now.
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme))
      .toBe(colorScheme);
    const results = await new AxeBuilder({ page })
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .withTags(WCAG_TAGS)
      // axe.run in the page itself (the app has no frames): no blank page opened per run
      // for axe.finishRun, which took a third of the time.
      .setLegacyMode(true)
      .analyze();
    for (const v of results.violations) {
      for (const node of v.nodes) {
        const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240);
        found.push(`${screen} [${colorScheme}] ${v.id}: ${node.target.join(' ')} — ${why}`);
      }
    }
  }
  return found;
}

/**
 * Rewrites the replies to messages.list on `page`'s WebSocket: its newest outbound message
 * shows as failed, and a notice (messages expired on the relay) comes before the oldest one.
 * The engine makes both only on relay errors and expiries a test cannot cause quickly; here
 * only how they look matters. Takes effect on the page's next connection (a reload).
 */
async function showFailedAndNotice(page: Page): Promise<void> {
  await page.routeWebSocket(
    (url) => url.pathname === '/api',
    (ws) => {
      const server = ws.connectToServer();
      const lists = new Set<number>();
      ws.onMessage((frame) => {
        const request = JSON.parse(String(frame)) as { id: number; command: string };
        if (request.command === 'messages.list') lists.add(request.id);
        server.send(frame);
      });
      server.onMessage((frame) => {
        const reply = JSON.parse(String(frame)) as {
          id?: number;
          response?: { ok: boolean; result?: { messages: MessageView[] } };
        };
        const messages = reply.response?.result?.messages;
        if (reply.id === undefined || !lists.delete(reply.id) || !messages?.length) {
          ws.send(frame);
          return;
        }
        const failed = messages.findIndex((m) => m.outbound);
        if (failed >= 0) {
          const m = messages[failed] as MessageView;
          messages[failed] = { ...m, state: 'failed', failureReason: 'RELAY_BAD_REPLY' };
        }
        const oldest = messages[messages.length - 1] as MessageView;
        messages.push({
          ...oldest,
          uuid: '00000000-0000-4000-8000-000000000000',
          outbound: false,
          text: '',
          state: 'read',
          createdAt: oldest.createdAt - 1,
          cursor: { createdAt: oldest.cursor.createdAt - 1, id: 0 },
          notice: { kind: 'relay_expired', expired: 3, unknown: false },
        });
        ws.send(JSON.stringify(reply));
      });
    },
  );
}

test('axe: every screen in both themes has no WCAG 2.1 A/AA violation', async ({
  browser,
  launchApps,
  relay,
  workDir,
}) => {
  // Three apps, a pairing and 31 screens × 2 schemes (each scan 1-4 s): 3.2 to 3.5 minutes
  // measured on two cores shared with a load average of 14 to 17.
  test.setTimeout(300_000);
  const violations: string[] = [];
  const check = async (app: App, screen: string): Promise<void> => {
    await test.step(`axe: ${screen}`, async () => {
      violations.push(...(await violationsOf(app.page, screen)));
    });
  };

  // Alice starts without a relay: onboarding asks her for one.
  const alice = await App.launch(browser, {
    name: 'alice',
    profileDir: join(workDir.path, 'alice'),
    relayUrl: null,
  });
  try {
    const [bob, laptop] = await launchApps('bob', 'alice-laptop');
    if (!bob || !laptop) throw new Error('no apps');
    const bobReady = bob.createIdentity('Bob');

    await test.step('onboarding', async () => {
      await alice.tid('mode-join').click();
      await check(alice, 'onboarding: join as a new device');
      await alice.tid('mode-create').click();
      await alice.tid('create-nickname').fill('Alice');
      await alice.tid('create-password').fill('short');
      await alice.tid('create-password-repeat').fill('short');
      await alice.tid('create-submit').click();
      await expect(alice.tid('create-error')).toBeVisible();
      await check(alice, 'onboarding: new identity with an error');
      await alice.tid('create-password').fill(PASSWORD);
      await alice.tid('create-password-repeat').fill(PASSWORD);
      await alice.tid('create-submit').click();
      await expect(alice.tid('relay-choice-submit')).toBeVisible({ timeout: UNLOCK_TIMEOUT_MS });
      await check(alice, 'onboarding: choose a relay (address)');
      if (await alice.tid('relay-mode-host').isVisible()) {
        await alice.tid('relay-mode-host').click();
        await check(alice, 'onboarding: choose a relay (host one)');
        await alice.tid('relay-mode-address').click();
      }
      await alice.tid('relay-choice-url').fill(relay.url);
      await alice.tid('relay-choice-submit').click();
      await expect(alice.tid('conversation-list')).toBeVisible();
      await check(alice, 'chats: empty');
    });

    await test.step('the join screen of a new device', async () => {
      await laptop.startJoin('Laptop');
      await check(laptop, 'onboarding: join, pairing code');
    });

    await test.step('add contact', async () => {
      await alice.nav('add-contact');
      await check(alice, 'add contact');
      const invitation = await alice.inviteByShortcode('Bob');
      await check(alice, 'add contact: invitation created');
      await bobReady;
      await bob.nav('add-contact');
      await bob.tid('accept-mode-shortcode').click();
      await check(bob, 'add contact: accept with a short code');
      await bob.submitShortcode(invitation);
      await expect(bob.tid('conversation-title')).toHaveText('Alice');
      // A second invitation nobody answers: a pending conversation.
      await alice.page.getByRole('button', { name: 'New invitation' }).click();
      await alice.inviteByShortcode('Carol');
    });

    await test.step('conversations', async () => {
      await alice.waitConnected('Bob');
      await alice.openChat('Bob');
      await expect(alice.tid('composer-input')).toBeFocused();
      await alice.send('Hi Bob, can you read this?');
      await bob.send('Loud and clear!');
      await expect(alice.bubble('Loud and clear!')).toBeVisible();
      await check(alice, 'conversation with messages, chats with contacts');
      await alice.page.getByRole('button', { name: /Reply/ }).first().click();
      await expect(alice.tid('replying-to')).toBeVisible();
      await check(alice, 'conversation: replying');
      await alice.openChat('Carol');
      await check(alice, 'conversation: invitation pending');
      await showFailedAndNotice(alice.page);
      await alice.open();
      await alice.nav('chats');
      await alice.conversationItem('Bob').focus();
      await alice.page.keyboard.press('Enter');
      await expect(alice.tid('conversation-title')).toHaveText('Bob');
      // Opened from the keyboard: the focus is in the composer, past every Reply button.
      await expect(alice.tid('composer-input')).toBeFocused();
      await expect(alice.tid('message-failure')).toBeVisible();
      await expect(alice.tid('notice')).toBeVisible();
      await check(alice, 'conversation: a failed message and a notice');
    });

    await test.step('settings, with unread messages', async () => {
      await bob.nav('settings');
      await expect(bob.tid('server-row')).toHaveCount(1);
      await alice.openChat('Bob');
      await alice.send('Are you still there?');
      await expect(bob.tid('total-unread')).toBeVisible();
      await check(bob, 'settings (unread messages in the main navigation)');
      await bob.page.getByRole('button', { name: /^Remove server / }).click();
      await check(bob, 'settings: confirm removing a server');
      await bob.page.getByRole('button', { name: 'Cancel' }).click();
      await expect(bob.page.getByRole('button', { name: /^Remove server / })).toBeVisible();
    });

    await test.step('contact menu, message actions, search', async () => {
      // Alice is in Bob's conversation (the disappearing-messages picker is in its header,
      // scanned with it above).
      const menuButton = alice.tid('contact-menu-button');
      await menuButton.click();
      await expect(alice.tid('menu-verify')).toBeVisible();
      await check(alice, 'conversation: contact options open');
      await alice.page.keyboard.press('Escape');
      await expect(menuButton).toBeFocused();
      await menuButton.click();
      await alice.tid('menu-verify').click();
      await expect(alice.tid('safety-digits')).toBeVisible();
      await check(alice, 'conversation: verify the safety code');
      await alice.tid('safety-code').getByRole('button', { name: 'Close' }).click();
      await menuButton.click();
      await alice.tid('menu-clear').click();
      await expect(alice.tid('confirm-no')).toBeFocused();
      await check(alice, 'conversation: confirm deleting the conversation');
      await alice.tid('confirm-no').click();
      await expect(alice.tid('confirm-dialog')).toHaveCount(0);
      await expect(menuButton).toBeFocused();

      const mine = alice.bubble('Are you still there?');
      await mine.getByTestId('message-actions').click();
      await expect(mine.getByTestId('action-edit')).toBeFocused();
      await check(alice, 'conversation: message actions open');
      await alice.page.keyboard.press('Escape');
      await expect(mine.getByTestId('message-actions')).toBeFocused();
      await mine.getByTestId('message-actions').click();
      await mine.getByTestId('action-edit').click();
      await expect(alice.tid('edit-input')).toBeFocused();
      await check(alice, 'conversation: editing a message');
      await alice.page.keyboard.press('Escape');
      await expect(alice.tid('edit-input')).toHaveCount(0);

      await alice.tid('conversation-search-toggle').click();
      await alice.tid('conversation-message-search').fill('clear');
      await expect(alice.tid('search-hit')).toHaveCount(1);
      await check(alice, 'conversation: search in the conversation');
      await alice.page.keyboard.press('Escape');
      await expect(alice.tid('conversation-search-toggle')).toBeFocused();
      await alice.tid('conversation-search').fill('clear');
      await expect(alice.tid('search-results').getByTestId('search-hit')).toHaveCount(1);
      await check(alice, 'chats: messages found by a search');
      await alice.tid('conversation-search').fill('');
    });

    await test.step('devices and pairing', async () => {
      await alice.nav('devices');
      await check(alice, 'devices: none paired');
      await alice.page.getByRole('button', { name: 'Enter a pairing code' }).click();
      await check(alice, 'devices: join an existing account');
      await alice.open();
      await alice.nav('devices');
      await alice.tid('pair-start').click();
      await expect(alice.tid('pairing-waiting')).toBeVisible();
      await check(alice, 'devices: pairing code shown');
      await alice.page.getByRole('button', { name: 'Cancel' }).click();
      await expect(alice.tid('pair-start')).toBeVisible();
      await showPairingCodes(browser, alice, laptop);
      await check(alice, 'devices: confirm the pairing code');
      await check(laptop, 'onboarding: join, waiting for confirmation');
      await alice.tid('pairing-confirm').click();
      await expect(alice.tid('pairing-paired')).toBeVisible();
      await expect(laptop.tid('pairing-paired')).toBeVisible();
      await check(alice, 'devices: paired');
      await check(laptop, 'onboarding: join, paired');
      await laptop.page.getByRole('button', { name: 'Continue' }).click();
      await expect(laptop.tid('conversation-list')).toBeVisible();
      await alice.open();
      await alice.nav('devices');
      await expect(alice.tid('device-row')).toHaveCount(1);
      await check(alice, 'devices: list');
    });

    await test.step('lock and unlock', async () => {
      await alice.tid('lock-button').click();
      await expect(alice.tid('unlock-password')).toBeVisible();
      await alice.tid('unlock-password').fill('not my password');
      await alice.tid('unlock-submit').click();
      await expect(alice.tid('unlock-error')).toBeVisible();
      await check(alice, 'unlock, after a wrong password');
    });
  } finally {
    await alice.close();
  }

  expect(violations, violations.join('\n')).toEqual([]);
});
