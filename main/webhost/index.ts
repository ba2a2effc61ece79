/** main/webhost — the browser host: the built renderer and the API WebSocket on loopback. */
export { startWebHost, WebHostError, type WebHost, type WebHostOptions } from './host';
export { contentSecurityPolicy, securityHeaders } from './security';
export { MAX_FRAME_BYTES } from './socket';
