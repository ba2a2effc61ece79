/**
 * The engine's typed events, as the API forwards them to hosts and the UI. They are declared
 * with the engine (main/client/engine/events.ts), which owns its emitter; this module is the
 * API's view of them, so nothing above the engine reaches into engine files for event types.
 */
export * from '../client/engine/events';
