/**
 * core/attachments — the client side of attachments' crypto and formats (docs/PROTOCOL.md §12):
 * constants shared with the relay's blob store, chunk-count padding, capabilities, chunk
 * sealing, streaming encryption, random-access decryption and the E2E pointer.
 */
export * from './constants';
export * from './padding';
export * from './capabilities';
export { chunkAd, openChunk, sealChunk, type ChunkContext } from './chunk';
export * from './encrypt';
export * from './decrypt';
export * from './pointer';
