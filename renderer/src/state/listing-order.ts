/**
 * The order of a store's listings (contacts.ts, devices.ts). Answers to two listings can cross
 * on their way, and a listing still out when the app locks must not put its rows back into the
 * page behind the unlock screen: an answer is shown only if no later listing's answer was, and
 * the listing started after the last lock.
 */
export interface ListingOrder {
  /** A listing starts: its number. */
  start(): number;
  /** Whether listing `seq`'s answer may still be shown (nothing newer shown, no lock since). */
  isCurrent(seq: number): boolean;
  /** Listing `seq`'s answer is shown, if current; false: drop it. */
  accept(seq: number): boolean;
  /** On lock: the answers of the listings started so far are dropped. */
  forget(): void;
}

export function listingOrder(): ListingOrder {
  let started = 0;
  let shown = 0;
  let forgotten = 0;
  const isCurrent = (seq: number): boolean => seq >= shown && seq > forgotten;
  return {
    start: () => ++started,
    isCurrent,
    accept(seq) {
      if (!isCurrent(seq)) return false;
      shown = seq;
      return true;
    },
    forget() {
      forgotten = started;
    },
  };
}
