/**
 * The one MeowApi the UI uses: Electron's preload exposes it as `window.meow`; in a plain
 * browser (the browser host, `npm run start:web`) it is a WebSocket client to the page's own
 * host, authorized by the per-launch token in the URL fragment. Tests install a fake.
 */
import type { MeowApi } from '@meow/contract';
import { apiUrl, createWsApi, tokenFromHash, type ConnectionStatus } from './ws-client';

declare global {
  interface Window {
    meow?: MeowApi;
  }
}

const TOKEN_KEY = 'meow.token';

let current: MeowApi | null = null;
let statusSource: ((fn: (s: ConnectionStatus) => void) => () => void) | null = null;

function pageToken(): string {
  const fromHash = tokenFromHash(window.location.hash);
  try {
    // Kept for this tab only, so a reload without the fragment still connects.
    if (fromHash) sessionStorage.setItem(TOKEN_KEY, fromHash);
    return fromHash || (sessionStorage.getItem(TOKEN_KEY) ?? '');
  } catch {
    return fromHash;
  }
}

export function getApi(): MeowApi {
  if (current) return current;
  if (window.meow) {
    current = window.meow;
    return current;
  }
  const ws = createWsApi({ url: apiUrl(window.location, pageToken()) });
  statusSource = (fn) => ws.onStatus(fn);
  current = ws;
  return ws;
}

/** Connection changes of the WebSocket transport (never fires under Electron). */
export function onConnectionStatus(listener: (status: ConnectionStatus) => void): () => void {
  getApi();
  return statusSource ? statusSource(listener) : () => undefined;
}

/** Tests: use `api` from now on (null: back to auto-detection). */
export function setApi(api: MeowApi | null): void {
  current = api;
  statusSource = null;
}
