/**
 * bench:ui, live part: the API list calls (`messages.list`, `peers.list`) the page makes per
 * incoming message and per status change of a message it shows.
 *
 * A third contact, Dave, is a live engine in this process on the same relay. The invitation is
 * made through the host's API socket by a second client (a bench-side socket next to the page,
 * so nothing the page itself does is counted twice); Dave accepts it. The page, freshly loaded
 * and unlocked, opens Dave's conversation and stays on it, as a user reading along. Then:
 *  1. Dave sends LIVE_MESSAGES texts, one after the other; the page shows each one (and marks
 *     it read: `messages.markRead`, not a list call).
 *  2. The second client sends LIVE_MESSAGES texts to Dave; Dave's engine acknowledges and reads
 *     each, so the page sees every row go pending → sent → delivered → read.
 * Each phase waits (bench side, on the same API events) until everything arrived, then until
 * the page is idle, and counts the API calls the page made and the events it received.
 */
import type { Browser, Page } from 'playwright-core';
import type { ServerRef } from '../../main/client/model';
import { ApiClient } from '../../main/webhost/testing';
import { PASSWORD } from '../../main/client/engine/test-helpers';
import { Party } from './latency-party';
import { installProbe, probeCalls, probeQuiet, type ApiCall } from './ui-page';
import type { WebHostProcess } from './ui-host';

const LIVE_MESSAGES = Number(process.env.BENCH_LIVE_MESSAGES ?? 20);
const TIMEOUT_MS = 60_000;

export interface LivePhase {
  /** What arrived: incoming messages, or status changes of shown messages. */
  readonly events: number;
  readonly messagesList: number;
  readonly peersList: number;
  /** Every API call of the page in the phase, by command. */
  readonly byCommand: Record<string, number>;
}

export interface LiveResult {
  readonly incoming: LivePhase;
  readonly statuses: LivePhase;
}

function phase(calls: readonly ApiCall[], events: number): LivePhase {
  const byCommand: Record<string, number> = {};
  for (const c of calls) byCommand[c.command] = (byCommand[c.command] ?? 0) + 1;
  return {
    events,
    messagesList: byCommand['messages.list'] ?? 0,
    peersList: byCommand['peers.list'] ?? 0,
    byCommand,
  };
}

async function call<T>(client: ApiClient, command: string, args: unknown): Promise<T> {
  const response = await client.call(command, args);
  if (!response.ok) throw new Error(`${command}: ${response.error.code}`);
  return response.result as T;
}

/** Waits until `n` events `name` that match have reached the bench's own socket. */
function events(
  client: ApiClient,
  name: 'message.received' | 'message.statusChanged',
  match: (payload: { uuid: string; state?: string }) => boolean,
  n: number,
): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  const seen = (): number =>
    client.events.filter(
      (e) => e.event === name && match(e.payload as { uuid: string; state?: string }),
    ).length;
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (seen() >= n) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() > deadline) {
        clearInterval(timer);
        reject(new Error(`only ${seen()}/${n} ${name} events`));
      }
    }, 20);
  });
}

async function settle(page: Page): Promise<void> {
  await probeQuiet(page, 10, 25, 20_000);
}

async function openPage(browser: Browser, host: WebHostProcess, daveUid: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await installProbe(page);
  await page.goto(host.url);
  // The host stays unlocked from the rounds before; a page that asks anyway is unlocked.
  const first = page.locator('[data-testid=unlock-password], [data-testid=conversation-list]');
  await first.first().waitFor({ timeout: TIMEOUT_MS });
  if (await page.getByTestId('unlock-password').isVisible()) {
    await page.getByTestId('unlock-password').fill(PASSWORD);
    await page.getByTestId('unlock-submit').click();
  }
  const item = page.locator(`[data-testid=conversation-item][data-peer-uid="${daveUid}"]`);
  await item.click({ timeout: TIMEOUT_MS });
  await page.getByTestId('message-list').waitFor({ timeout: TIMEOUT_MS });
  await settle(page);
  return { context, page };
}

export async function measureLive(
  browser: Browser,
  host: WebHostProcess,
  server: ServerRef,
): Promise<LiveResult> {
  const url = new URL(host.url);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const client = await ApiClient.connect(Number(url.port), token);
  const dave = await Party.create('Dave', server, 'ui');
  try {
    const invitation = await call<{ peerUid: string; text: string }>(client, 'invitations.create', {
      name: 'Dave',
    });
    const aliceAtDave = await dave.engine.accept({ text: invitation.text });
    await client.waitEvent('invitation.finalized', (e) => e.peerUid === invitation.peerUid);
    const { context, page } = await openPage(browser, host, invitation.peerUid);
    try {
      // 1. Incoming messages, read on screen as they come.
      await probeCalls(page);
      const sent = new Set<string>();
      for (let i = 0; i < LIVE_MESSAGES; i++) {
        sent.add(await dave.engine.sendText(aliceAtDave, `live message ${i}`));
      }
      await events(client, 'message.received', (e) => sent.has(e.uuid), LIVE_MESSAGES);
      await settle(page);
      const incoming = phase(await probeCalls(page), LIVE_MESSAGES);

      // 2. Messages to Dave (sent by the other client), delivered and read by him.
      const mine = new Set<string>();
      dave.engine.events.on('message.received', (e) => {
        void dave.engine.markRead(e.peerUid, e.uuid).catch(() => undefined);
      });
      for (let i = 0; i < LIVE_MESSAGES; i++) {
        const args = { peerUid: invitation.peerUid, text: `to Dave ${i}` };
        mine.add((await call<{ uuid: string }>(client, 'messages.send', args)).uuid);
      }
      const isMine = (e: { uuid: string; state?: string }) => mine.has(e.uuid);
      await events(
        client,
        'message.statusChanged',
        (e) => isMine(e) && e.state === 'read',
        LIVE_MESSAGES,
      );
      await settle(page);
      const changes = client.events.filter(
        (e) => e.event === 'message.statusChanged' && isMine(e.payload as { uuid: string }),
      ).length;
      const statuses = phase(await probeCalls(page), changes);
      return { incoming, statuses };
    } finally {
      await context.close();
    }
  } finally {
    await client.close();
    await dave.dispose();
  }
}

/** Two lines under the table: list calls per incoming message and per status change. */
export function printLive(live: LiveResult): void {
  const per = (p: LivePhase, n: number): string => (p.events > 0 ? (n / p.events).toFixed(2) : '—');
  const others = (p: LivePhase): string =>
    Object.entries(p.byCommand)
      .filter(([c]) => c !== 'messages.list' && c !== 'peers.list')
      .map(([c, n]) => `${c} ${n}`)
      .join(', ') || 'none';
  console.log('');
  console.log('live conversation (page open on it; list calls the page made per event):');
  for (const [label, p] of [
    ['incoming messages', live.incoming],
    ['status changes of shown messages', live.statuses],
  ] as const) {
    console.log(
      `  ${label}: ${p.events} → messages.list ${p.messagesList} (${per(p, p.messagesList)} per event), ` +
        `peers.list ${p.peersList} (${per(p, p.peersList)} per event); other calls: ${others(p)}`,
    );
  }
}
