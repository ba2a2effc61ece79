/**
 * The rest of an engine's start-up, run once: soon after the UI's first contact list, at once
 * when a command needs it, or after START_REST_MS if neither comes (a UI that never lists
 * must still receive messages). ApiSession owns one per unlocked profile.
 */

/** The latest the rest of start-up waits for a first contact list, ms after unlock. */
export const START_REST_MS = 2_000;

export class DeferredStart {
  private running: Promise<void> | undefined;
  private readonly timer: ReturnType<typeof setTimeout>;
  private cancelled = false;

  constructor(
    private readonly run: () => Promise<void>,
    private readonly failed: (err: unknown) => void,
    fallbackMs = START_REST_MS,
  ) {
    this.timer = setTimeout(() => {
      void this.now().catch(() => undefined);
    }, fallbackMs);
  }

  /** Starts it if it has not begun; resolves when it is done, rejects if it failed. */
  now(): Promise<void> {
    clearTimeout(this.timer);
    if (this.running) return this.running;
    if (this.cancelled) return Promise.resolve();
    this.running = this.run();
    this.running.catch(this.failed);
    return this.running;
  }

  /** Starts it after the current turn: a reply being sent goes out first. */
  soon(): void {
    if (this.running || this.cancelled) return;
    setImmediate(() => {
      void this.now().catch(() => undefined);
    });
  }

  /** Never start it (the profile is being locked); a run under way is left to finish. */
  cancel(): void {
    this.cancelled = true;
    clearTimeout(this.timer);
  }
}
