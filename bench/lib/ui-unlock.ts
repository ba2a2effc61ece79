/**
 * Unlock-to-list and host memory for bench/ui.bench.ts (issue 18), on profiles of their own:
 * - empty: Alice alone (bench/lib/ui-seed.ts seedEmptyProfile);
 * - full: 1,000 contacts (BENCH_CONTACTS) and a 100,000-message conversation (BENCH_MESSAGES),
 *   seedProfile with `contacts`.
 * Both use the cheap Argon2id of the other benches, so the key derivation (the same for both,
 * off the event loop) does not hide what the size of the profile costs.
 *
 * Unlock-to-list: each of BENCH_UNLOCK_ROUNDS (3) rounds starts a fresh browser host process on
 * each profile (alternating which goes first) — a locked profile, as after launching the app —
 * loads the page, types the password, and measures inside the page from performance.now()
 * just before the submit button's click() to the frame that shows the conversation list: the
 * first contact's row (full) or the "No contacts yet" line (empty), found by a
 * MutationObserver, then requestAnimationFrame and the task after it (the frame is produced).
 * Reported: medians and their ratio, full / empty (target ≤ 2). The page shows the newest
 * conversations first and the whole list after them (main/api/peer-listing.ts), so the frame
 * with a row of the whole list (every row says aria-setsize = 1,000) is reported beside it.
 *
 * Memory: in one more host on the full profile, bench/lib/ui-memory.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { PASSWORD } from '../../main/client/engine/test-helpers';
import type { ServerRef } from '../../main/client/model';
import type { TempDir } from '../../testkit/tmp';
import { startWebHostProcess, type WebHostProcess } from './ui-host';
import { measureMemory, type MemoryFigures } from './ui-memory';
import { seedEmptyProfile, seedProfile, type SeededProfile } from './ui-seed';

const ROUNDS = Number(process.env.BENCH_UNLOCK_ROUNDS ?? 3);
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 1_000);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100_000);
const SCROLL_BACK = Number(process.env.BENCH_SCROLL_BACK ?? 10_000);
const VIEWPORT = { width: 1280, height: 800 };
const UNLOCK_TIMEOUT_MS = 60_000;

type Log = (line: string) => void;

interface Profiles {
  readonly empty: TempDir;
  readonly full: SeededProfile;
}

/** Unlock to list, ms after the submit click: its first frame, and the whole list's. */
interface UnlockTimes {
  /** The frame that shows the list (the target's figure, see above). */
  readonly first: number;
  /** The frame that shows a row of the whole list (aria-setsize = every contact). */
  readonly whole: number;
}

/** The page's "list shown" times (see above); `total`: contacts in the whole list. */
async function unlockToList(
  page: Page,
  firstUid: string | undefined,
  total?: number,
): Promise<UnlockTimes> {
  await page.getByTestId('unlock-password').fill(PASSWORD);
  const shown = page.evaluate(
    ({ uid, count, timeoutMs }) =>
      new Promise<UnlockTimes>((resolve, reject) => {
        const button = document.querySelector<HTMLButtonElement>('[data-testid=unlock-submit]');
        if (!button) {
          reject(new Error('no unlock button'));
          return;
        }
        const listShown = (): boolean =>
          uid === undefined
            ? Array.from(document.querySelectorAll('.conversation-list p')).some((p) =>
                p.textContent.startsWith('No contacts yet'),
              )
            : document.querySelector(`[data-testid=conversation-item][data-peer-uid="${uid}"]`) !==
              null;
        const wholeShown = (): boolean =>
          count === undefined
            ? listShown()
            : document.querySelector(`[data-testid=conversation-item][aria-setsize="${count}"]`) !==
              null;
        const timer = setTimeout(() => {
          reject(new Error('the list was not shown in time'));
        }, timeoutMs);
        const times: { first?: number; whole?: number } = {};
        const pending = new Set<string>();
        /** Resolves once the frame after the change is produced (rAF, then the task after it). */
        const frameDone = (key: 'first' | 'whole'): void => {
          pending.add(key);
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              times[key] = performance.now() - t0;
              if (times.first === undefined || times.whole === undefined) return;
              clearTimeout(timer);
              observer.disconnect();
              resolve({ first: times.first, whole: times.whole });
            };
            channel.port2.postMessage(null);
          });
        };
        const observer = new MutationObserver(() => {
          if (!pending.has('first') && listShown()) frameDone('first');
          if (!pending.has('whole') && wholeShown()) frameDone('whole');
        });
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['aria-setsize'],
        });
        const t0 = performance.now();
        button.click();
      }),
    { uid: firstUid, count: total, timeoutMs: UNLOCK_TIMEOUT_MS },
  );
  return shown;
}

async function withHost<T>(
  browser: Browser,
  dir: string,
  relayUrl: string,
  fn: (page: Page, host: WebHostProcess) => Promise<T>,
): Promise<T> {
  const host = await startWebHostProcess(dir, relayUrl);
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx compiles this file with esbuild's keepNames: functions passed to page.evaluate call
  // `__name(…)`, which the page must define (as bench/lib/ui-page.ts does).
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByTestId('unlock-password').waitFor({ timeout: UNLOCK_TIMEOUT_MS });
    return await fn(page, host);
  } catch (err) {
    throw new Error(`${String(err)}\nhost log:\n${host.logs().slice(-2000)}`, { cause: err });
  } finally {
    await context.close();
    await host.stop();
  }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

async function unlockRounds(browser: Browser, relayUrl: string, p: Profiles, log: Log) {
  const times = { empty: [] as UnlockTimes[], full: [] as UnlockTimes[] };
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? (['empty', 'full'] as const) : (['full', 'empty'] as const);
    for (const which of order) {
      const dir = which === 'empty' ? p.empty.path : p.full.dir.path;
      const first = which === 'empty' ? undefined : p.full.big.peerUid;
      const total = which === 'empty' ? undefined : p.full.contacts;
      times[which].push(
        await withHost(browser, dir, relayUrl, (page) => unlockToList(page, first, total)),
      );
    }
    log(`unlock round ${r + 1}/${ROUNDS} done`);
  }
  return times;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (x: number): string => `${x.toFixed(0)} ms`;

function printUnlock(times: { empty: UnlockTimes[]; full: UnlockTimes[] }, p: Profiles): void {
  const firsts = { empty: times.empty.map((t) => t.first), full: times.full.map((t) => t.first) };
  const empty = median(firsts.empty);
  const full = median(firsts.full);
  const ratio = full / empty;
  const wholes = times.full.map((t) => t.whole);
  console.log(
    `unlock to list (${ROUNDS} rounds, fresh host each, median): empty profile ${ms(empty)} ` +
      `[${firsts.empty.map(ms).join(', ')}]; ${p.full.contacts.toLocaleString('en')} contacts + ` +
      `${p.full.big.messages.toLocaleString('en')}-message conversation ${ms(full)} ` +
      `[${firsts.full.map(ms).join(', ')}] → ratio ${ratio.toFixed(2)} ` +
      `(target ≤ 2: ${ratio <= 2 ? 'met' : 'NOT met'}); the whole list of ` +
      `${p.full.contacts.toLocaleString('en')} in the page at ${ms(median(wholes))} ` +
      `[${wholes.map(ms).join(', ')}] (${(median(wholes) / empty).toFixed(2)} × empty)`,
  );
}

function printMemory(m: MemoryFigures): void {
  const ratio = m.after / m.open;
  const unsettled = m.settled.every(Boolean) ? '' : ' (RSS still moving when read)';
  console.log(
    `host RSS: conversation open ${mb(m.open)}; after scrolling back ` +
      `${m.scrolledBack.toLocaleString('en')} messages (${m.steps} steps) and returning ` +
      `${mb(m.after)} → ratio ${ratio.toFixed(2)} (target ≤ 1.20: ` +
      `${ratio <= 1.2 ? 'met' : 'NOT met'})${unsettled}`,
  );
}

/** Seeds the two profiles, measures, prints, cleans up. */
export async function benchUnlockAndMemory(
  browser: Browser,
  relayUrl: string,
  server: ServerRef,
  log: Log,
): Promise<void> {
  const empty = await seedEmptyProfile(server);
  let full: SeededProfile | undefined;
  try {
    log(`seeding ${CONTACTS} contacts and ${MESSAGES} messages for the unlock bench`);
    full = await seedProfile(server, { big: MESSAGES, small: 100, contacts: CONTACTS });
    const profiles = { empty, full };
    printUnlock(await unlockRounds(browser, relayUrl, profiles, log), profiles);
    const big = full.big;
    const memory = await withHost(browser, full.dir.path, relayUrl, async (page, host) => {
      await unlockToList(page, big.peerUid, full?.contacts);
      return measureMemory(page, host.pid, big, SCROLL_BACK, log);
    });
    printMemory(memory);
  } finally {
    await full?.dir.cleanup();
    await empty.cleanup();
  }
}
