import type { EnqueueResult, RelayStore } from './types';

/** One message through `enqueueAll`: the stores implement `enqueue` with it. */
export async function enqueueOne(
  store: Pick<RelayStore, 'enqueueAll'>,
  lookupKey: Uint8Array,
  message: Uint8Array,
  now: number,
): Promise<EnqueueResult> {
  const [result] = await store.enqueueAll(lookupKey, [message], now);
  if (!result) throw new Error('enqueueAll answered no result');
  return result;
}
