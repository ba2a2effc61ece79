/**
 * zod schemas of the message and contact views (view-types.ts), strict: a view with a field the
 * contract does not name is refused. Tests hold `messages.list`, `peers.list` and the events
 * that carry views (view-events.ts) to the same schemas, so an event can never show the UI
 * more than listing does. Not used at run time: both come from views.ts on the trusted side.
 */
import { z } from 'zod';
import type { MessageView, PeerView } from './view-types';

const cursor = z.object({ createdAt: z.number(), id: z.number() }).strict();
const by = z.enum(['me', 'contact']);

const notice = z.union([
  z
    .object({
      kind: z.enum(['relay_expired', 'key_changed']),
      expired: z.number(),
      unknown: z.boolean(),
    })
    .strict(),
  z.object({ kind: z.literal('expiry_timer'), seconds: z.number(), by }).strict(),
]);

const attachment = z
  .object({
    localId: z.string().nullable(),
    position: z.number().int().nonnegative(),
    name: z.string(),
    mimeType: z.string(),
    size: z.number().nonnegative(),
    width: z.number().int().nonnegative(),
    height: z.number().int().nonnegative(),
    thumbnail: z.string().startsWith('data:image/').nullable(),
    state: z.enum([
      'encrypting',
      'uploading',
      'sent',
      'queued',
      'on_request',
      'ready',
      'failed',
      'expired',
      'damaged',
      'invalid',
    ]),
    doneChunks: z.number().int().nonnegative(),
    chunkCount: z.number().int().nonnegative(),
    error: z.string().nullable(),
  })
  .strict();

export const messageViewSchema = z
  .object({
    uuid: z.string().min(1),
    outbound: z.boolean(),
    text: z.string(),
    state: z.enum([
      'pending',
      'pending_forward',
      'sent',
      'delivered',
      'read',
      'failed',
      'received',
    ]),
    createdAt: z.number(),
    sentAt: z.number().nullable(),
    replyTo: z.string(),
    failureReason: z.string().nullable(),
    cursor,
    notice: notice.nullable(),
    editedAt: z.number().nullable(),
    deleted: z.boolean(),
    expiresAt: z.number().nullable(),
    attachments: z.array(attachment).readonly(),
  })
  .strict();

export const peerViewSchema = z
  .object({
    uid: z.string().min(1),
    name: z.string(),
    avatar: z.string(),
    step: z.enum(['offered', 'answered', 'confirming', 'finalized']),
    unread: z.number().int().nonnegative(),
    lastMessage: messageViewSchema.nullable(),
    primaryDeviceUid: z.string(),
    blocked: z.boolean(),
    messageNotification: z.boolean(),
    verified: z.boolean(),
    keyChanged: z.boolean(),
    expiry: z.object({ seconds: z.number(), by }).strict(),
  })
  .strict();

// Compile-time: the schemas describe exactly the contract's views.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const SCHEMAS_MATCH: [
  Same<z.infer<typeof messageViewSchema>, MessageView>,
  Same<z.infer<typeof peerViewSchema>, PeerView>,
] = [true, true];
