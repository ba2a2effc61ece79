/** What the in-page probe (ui-page.ts) reports back to bench/ui.bench.ts. */
export interface OpenResult {
  /** click → first MutationObserver callback that finds a message row inside the list's viewport. */
  readonly firstRowDomMs: number;
  /** click → the task right after the next frame (rAF + MessageChannel) that drew that row. */
  readonly firstRowPaintMs: number;
  /** click → frame after the newest message (where the list opens) is inside the viewport. */
  readonly newestPaintMs: number;
  /** Long animation frames from the click until then. */
  readonly longFrames: LongFrames;
}

export interface RowCounts {
  /** `[data-testid=message]` elements in the document. */
  readonly messageRows: number;
  /** Elements under the message list (rows and their contents). */
  readonly listElements: number;
  /** Messages loaded in the renderer's store (`data-count` of the list). */
  readonly loaded: number;
}

export interface LongFrames {
  /** Whether this Chromium reports long animation frames. */
  readonly supported: boolean;
  /** Frames longer than 50 ms, their summed duration and blocking time (ms over 50 each). */
  readonly count: number;
  readonly totalMs: number;
  readonly blockingMs: number;
  /** The scripts that ran longest in them (invoker → function, as in the built bundle). */
  readonly scripts: { name: string; ms: number }[];
}

export interface LoafEntry {
  readonly duration: number;
  readonly blockingDuration: number;
  readonly scripts: readonly {
    readonly invoker: string;
    readonly sourceFunctionName: string;
    readonly duration: number;
  }[];
}

export interface ScrollResult {
  /** Intervals between consecutive requestAnimationFrame timestamps, ms (vsync-aligned). */
  readonly intervals: number[];
  /** Per frame: its rAF timestamp → the first task after the frame was produced, ms. */
  readonly work: number[];
  /** Frame intervals that contained the prepend of an older page (state change → render). */
  readonly pageIntervals: number[];
  /** Older pages prepended during the scroll. */
  readonly pages: number;
  /** From the frame the "Loading earlier messages…" row was seen to the frame with the page. */
  readonly pageWaitMs: number[];
  /** Frames spent at scrollTop 0 while an older page was loading (the user waits). */
  readonly stalledFrames: number;
  /** Pixels scrolled in total (what the scroll actually moved). */
  readonly scrolledPx: number;
  /** Times the direction flipped at an end (the small conversation is shorter than the scroll). */
  readonly reversals: number;
  /** Distinct day separators that were mounted at some frame (the days scrolled through). */
  readonly days: number;
  /** Most `[data-testid=message]` rows mounted at any frame. */
  readonly maxMessageRows: number;
  /**
   * Frames where the visible content moved by something other than the scroll we applied
   * (a row kept on screen from one frame to the next, compared by its position), and the
   * largest such move, px.
   */
  readonly jumps: number;
  readonly maxJumpPx: number;
  /** Of those, the jumps in a frame that prepended an older page. */
  readonly jumpsAtPage: number;
  /** Each jump: the frame, its signed move (px, + = content moved down) and the page count. */
  readonly jumpLog: readonly { frame: number; px: number; pages: number }[];
  readonly longFrames: LongFrames;
}

export interface ApiCall {
  readonly command: string;
  /** performance.now() when the page sent the request. */
  readonly sentAt: number;
  /** Request sent → its reply handled by the app's socket client (host + socket + JSON). */
  readonly roundTripMs: number;
  /** Size of the reply frame, characters. */
  readonly replyChars: number;
}

export interface PageProbe {
  /** The API calls whose replies arrived since the last call of takeCalls. */
  takeCalls(): ApiCall[];
  open(peerUid: string, newestUuid: string, timeoutMs: number): Promise<OpenResult>;
  rows(): RowCounts;
  scroll(frames: number, px: number): Promise<ScrollResult>;
  /**
   * Resolves true after `frames` consecutive frames of at most `maxMs` each (the page is idle),
   * false if that did not happen within `timeoutMs` (a busy machine).
   */
  quiet(frames: number, maxMs: number, timeoutMs: number): Promise<boolean>;
}
