/**
 * npm run bench:ui — the renderer with a 100,000-message conversation, in Chromium, next to a
 * 100-message conversation measured in the same run (ratios big / small).
 *
 * Setup: a real profile in a temp dir (cheap Argon) with two contacts made through the real
 * invitation flow on a relay process (testkit/relay-process); BENCH_MESSAGES (100,000) messages
 * with the first and 100 with the second written straight into its MessageDb in 10,000-row
 * transactions (bench/lib/ui-messages.ts: both directions, realistic lengths, all read, ≈130 a
 * day over about two years, so day separators appear). The browser host runs as its own process
 * (scripts/start-web.ts --profile … --relay … --no-open, the flags of start:web); headless
 * Debian Chromium (playwright-core, 1280×800, 60 Hz) opens the printed URL and unlocks through
 * the UI. A probe (bench/lib/ui-page.ts) is injected before the app on every page load; every
 * time is performance.now() inside the page.
 *
 * Each of BENCH_ROUNDS (5) rounds measures each conversation once, alternating which goes
 * first, each time in a freshly reloaded page (empty renderer store, same unlocked host):
 *  1. open: t0 = performance.now() just before element.click() on the conversation-list item;
 *     then (a) the first MutationObserver callback (or per-frame check) that finds a
 *     `[data-testid=message]` row inside the list's visible box, (b) the frame that shows it:
 *     requestAnimationFrame, then the next MessageChannel task (the main thread has produced
 *     that frame), (c) the same for the newest message, where the list opens. Includes the
 *     messages.list round trip over the WebSocket, also reported on its own (probe's socket tap).
 *  2. mounted rows: `[data-testid=message]` elements once the page is idle after the open, the
 *     most at any frame of the scroll, and once idle after it.
 *  3. scroll: BENCH_FRAMES (480) requestAnimationFrame frames; after each frame is produced
 *     the list's scrollTop moves up by BENCH_SCROLL_PX (150 px), so, as with a wheel or touch
 *     scroll, the scroll event comes with the next frame. The big conversation scrolls up
 *     through older pages, which the app loads (200 at a time) and prepends meanwhile; the
 *     small one (all loaded) bounces between its ends, so both move the same distance every
 *     frame. Frame time = interval between consecutive rAF timestamps (vsync-aligned, so a
 *     frame over 16.7 ms shows as 33.3 ms); frame work = rAF timestamp → first task after the
 *     frame. Also: long animation frames (LoAF), pages prepended and their waits, frames stuck
 *     at the top, and content jumps (a row on screen in consecutive frames that moved by other
 *     than our scroll).
 *  4. re-open: back to the list and open the same conversation again in the same page; the
 *     store still holds everything loaded during the scroll.
 * Reported: for each figure, the median over rounds of each round's value. Then, on profiles of
 * their own, unlock-to-list time (1,000 contacts and 100,000 messages against an empty profile)
 * and the host's resident memory around a 10,000-message scroll: bench/lib/ui-unlock.ts.
 * BENCH_UI_ONLY=unlock runs only those; BENCH_UI_ONLY=conversation only the two conversations. Browser, host, relay and temp dirs are torn down at the
 * end; the process exits by itself.
 */
import { availableParallelism, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PASSWORD } from '../main/client/engine/test-helpers';
import { RelayClient } from '../main/client/relay';
import { startRelayProcess, type RelayProcess } from '../testkit/relay-process';
import { ensureRendererBuild, startWebHostProcess, type WebHostProcess } from './lib/ui-host';
import { measureLive, printLive } from './lib/ui-live';
import {
  installProbe,
  probeCalls,
  probeOpen,
  probeQuiet,
  probeRows,
  probeScroll,
  type ApiCall,
} from './lib/ui-page';
import { count, printReport, type Sample } from './lib/ui-report';
import { seedProfile, type SeededContact, type SeededProfile } from './lib/ui-seed';
import { benchUnlockAndMemory } from './lib/ui-unlock';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BIG = Number(process.env.BENCH_MESSAGES ?? 100_000);
const SMALL = 100;
const FRAMES = Number(process.env.BENCH_FRAMES ?? 480);
const SCROLL_PX = Number(process.env.BENCH_SCROLL_PX ?? 150);
const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/lib/chromium/chromium';
const VIEWPORT = { width: 1280, height: 800 };
const OPEN_TIMEOUT_MS = 30_000;
const IDLE_TIMEOUT_MS = 20_000;
const ONLY_UNLOCK = process.env.BENCH_UI_ONLY === 'unlock';
/** BENCH_UI_ONLY=conversation: the two conversations alone (no live part, no unlock). */
const ONLY_CONVERSATION = process.env.BENCH_UI_ONLY === 'conversation';

const log = (line: string): void => {
  process.stderr.write(`bench:ui: ${line}\n`);
};

/** Waits until the page has produced 10 frames in a row, none longer than 25 ms. */
async function settle(page: Page): Promise<void> {
  if (!(await probeQuiet(page, 10, 25, IDLE_TIMEOUT_MS))) {
    log(`the page was not idle within ${IDLE_TIMEOUT_MS / 1000} s; measuring anyway`);
  }
}

async function waitForList(page: Page, contacts: readonly SeededContact[]): Promise<void> {
  for (const c of contacts) {
    await page
      .locator(`[data-testid=conversation-item][data-peer-uid="${c.peerUid}"]`)
      .waitFor({ timeout: OPEN_TIMEOUT_MS });
  }
}

async function unlock(
  page: Page,
  host: WebHostProcess,
  contacts: readonly SeededContact[],
): Promise<void> {
  try {
    await page.goto(host.url);
    await page.getByTestId('unlock-password').fill(PASSWORD);
    await page.getByTestId('unlock-submit').click();
    await waitForList(page, contacts);
  } catch (err) {
    const shown = (
      await page
        .locator('body')
        .innerText()
        .catch(() => '?')
    ).slice(0, 500);
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(
      `could not unlock through the UI: ${why}\npage shows: ${shown}\nhost log:\n${host.logs().slice(-2000)}`,
      { cause: err },
    );
  }
}

const lists = (calls: ApiCall[]): ApiCall[] => calls.filter((c) => c.command === 'messages.list');

/** One measurement of one conversation, in a freshly reloaded page. */
async function sample(
  page: Page,
  contact: SeededContact,
  contacts: readonly SeededContact[],
): Promise<Sample> {
  await page.reload();
  await waitForList(page, contacts);
  await settle(page);
  await probeCalls(page);
  const open = await probeOpen(page, contact.peerUid, contact.newestUuid, OPEN_TIMEOUT_MS);
  await settle(page);
  const openLists = lists(await probeCalls(page));
  const afterOpen = await probeRows(page);
  const scroll = await probeScroll(page, FRAMES, SCROLL_PX);
  await settle(page);
  const scrollLists = lists(await probeCalls(page));
  const afterScroll = await probeRows(page);
  // Back to the list (the button is hidden in a wide window; click() does not care).
  await page.$eval('button[aria-label="Back to conversations"]', (b) => {
    (b as HTMLButtonElement).click();
  });
  await page.waitForSelector('[data-testid=message]', { state: 'detached' });
  await settle(page);
  const reopen = await probeOpen(page, contact.peerUid, contact.newestUuid, OPEN_TIMEOUT_MS);
  return { open, openLists, afterOpen, scroll, scrollLists, afterScroll, reopen };
}

async function measure(host: WebHostProcess, seeded: SeededProfile, browser: Browser) {
  const contacts = [seeded.big, seeded.small];
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await installProbe(page);
  await unlock(page, host, contacts);
  const samples: Record<'big' | 'small', Sample[]> = { big: [], small: [] };
  const started = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? (['big', 'small'] as const) : (['small', 'big'] as const);
    for (const which of order) samples[which].push(await sample(page, seeded[which], contacts));
    log(`round ${r + 1}/${ROUNDS} done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await context.close();
  return samples;
}

async function main(): Promise<void> {
  let relay: RelayProcess | undefined;
  let seeded: SeededProfile | undefined;
  let host: WebHostProcess | undefined;
  let browser: Browser | undefined;
  try {
    ensureRendererBuild(log);
    relay = await startRelayProcess();
    const server = (await RelayClient.add(relay.url)).ref;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    if (ONLY_UNLOCK) {
      await benchUnlockAndMemory(browser, relay.url, server, log);
      return;
    }
    seeded = await seedProfile(server, { big: BIG, small: SMALL });
    host = await startWebHostProcess(seeded.dir.path, relay.url);
    const version = browser.version();
    const loadBefore = loadavg()[0] ?? 0;
    const samples = await measure(host, seeded, browser);
    const live = ONLY_CONVERSATION ? undefined : await measureLive(browser, host, server);
    const loadAfter = loadavg()[0] ?? 0;
    console.log(
      `node ${process.version}, Chromium ${version} headless ${VIEWPORT.width}×${VIEWPORT.height} (60 Hz), ` +
        `${ROUNDS} rounds, each conversation opened in a freshly reloaded page; ` +
        `load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${availableParallelism()} cores`,
    );
    console.log(
      `history: ${count(seeded.big.messages)} msgs over ${count(seeded.big.days)} days / ` +
        `${count(seeded.small.messages)} msgs over ${count(seeded.small.days)} days ` +
        `(written in ${(seeded.writeMs / 1000).toFixed(1)} s)`,
    );
    printReport(
      { bigMessages: BIG, smallMessages: SMALL, frames: FRAMES, scrollPx: SCROLL_PX },
      samples,
    );
    await host.stop();
    if (!live) return;
    printLive(live);
    await benchUnlockAndMemory(browser, relay.url, server, log);
  } finally {
    await browser?.close();
    await host?.stop();
    await relay?.stop();
    await seeded?.dir.cleanup();
  }
}

await main();
