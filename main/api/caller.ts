/**
 * The page a command came from, as far as its host can tell (a web socket, a window's loaded
 * document): what the host ends when that page goes away (a reload, a closed tab, a crashed
 * renderer). A file the page was handing over piece by piece cannot arrive any more then, and
 * its message should say so at once rather than after the engine's idle timeout.
 */
export class ApiCaller {
  private readonly whenGone = new Set<() => void>();
  private ended = false;

  /** Runs `fn` once this page is gone (at once if it already is); returns what cancels it. */
  onGone(fn: () => void): () => void {
    if (this.ended) {
      fn();
      return () => undefined;
    }
    this.whenGone.add(fn);
    return () => {
      this.whenGone.delete(fn);
    };
  }

  /** The page went away: runs what waited for it, once. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    const waiting = [...this.whenGone];
    this.whenGone.clear();
    for (const fn of waiting) fn();
  }

  get gone(): boolean {
    return this.ended;
  }
}
