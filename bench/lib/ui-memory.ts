/**
 * The browser host's resident memory for bench/ui.bench.ts (issue 18): VmRSS of the host
 * process (/proc/PID/status, Linux) with the 100,000-message conversation open, then after
 * scrolling back through BENCH_SCROLL_BACK (10,000) of its messages and returning to the
 * newest. Each figure is taken once the RSS has settled (RSS_STABLE_SAMPLES samples
 * RSS_SAMPLE_MS apart within RSS_STABLE_SPREAD of each other: the search index built after
 * unlock, the pages read for the scroll and the garbage they left have been dealt with), so
 * the two figures compare memory kept, not memory in flight; the first also waits for the
 * search index build to be complete. Target: the second within 20% of the first.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { SeededContact } from './ui-seed';

type Log = (line: string) => void;

const RSS_SAMPLE_MS = 500;
const RSS_STABLE_SAMPLES = 8;
const RSS_STABLE_SPREAD = 0.02;
const RSS_SETTLE_TIMEOUT_MS = 90_000;
const PAGE_TIMEOUT_MS = 15_000;
const STEP_WAIT_MS = 5_000;
const SCROLL_TIMEOUT_MS = 600_000;

export interface MemoryFigures {
  /** bytes, the conversation open (settled). */
  readonly open: number;
  /** bytes, after the scroll back and the return (settled). */
  readonly after: number;
  /** Messages scrolled back through, and scroll steps it took. */
  readonly scrolledBack: number;
  readonly steps: number;
  /** Whether each figure settled before RSS_SETTLE_TIMEOUT_MS (else: the last sample). */
  readonly settled: readonly [boolean, boolean];
}

/** Resident memory of process `pid`, bytes (VmRSS). */
export async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) * 1024;
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** The RSS once it stops moving (see above); `settled` false if it never did in time. */
export async function settledRss(pid: number): Promise<{ rss: number; settled: boolean }> {
  const samples: number[] = [];
  const deadline = performance.now() + RSS_SETTLE_TIMEOUT_MS;
  for (;;) {
    samples.push(await rssOf(pid));
    const recent = samples.slice(-RSS_STABLE_SAMPLES);
    const low = Math.min(...recent);
    const high = Math.max(...recent);
    const last = recent.at(-1) ?? 0;
    if (recent.length === RSS_STABLE_SAMPLES && high - low <= low * RSS_STABLE_SPREAD) {
      return { rss: last, settled: true };
    }
    if (performance.now() > deadline) return { rss: last, settled: false };
    await sleep(RSS_SAMPLE_MS);
  }
}

/**
 * Waits until the search index built after unlock is complete (`messages.search` answers
 * `complete: true`), asked over a socket of its own with the page's token: the build is the
 * last step of the host's start-up and reads every message, and an RSS taken while it runs
 * would count it against the scroll.
 */
async function searchIndexBuilt(page: Page): Promise<void> {
  await page.evaluate(
    ({ timeoutMs, everyMs }) =>
      new Promise<void>((resolve, reject) => {
        const token = sessionStorage.getItem('meow.token') ?? '';
        const socket = new WebSocket(
          `ws://${location.host}/api?token=${encodeURIComponent(token)}`,
        );
        const until = performance.now() + timeoutMs;
        let id = 0;
        const ask = (): void => {
          socket.send(
            JSON.stringify({
              id: ++id,
              command: 'messages.search',
              args: { query: 'a', limit: 1 },
            }),
          );
        };
        socket.onopen = ask;
        socket.onerror = () => {
          reject(new Error('search socket failed'));
        };
        socket.onmessage = (e: MessageEvent<string>) => {
          const reply = JSON.parse(e.data) as {
            id?: number;
            response?: { result?: { complete?: boolean } };
          };
          if (reply.id === undefined) return; // an event
          if (reply.response?.result?.complete === true) {
            socket.close();
            resolve();
          } else if (performance.now() > until) {
            socket.close();
            reject(new Error('the search index was not built in time'));
          } else setTimeout(ask, everyMs);
        };
      }),
    { timeoutMs: RSS_SETTLE_TIMEOUT_MS, everyMs: RSS_SAMPLE_MS },
  );
}

/** Opens `contact`'s conversation from the list and waits for its newest message. */
async function openConversation(page: Page, contact: SeededContact): Promise<void> {
  await page.locator(`[data-testid=conversation-item][data-peer-uid="${contact.peerUid}"]`).click();
  await page
    .locator(`[data-testid=message][data-uuid="${contact.newestUuid}"]`)
    .waitFor({ timeout: PAGE_TIMEOUT_MS });
}

/**
 * Scrolls the open conversation to its top again and again — near the top the app loads an
 * older page and prepends it, and the oldest row on screen changes — until that row is at
 * least `back` messages before the newest. Returns the steps taken.
 */
async function scrollBack(
  page: Page,
  contact: SeededContact,
  back: number,
  log: Log,
): Promise<number> {
  const deadline = performance.now() + SCROLL_TIMEOUT_MS;
  for (let steps = 1; ; steps++) {
    const oldest = await page.evaluate(
      ({ waitMs }) =>
        new Promise<string>((resolve) => {
          const list = document.querySelector('[data-testid=message-list]');
          const top = (): string =>
            document.querySelector('[data-testid=message]')?.getAttribute('data-uuid') ?? '';
          const before = top();
          if (list) list.scrollTop = 0;
          const until = performance.now() + waitMs;
          const check = (): void => {
            if (top() !== before || performance.now() > until) resolve(top());
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      { waitMs: STEP_WAIT_MS },
    );
    const reached = contact.placesBack(oldest) ?? 0;
    if (reached >= back) return steps;
    if (steps % 10 === 0) log(`memory: ${steps} scroll steps, ${reached} messages back`);
    if (performance.now() > deadline) throw new Error(`${reached} back after ${steps} steps`);
  }
}

/** Back to the newest message (the bottom of the list), and the page idle again. */
async function scrollToNewest(page: Page, contact: SeededContact): Promise<void> {
  await page.getByTestId('message-list').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await page
    .locator(`[data-testid=message][data-uuid="${contact.newestUuid}"]`)
    .waitFor({ timeout: PAGE_TIMEOUT_MS });
}

/**
 * The host's RSS with `contact`'s conversation open in `page` (unlocked, list shown), then
 * after scrolling back `back` messages and returning.
 */
export async function measureMemory(
  page: Page,
  hostPid: number,
  contact: SeededContact,
  back: number,
  log: Log,
): Promise<MemoryFigures> {
  if (contact.messages <= back) throw new Error(`${contact.name} has fewer than ${back} messages`);
  await searchIndexBuilt(page);
  await openConversation(page, contact);
  const open = await settledRss(hostPid);
  log(`memory: conversation open, RSS ${open.rss} (settled: ${open.settled})`);
  const steps = await scrollBack(page, contact, back, log);
  await scrollToNewest(page, contact);
  const after = await settledRss(hostPid);
  return {
    open: open.rss,
    after: after.rss,
    scrolledBack: back,
    steps,
    settled: [open.settled, after.settled],
  };
}
