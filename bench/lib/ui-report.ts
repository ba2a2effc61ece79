/**
 * The table of bench/ui.bench.ts: every figure is the median over rounds of one round's value,
 * for the big and the small conversation, and their ratio.
 */
import { median, percentile, printTable } from './measure';
import type { ApiCall, OpenResult, RowCounts, ScrollResult } from './ui-page';

export interface Sample {
  readonly open: OpenResult;
  /** messages.list calls from the click until the page was idle again. */
  readonly openLists: ApiCall[];
  readonly afterOpen: RowCounts;
  readonly scroll: ScrollResult;
  /** messages.list calls during the scroll (older pages). */
  readonly scrollLists: ApiCall[];
  readonly afterScroll: RowCounts;
  readonly reopen: OpenResult;
}

export interface Samples {
  readonly big: readonly Sample[];
  readonly small: readonly Sample[];
}

export interface ReportSetup {
  readonly bigMessages: number;
  readonly smallMessages: number;
  readonly frames: number;
  readonly scrollPx: number;
}

/** 60 Hz. */
const VSYNC_MS = 1000 / 60;

const ms = (v: number): string => `${v.toFixed(1)} ms`;
const num = (v: number): string => Math.round(v).toLocaleString('en-US');
const px = (v: number): string => `${num(v)} px`;
const kib = (v: number): string => `${num(v / 1024)} KiB`;
const ratio = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(2) : '—');
export const count = num;

/**
 * Vsyncs a frame interval missed. rAF timestamps are vsync-aligned (multiples of 16.7 ms,
 * ± 0.1 ms), so an interval of 33.3 ms is a frame that took longer than 16.7 ms (one missed),
 * 50 ms one that took longer than 33.3 ms (two missed).
 */
const missed = (interval: number): number => Math.max(0, Math.round(interval / VSYNC_MS) - 1);

type Metric = readonly [label: string, pick: (s: Sample) => number, format: (v: number) => string];

function metrics(setup: ReportSetup): Metric[] {
  const iv = (s: Sample): number[] => s.scroll.intervals;
  const framesMissing = (vsyncs: number) => (s: Sample) =>
    iv(s).filter((v) => missed(v) >= vsyncs).length;
  return [
    ['open: click → first message row in the DOM', (s) => s.open.firstRowDomMs, ms],
    ['open: click → frame with that row produced', (s) => s.open.firstRowPaintMs, ms],
    ['open: click → frame with the newest message', (s) => s.open.newestPaintMs, ms],
    ['  messages.list round trip, newest page', (s) => s.openLists[0]?.roundTripMs ?? 0, ms],
    ['  its reply (200 msgs / all 100)', (s) => s.openLists[0]?.replyChars ?? 0, kib],
    ['  messages.list calls until idle', (s) => s.openLists.length, num],
    ['  messages in the store once idle', (s) => s.afterOpen.loaded, num],
    ['mounted message rows after open', (s) => s.afterOpen.messageRows, num],
    ['  elements under the list after open', (s) => s.afterOpen.listElements, num],
    ['mounted message rows, most at any scroll frame', (s) => s.scroll.maxMessageRows, num],
    ['mounted message rows after the scroll', (s) => s.afterScroll.messageRows, num],
    [`scroll ${setup.frames} frames × ${setup.scrollPx} px: frame p50`, (s) => median(iv(s)), ms],
    ['scroll: frame p95', (s) => percentile(iv(s), 95), ms],
    ['scroll: frame p99', (s) => percentile(iv(s), 99), ms],
    ['scroll: frames > 16.7 ms (≥ 1 vsync missed)', framesMissing(1), num],
    ['scroll: frames > 33.3 ms (≥ 2 vsyncs missed)', framesMissing(2), num],
    ['scroll: vsyncs missed in all', (s) => iv(s).reduce((n, v) => n + missed(v), 0), num],
    ['scroll: frame work (rAF → frame done) p50', (s) => median(s.scroll.work), ms],
    ['scroll: frame work p95', (s) => percentile(s.scroll.work, 95), ms],
    ['scroll: frame work p99', (s) => percentile(s.scroll.work, 99), ms],
    ['scroll: long animation frames (> 50 ms)', (s) => s.scroll.longFrames.count, num],
    ['scroll: px moved', (s) => s.scroll.scrolledPx, num],
    ['  distinct day separators passed', (s) => s.scroll.days, num],
    ['scroll: older pages loaded (200 msgs each)', (s) => s.scroll.pages, num],
    ['  messages in the store after the scroll', (s) => s.afterScroll.loaded, num],
    [
      '  messages.list round trip, older page',
      (s) => median(s.scrollLists.map((c) => c.roundTripMs)),
      ms,
    ],
    ['  "Loading earlier…" seen → page in a frame', (s) => median(s.scroll.pageWaitMs), ms],
    ['  longest frame that prepended a page', (s) => Math.max(0, ...s.scroll.pageIntervals), ms],
    ['  frames stuck at the top waiting for a page', (s) => s.scroll.stalledFrames, num],
    ['scroll: content jumps (frames)', (s) => s.scroll.jumps, num],
    ['  of which in a frame that prepended a page', (s) => s.scroll.jumpsAtPage, num],
    ['  largest content jump', (s) => s.scroll.maxJumpPx, px],
    ['re-open, same page: click → newest in a frame', (s) => s.reopen.newestPaintMs, ms],
  ];
}

/** The scripts that ran longest inside long animation frames, mean ms per round. */
function longFrameScripts(list: readonly Sample[]): string {
  const total = new Map<string, number>();
  for (const s of list) {
    for (const script of [...s.open.longFrames.scripts, ...s.scroll.longFrames.scripts]) {
      total.set(script.name, (total.get(script.name) ?? 0) + script.ms / list.length);
    }
  }
  const top = [...total].sort((a, b) => b[1] - a[1]).slice(0, 4);
  return top.map(([script, t]) => `${script} ${ms(t)}`).join('; ') || 'none';
}

export function printReport(setup: ReportSetup, samples: Samples): void {
  const big = `${num(setup.bigMessages)} msgs`;
  const small = `${num(setup.smallMessages)} msgs`;
  const rows: string[][] = [['measure (median of rounds)', big, small, 'ratio big/small']];
  for (const [label, pick, format] of metrics(setup)) {
    const b = median(samples.big.map(pick));
    const s = median(samples.small.map(pick));
    rows.push([label, format(b), format(s), ratio(b, s)]);
  }
  printTable(rows);
  // A median over rounds hides a jump that happens in one round only: the sum shows it.
  const jumps = (list: readonly Sample[]): string => {
    const n = list.reduce((sum, x) => sum + x.scroll.jumps, 0);
    const atPage = list.reduce((sum, x) => sum + x.scroll.jumpsAtPage, 0);
    const largest = Math.max(0, ...list.map((x) => x.scroll.maxJumpPx));
    const each = list
      .flatMap((x, round) =>
        x.scroll.jumpLog.map((j) => `r${round + 1} f${j.frame} ${j.px > 0 ? '+' : ''}${j.px}px`),
      )
      .join(', ');
    const detail = each ? ` [round, frame, move: ${each}]` : '';
    return `${num(n)} (${num(atPage)} in a frame that prepended a page; largest ${px(largest)})${detail}`;
  };
  console.log(
    `content jumps over all ${samples.big.length} rounds: ${big} ${jumps(samples.big)}, ` +
      `${small} ${jumps(samples.small)}`,
  );
  console.log('');
  console.log('scripts inside long animation frames (open + scroll, mean per round):');
  console.log(`  ${big}: ${longFrameScripts(samples.big)}`);
  console.log(`  ${small}: ${longFrameScripts(samples.small)}`);
}
