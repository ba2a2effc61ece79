/**
 * Mirrors the visible screen into the URL fragment inside Electron, where the main process
 * grants the camera only to the screens that scan QR codes (main/electron/security.ts
 * CAMERA_ROUTES: #/devices, #/contacts/add, #/onboarding/join). In the browser host the
 * fragment carries the per-launch token the WebSocket needs, so it is left alone there.
 */
const ROUTES = {
  chats: '#/chats',
  'add-contact': '#/contacts/add',
  devices: '#/devices',
  settings: '#/settings',
  'onboarding-join': '#/onboarding/join',
  'onboarding-relay': '#/onboarding/relay',
  onboarding: '#/onboarding',
} as const;

export type Route = keyof typeof ROUTES;

export function showRoute(route: Route): void {
  if (typeof window === 'undefined' || !('meow' in window)) return;
  window.history.replaceState(null, '', ROUTES[route]);
}
