/**
 * Logging rules: the relay logs error codes and events, never message contents, tokens or
 * whole keys. A client is identified by at most the first 4 bytes (8 hex digits) of its key,
 * enough to correlate a burst of errors, too little to identify anyone across relays.
 */
export function keyPrefix(key: Uint8Array | undefined): string {
  if (!key || key.length === 0) return '';
  return ` key=${Buffer.from(key.subarray(0, 4)).toString('hex')}`;
}
