/**
 * Message states and the rule that they only move forward (DESIGN.md §5):
 *
 *   outbound: pending | pending_forward → sent → delivered → read;  any unsent state → failed;
 *             failed → pending | pending_forward (retry), or straight to sent/delivered/read
 *             (an ack proves the message arrived after all)
 *   inbound:  received → read
 *
 * pending and pending_forward are one rank and may swap: which device is a peer's primary can
 * change (MULTI_DEVICE_SPEC phase 7). Acks arrive out of order and repeat, so a step backwards
 * or sideways is not an error: it is ignored.
 */
import { AppError } from '../../core/errors';

export const MESSAGE_STATES = [
  'pending',
  'pending_forward',
  'sent',
  'delivered',
  'read',
  'failed',
  'received',
] as const;

export type MessageState = (typeof MESSAGE_STATES)[number];

const OUTBOUND_STATES: readonly MessageState[] = MESSAGE_STATES.filter((s) => s !== 'received');
const INBOUND_STATES: readonly MessageState[] = ['received', 'read'];

const NEXT: Readonly<Record<MessageState, readonly MessageState[]>> = {
  pending: ['pending_forward', 'sent', 'delivered', 'read', 'failed'],
  pending_forward: ['pending', 'sent', 'delivered', 'read', 'failed'],
  sent: ['delivered', 'read'],
  delivered: ['read'],
  read: [],
  failed: ['pending', 'pending_forward', 'sent', 'delivered', 'read'],
  received: ['read'],
};

export function parseState(value: string): MessageState {
  const state = MESSAGE_STATES.find((s) => s === value);
  if (!state) throw new AppError('INVALID_ARGUMENT', `unknown message state "${value}"`);
  return state;
}

/** Throws INVALID_ARGUMENT when `state` does not exist for this direction (e.g. outbound "received"). */
export function requireStateFor(outbound: boolean, state: MessageState): void {
  const allowed = outbound ? OUTBOUND_STATES : INBOUND_STATES;
  if (!allowed.includes(state)) {
    const direction = outbound ? 'an outbound' : 'an inbound';
    throw new AppError('INVALID_ARGUMENT', `"${state}" is not a state of ${direction} message`);
  }
}

export function initialState(outbound: boolean): MessageState {
  return outbound ? 'pending' : 'received';
}

export function canTransition(from: MessageState, to: MessageState): boolean {
  return NEXT[from].includes(to);
}

/** Has the message reached the server (or further)? */
export function isSentOrLater(state: MessageState): boolean {
  return state === 'sent' || state === 'delivered' || state === 'read';
}

/** Optional timestamps / reason that come with a state change; missing times default to now. */
export interface StateFields {
  readonly sentAt?: number;
  readonly deliveredAt?: number;
  readonly readAt?: number;
  readonly failureReason?: string;
}

export interface StateColumns {
  readonly sentAt: number | null;
  readonly deliveredAt: number | null;
  readonly readAt: number | null;
  readonly failureReason: string | null;
}

/**
 * The columns after moving to `to`. The first recorded time of each step wins (a repeated ack
 * does not move it); reaching "read" implies "delivered" for an outbound message; a retry
 * clears the failure reason.
 */
export function columnsAfter(
  to: MessageState,
  outbound: boolean,
  current: StateColumns,
  fields: StateFields,
  now: number,
): StateColumns {
  const sentAt = to === 'sent' ? (current.sentAt ?? fields.sentAt ?? now) : current.sentAt;
  const readAt = to === 'read' ? (current.readAt ?? fields.readAt ?? now) : current.readAt;
  const deliveredNow = to === 'delivered' || (to === 'read' && outbound);
  const deliveredAt = deliveredNow
    ? (current.deliveredAt ?? fields.deliveredAt ?? (to === 'read' ? readAt : now))
    : current.deliveredAt;
  return { sentAt, deliveredAt, readAt, failureReason: failureAfter(to, current, fields) };
}

function failureAfter(to: MessageState, current: StateColumns, fields: StateFields) {
  if (to === 'failed') return fields.failureReason ?? 'unknown';
  if (to === 'pending' || to === 'pending_forward') return null;
  return current.failureReason;
}
