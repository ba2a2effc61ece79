/**
 * What bench/ui.bench.ts measures inside the page. `installPageProbe` is serialized into the
 * page as an init script (it runs before the app on every load) and defines
 * `window.__uiBench`; everything it uses must live inside its body. tsx compiles it with
 * esbuild's keepNames, which wraps inner functions in `__name(…)`, so the init script defines
 * a no-op `__name` first.
 *
 * All times are performance.now() in the page (ms), so no browser ↔ Node round trip is ever
 * inside a measure.
 */
import type { Page } from 'playwright-core';

import type {
  ApiCall,
  LoafEntry,
  LongFrames,
  OpenResult,
  PageProbe,
  RowCounts,
  ScrollResult,
} from './ui-probe-types';

export type {
  ApiCall,
  LongFrames,
  OpenResult,
  PageProbe,
  RowCounts,
  ScrollResult,
} from './ui-probe-types';

interface ProbeWindow {
  __uiBench: PageProbe;
}

/** Runs in the page. */
function installPageProbe(): PageProbe {
  const LIST = '[data-testid=message-list]';
  const ROW = '[data-testid=message]';

  // Tap the API socket (JSON frames of main/api/ws-protocol.ts): request {"id":N,"command":…}
  // sent → reply {"id":N,…} received. The listener is added at a socket's first send, so it
  // runs after the app's own onmessage handler (and the microtasks that handler queued).
  let calls: ApiCall[] = [];
  const pending = new Map<number, { command: string; sentAt: number }>();
  const tapped = new WeakSet<WebSocket>();
  const onReply = (event: MessageEvent): void => {
    if (typeof event.data !== 'string') return;
    const id = /^\{"id":(\d+)/.exec(event.data)?.[1];
    const request = id === undefined ? undefined : pending.get(Number(id));
    if (!request) return;
    pending.delete(Number(id));
    calls.push({
      ...request,
      roundTripMs: performance.now() - request.sentAt,
      replyChars: event.data.length,
    });
  };
  const originalSend = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'send')?.value as (
    this: WebSocket,
    data: unknown,
  ) => void;
  Object.defineProperty(WebSocket.prototype, 'send', {
    configurable: true,
    writable: true,
    value(this: WebSocket, data: unknown): void {
      if (typeof data === 'string') {
        const match = /^\{"id":(\d+),"command":"([^"]+)"/.exec(data);
        if (match?.[1] && match[2]) {
          pending.set(Number(match[1]), { command: match[2], sentAt: performance.now() });
        }
        if (!tapped.has(this)) {
          tapped.add(this);
          this.addEventListener('message', onReply);
        }
      }
      originalSend.call(this, data);
    },
  });
  const takeCalls = (): ApiCall[] => {
    const taken = calls;
    calls = [];
    return taken;
  };

  /** Resolves with performance.now() in the first task after the next frame is produced. */
  const afterNextFrame = (): Promise<number> =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve(performance.now());
        };
        channel.port2.postMessage(null);
      });
    });

  const listElement = (): HTMLElement => {
    const list = document.querySelector<HTMLElement>(LIST);
    if (!list) throw new Error('no message list on screen');
    return list;
  };

  /** The rows (message elements) that intersect the list's visible box. */
  const visibleRows = (list: HTMLElement): HTMLElement[] => {
    const box = list.getBoundingClientRect();
    return Array.from(list.querySelectorAll<HTMLElement>(ROW)).filter((row) => {
      const r = row.getBoundingClientRect();
      return r.height > 0 && r.bottom > box.top && r.top < box.bottom;
    });
  };

  /** Long animation frames (> 50 ms, LoAF API) from now until the returned function is called. */
  const watchLongFrames = (): (() => LongFrames) => {
    const entries: LoafEntry[] = [];
    let observer: PerformanceObserver | null = null;
    try {
      observer = new PerformanceObserver((list) => {
        entries.push(...(list.getEntries() as unknown as LoafEntry[]));
      });
      observer.observe({ type: 'long-animation-frame', buffered: false });
    } catch {
      observer = null;
    }
    return () => {
      if (observer) entries.push(...(observer.takeRecords() as unknown as LoafEntry[]));
      observer?.disconnect();
      const byScript = new Map<string, number>();
      for (const e of entries) {
        for (const script of e.scripts) {
          const name = `${script.invoker}${script.sourceFunctionName ? ` → ${script.sourceFunctionName}` : ''}`;
          byScript.set(name, (byScript.get(name) ?? 0) + script.duration);
        }
      }
      return {
        supported: observer !== null,
        count: entries.length,
        totalMs: entries.reduce((sum, e) => sum + e.duration, 0),
        blockingMs: entries.reduce((sum, e) => sum + e.blockingDuration, 0),
        scripts: [...byScript]
          .sort((x, y) => y[1] - x[1])
          .slice(0, 4)
          .map(([name, ms]) => ({ name, ms })),
      };
    };
  };

  const open = (peerUid: string, newestUuid: string, timeoutMs: number): Promise<OpenResult> => {
    const item = document.querySelector<HTMLElement>(
      `[data-testid=conversation-item][data-peer-uid="${peerUid}"]`,
    );
    if (!item) return Promise.reject(new Error(`no conversation item for ${peerUid}`));
    if (document.querySelector(ROW)) {
      return Promise.reject(new Error('a conversation is already on screen'));
    }
    return new Promise((resolve, reject) => {
      const longFrames = watchLongFrames();
      let t0 = 0;
      let firstDom = -1;
      let firstPaint = -1;
      let newestPaint = -1;
      let watching = true;
      const stop = (): void => {
        watching = false;
        observer.disconnect();
        clearTimeout(timer);
      };
      const finish = (): void => {
        if (firstPaint < 0 || newestPaint < 0) return;
        resolve({
          firstRowDomMs: firstDom - t0,
          firstRowPaintMs: firstPaint - t0,
          newestPaintMs: newestPaint - t0,
          longFrames: longFrames(),
        });
      };
      const check = (): void => {
        if (!watching) return;
        const list = document.querySelector<HTMLElement>(LIST);
        if (!list) return;
        const rows = visibleRows(list);
        if (rows.length === 0) return;
        if (firstDom < 0) {
          firstDom = performance.now();
          void afterNextFrame().then((t) => {
            firstPaint = t;
            finish();
          });
        }
        if (rows.some((r) => r.dataset.uuid === newestUuid)) {
          stop();
          void afterNextFrame().then((t) => {
            newestPaint = t;
            finish();
          });
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['style'],
      });
      // Scrolling moves rows without a DOM mutation: look once per frame as well.
      const poll = (): void => {
        check();
        if (watching) requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`conversation ${peerUid} not shown within ${timeoutMs} ms`));
      }, timeoutMs);
      t0 = performance.now();
      item.click();
    });
  };

  const rows = (): RowCounts => {
    const list = document.querySelector<HTMLElement>(LIST);
    return {
      messageRows: document.querySelectorAll(ROW).length,
      listElements: list ? list.getElementsByTagName('*').length : 0,
      loaded: Number(list?.dataset.count ?? 0),
    };
  };

  const scroll = (frames: number, px: number): Promise<ScrollResult> =>
    new Promise((resolve) => {
      const list = listElement();
      const longFrames = watchLongFrames();
      const intervals: number[] = [];
      const work: number[] = [];
      const pageIntervals: number[] = [];
      const pageWaitMs: number[] = [];
      let pages = 0;
      let stalledFrames = 0;
      let scrolledPx = 0;
      let reversals = 0;
      let maxMessageRows = 0;
      const days = new Set<string>();
      let jumps = 0;
      let maxJumpPx = 0;
      let jumpsAtPage = 0;
      const jumpLog: { frame: number; px: number; pages: number }[] = [];
      let pagesChecked = 0;
      let direction = -1;
      let idleAtTop = 0;
      let count = Number(list.dataset.count ?? 0);
      let loadingSeen: number | null = null;
      let previousTs: number | null = null;
      let frame = 0;
      /** A row on screen before our last scroll, and where it was (viewport px). */
      let reference: { uuid: string; top: number } | null = null;
      /** What our last scroll should have moved that row by. */
      let expectedMove = 0;

      /** Did the content move exactly as we scrolled it? Then pick the next reference row. */
      const checkContent = (): void => {
        if (reference) {
          const row = list.querySelector<HTMLElement>(`${ROW}[data-uuid="${reference.uuid}"]`);
          if (row) {
            const moved = row.getBoundingClientRect().top - reference.top - expectedMove;
            const off = Math.abs(moved);
            if (off > 1.5) {
              jumps += 1;
              jumpLog.push({ frame, px: Math.round(moved), pages });
              maxJumpPx = Math.max(maxJumpPx, off);
              if (pages !== pagesChecked) jumpsAtPage += 1;
            }
          }
        }
        pagesChecked = pages;
        const onScreen = visibleRows(list);
        const middle = onScreen[Math.floor(onScreen.length / 2)];
        reference = middle?.dataset.uuid
          ? { uuid: middle.dataset.uuid, top: middle.getBoundingClientRect().top }
          : null;
        maxMessageRows = Math.max(maxMessageRows, list.querySelectorAll(ROW).length);
        list.querySelectorAll('[data-testid=day-separator]').forEach((day) => {
          days.add(day.textContent);
        });
      };

      /** Scrolls between frames, as a wheel or touch scroll does (its scroll event comes next frame). */
      const move = (): void => {
        const maxTop = list.scrollHeight - list.clientHeight;
        const loading = list.querySelector('.loading-older') !== null;
        if (direction < 0 && list.scrollTop <= 0) {
          if (loading) stalledFrames += 1;
          else if (++idleAtTop >= 3) {
            direction = 1;
            reversals += 1;
          }
        } else if (direction > 0 && list.scrollTop >= maxTop - 1) {
          direction = -1;
          reversals += 1;
        } else {
          idleAtTop = 0;
        }
        const before = list.scrollTop;
        list.scrollTop = before + direction * px;
        const applied = list.scrollTop - before;
        scrolledPx += Math.abs(applied);
        expectedMove = -applied;
      };

      const step = (ts: number): void => {
        if (previousTs !== null) intervals.push(ts - previousTs);
        previousTs = ts;
        const loaded = Number(list.dataset.count ?? 0);
        if (loaded !== count) {
          pages += 1;
          count = loaded;
          const last = intervals.at(-1);
          if (last !== undefined) pageIntervals.push(last);
          if (loadingSeen !== null) pageWaitMs.push(ts - loadingSeen);
          loadingSeen = null;
        }
        if (loadingSeen === null && list.querySelector('.loading-older')) loadingSeen = ts;
        if (frame++ >= frames) {
          resolve({
            intervals,
            work,
            pageIntervals,
            pages,
            pageWaitMs,
            stalledFrames,
            scrolledPx,
            reversals,
            days: days.size,
            maxMessageRows,
            jumps,
            maxJumpPx,
            jumpsAtPage,
            jumpLog,
            longFrames: longFrames(),
          });
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          work.push(performance.now() - ts);
          checkContent();
          move();
        };
        channel.port2.postMessage(null);
        requestAnimationFrame(step);
      };
      checkContent();
      move();
      requestAnimationFrame(step);
    });

  const quiet = (frames: number, maxMs: number, timeoutMs: number): Promise<boolean> =>
    new Promise((resolve) => {
      const start = performance.now();
      let previous: number | null = null;
      let calm = 0;
      const tick = (ts: number): void => {
        if (previous !== null) calm = ts - previous <= maxMs ? calm + 1 : 0;
        previous = ts;
        if (calm >= frames) resolve(true);
        else if (ts - start > timeoutMs) resolve(false);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });

  return { takeCalls, open, rows, scroll, quiet };
}

/** Defines `window.__uiBench` in every document the page loads from now on. */
export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript(
    `globalThis.__name ??= (fn) => fn;\nwindow.__uiBench = (${installPageProbe.toString()})();`,
  );
}

export function probeOpen(
  page: Page,
  peerUid: string,
  newestUuid: string,
  timeoutMs: number,
): Promise<OpenResult> {
  return page.evaluate(
    ([uid, newest, timeout]) =>
      (window as unknown as ProbeWindow).__uiBench.open(uid, newest, timeout),
    [peerUid, newestUuid, timeoutMs] as const,
  );
}

export function probeCalls(page: Page): Promise<ApiCall[]> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__uiBench.takeCalls());
}

export function probeRows(page: Page): Promise<RowCounts> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__uiBench.rows());
}

export function probeScroll(page: Page, frames: number, px: number): Promise<ScrollResult> {
  return page.evaluate(
    ([n, step]) => (window as unknown as ProbeWindow).__uiBench.scroll(n, step),
    [frames, px] as const,
  );
}

export function probeQuiet(page: Page, frames: number, maxMs: number, timeoutMs: number) {
  return page.evaluate(
    ([n, max, timeout]) => (window as unknown as ProbeWindow).__uiBench.quiet(n, max, timeout),
    [frames, maxMs, timeoutMs] as const,
  );
}
