/**
 * Object URLs for component tests: jsdom runs on Node's URL, whose createObjectURL does not
 * take jsdom's Blobs. `useObjectUrls` hands out `blob:test/1`, `blob:test/2`, … and records
 * what was made and revoked, for the tests of one file.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export interface ObjectUrls {
  /** The Blobs URLs were made for, in order (URL i+1 is made for blobs[i]). */
  readonly blobs: Blob[];
  readonly revoked: string[];
}

export function useObjectUrls(): ObjectUrls {
  const urls: ObjectUrls = { blobs: [], revoked: [] };
  beforeEach(() => {
    urls.blobs.length = 0;
    urls.revoked.length = 0;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
      if (blob instanceof Blob) urls.blobs.push(blob);
      return `blob:test/${urls.blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url: string) => {
      urls.revoked.push(url);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return urls;
}
