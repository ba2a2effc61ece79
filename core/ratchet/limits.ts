/**
 * Bounds of the receiving side: Signal DR spec (revision 1) §3.2 MAX_SKIP and §6.4 "Deletion
 * of skipped message keys". Kept in their own file so the state parser and the ratchet share
 * one definition.
 */

/** Most message keys skipped in one receiving chain (spec §3.2 MAX_SKIP). */
export const MAX_SKIP = 1000;

/** Total skipped keys kept across chains; the oldest are deleted first (spec §6.4). */
export const MAX_SKIPPED_TOTAL = 2000;

/** Largest header counter (pn, n are uint32 on the wire, docs/PROTOCOL.md §5). */
export const MAX_COUNTER = 0xffffffff;
