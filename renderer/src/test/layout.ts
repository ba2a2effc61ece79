/**
 * jsdom has no layout: every element measures 0, so a virtualized list (the conversation list,
 * the message list) renders no row. `useLayoutSizes` gives every element a size for the tests
 * of one file, so the virtualizers render a window of rows, and puts everything back after
 * them (test files share a fork's jsdom: a size left behind changes what later files see).
 */
import { afterAll, beforeAll } from 'vitest';

export type LayoutSizes = Readonly<
  Record<'clientHeight' | 'clientWidth' | 'offsetHeight' | 'offsetWidth', number>
>;

const DEFAULT_SIZES: LayoutSizes = {
  clientHeight: 600,
  clientWidth: 400,
  offsetHeight: 60,
  offsetWidth: 400,
};

export function useLayoutSizes(sizes: LayoutSizes = DEFAULT_SIZES): void {
  const saved = new Map<string, PropertyDescriptor | undefined>();
  beforeAll(() => {
    for (const [key, value] of Object.entries(sizes)) {
      saved.set(key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key));
      Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
    }
  });
  afterAll(() => {
    // clientHeight and clientWidth are Element's: HTMLElement had no own one to put back.
    for (const [key, d] of saved) {
      if (d) Object.defineProperty(HTMLElement.prototype, key, d);
      else Reflect.deleteProperty(HTMLElement.prototype, key);
    }
  });
}
