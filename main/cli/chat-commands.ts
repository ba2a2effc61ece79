/** Chat from the command line: invitations, contacts, messages, and the event stream. */
import type { EngineEvents } from '../api/events';
import { errorSentence, failureSentence } from '../api/error-words';
import { EVENT_NAMES } from '../api/names';
import { isVerified } from '../client/peers/safety-code';
import { RelayClient } from '../client/relay';
import { timerOf } from '../client/engine/expiry-fields';
import { AppError } from '../../core/errors';
import type { Command } from './context';
import { fileLines, filesOf } from './file-commands';
import { drainOutbox, need, nextEvent, str, timeoutMs, withEngine } from './engine-run';

const invite: Command = (ctx) =>
  withEngine(ctx, false, async (engine) => {
    const expiry = str(ctx, 'expiry');
    const result = await engine.invite({
      name: str(ctx, 'name') ?? '',
      ...(ctx.options['via-shortcode'] === true
        ? { viaShortcode: { expirySeconds: Number(expiry ?? 3600) } }
        : {}),
    });
    const human = result.shortcode
      ? `${result.text}\nshortcode ${result.shortcode}  password ${result.password ?? ''}`
      : result.text;
    ctx.out.result(human, result);
  });

const accept: Command = (ctx) =>
  withEngine(ctx, true, async (engine) => {
    const text = str(ctx, 'text');
    const input = text
      ? { text }
      : {
          shortcode: need(str(ctx, 'shortcode'), '--text or --shortcode'),
          password: need(str(ctx, 'invite-password'), '--invite-password'),
          server: (await RelayClient.add(need(str(ctx, 'server'), '--server'))).ref,
        };
    const peerUid = await engine.accept(input);
    const name = str(ctx, 'name');
    if (name !== undefined) await engine.updatePeer(peerUid, { name });
    await drainOutbox(engine, timeoutMs(ctx));
    ctx.out.result(`accepted; contact ${peerUid}`, { peerUid });
  });

const peers: Command = (ctx) =>
  withEngine(ctx, false, async (engine) => {
    const unread = engine.unreadCounts();
    const list = (await engine.listPeers()).map((p) => ({
      peerUid: p.uid,
      name: p.name,
      step: p.invitationStep,
      unread: unread.get(p.uid) ?? 0,
      blocked: p.blocked,
      verified: isVerified(p),
      expirySeconds: timerOf(p).seconds,
    }));
    ctx.out.result(
      list
        .map((p) => {
          const marks = `${p.blocked ? '  blocked' : ''}${p.verified ? '  verified' : ''}`;
          const timer = p.expirySeconds > 0 ? `  disappearing ${p.expirySeconds}s` : '';
          return `${p.peerUid}  ${p.name || '(unnamed)'}  ${p.step}  unread ${p.unread}${marks}${timer}`;
        })
        .join('\n') || '(no contacts)',
      list,
    );
  });

const send: Command = (ctx) =>
  withEngine(ctx, true, async (engine) => {
    const peerUid = need(ctx.positionals[1], 'contact id');
    const text = need(ctx.positionals[2], 'message text');
    // Listening before the send, so that no status can come first; stopped if the send is
    // refused (a blocked contact), or the refusal would wait out the timeout to be printed.
    const refused = new AbortController();
    const sent = nextEvent(
      engine,
      'message.statusChanged',
      (e) => e.peerUid === peerUid && e.state !== 'pending',
      timeoutMs(ctx),
      undefined,
      refused.signal,
    ).catch(() => ({ state: 'pending' as const, reason: undefined }));
    const uuid = await engine.sendText(peerUid, text).catch((err: unknown) => {
      refused.abort(err);
      throw err;
    });
    const status = await sent;
    const failed = status.state === 'failed' ? failureSentence(status.reason ?? null) : '';
    ctx.out.result(failed ? `${uuid} failed: ${failed}` : `${uuid} ${status.state}`, {
      uuid,
      state: status.state,
      ...(failed ? { reason: status.reason ?? null, text: failed } : {}),
    });
  });

const messages: Command = (ctx) =>
  withEngine(ctx, false, (engine) => {
    const peerUid = need(ctx.positionals[1], 'contact id');
    const page = engine.listMessages(peerUid, { limit: Number(str(ctx, 'limit') ?? 50) });
    const list = page.messages
      .filter((m) => m.message.deleted !== 'me') // deleted for me: a tombstone, never listed
      .map((m) => ({
        uuid: m.uuid,
        outbound: m.outbound,
        state: m.state,
        createdAt: m.createdAt,
        text: m.message.text,
        editedAt: m.message.editedAt > 0 ? m.message.editedAt : null,
        deleted: m.message.deleted !== '',
        expiresAt: m.expiresAt,
        ...(m.state === 'failed' ? { failureReason: m.failureReason } : {}),
        attachments: filesOf(engine, m),
      }));
    const shown = (m: (typeof list)[number]) =>
      m.deleted ? '(this message was deleted)' : `${m.text}${m.editedAt ? ' (edited)' : ''}`;
    const line = (m: (typeof list)[number]) => {
      const why = m.state === 'failed' ? `\n    ${failureSentence(m.failureReason ?? null)}` : '';
      const head = `${m.outbound ? '→' : '←'} [${m.state}] ${shown(m)}  ${m.uuid}`;
      return `${head}${why}${fileLines(m.attachments)}`;
    };
    ctx.out.result(list.map(line).join('\n') || '(no messages)', list);
    return Promise.resolve();
  });

/** The timer words the CLI takes: off, 5m, 1h, 1d, 1w (or the seconds themselves). */
const TIMERS: Readonly<Record<string, number>> = {
  off: 0,
  '5m': 300,
  '1h': 3_600,
  '1d': 86_400,
  '1w': 604_800,
};

function timerSeconds(word: string): number {
  const seconds = TIMERS[word] ?? Number(word);
  if (!Object.values(TIMERS).includes(seconds)) {
    throw new AppError('INVALID_ARGUMENT', 'the timer must be off, 5m, 1h, 1d or 1w');
  }
  return seconds;
}

/** `disappear CONTACT off|5m|1h|1d|1w`: the conversation's disappearing-message timer. */
const disappear: Command = (ctx) =>
  withEngine(ctx, true, async (engine) => {
    const peerUid = need(ctx.positionals[1], 'contact id');
    const seconds = timerSeconds(need(ctx.positionals[2], 'timer (off, 5m, 1h, 1d, 1w)'));
    await engine.setExpiry(peerUid, seconds);
    await drainOutbox(engine, timeoutMs(ctx));
    const human = seconds === 0 ? 'disappearing messages off' : `disappearing after ${seconds} s`;
    ctx.out.result(human, { peerUid, seconds });
  });

/** Builds the in-memory index from the stored messages (no network), then asks it. */
const search: Command = (ctx) =>
  withEngine(ctx, false, async (engine) => {
    const query = need(ctx.positionals[1], 'search words');
    const peerUid = str(ctx, 'peer');
    await engine.search.start();
    const result = engine.searchMessages({
      query,
      limit: Number(str(ctx, 'limit') ?? 20),
      ...(peerUid === undefined ? {} : { peerUid }),
    });
    const list = result.hits.map(({ message: m, snippet }) => ({
      peerUid: m.peerUid,
      uuid: m.uuid,
      outbound: m.outbound,
      createdAt: m.createdAt,
      snippet: snippet.text,
      ranges: snippet.ranges,
    }));
    const marked = (text: string, ranges: [number, number][]) =>
      ranges.reduceRight((t, [a, b]) => `${t.slice(0, a)}[${t.slice(a, b)}]${t.slice(b)}`, text);
    const human = result.hits.map(({ message: m, snippet }) => {
      const when = new Date(m.createdAt).toISOString().slice(0, 16).replace('T', ' ');
      return `${m.peerUid}  ${when}  ${m.outbound ? '→' : '←'} ${marked(snippet.text, snippet.ranges)}`;
    });
    human.push(`${result.total} found`);
    ctx.out.result(human.join('\n'), list);
  });

const watch: Command = (ctx) =>
  // Subscribed before start, so the workers' first events are printed too.
  withEngine(ctx, false, async (engine) => {
    const names = EVENT_NAMES.filter((n): n is keyof EngineEvents => n !== 'app.stateChanged');
    for (const name of names) {
      engine.events.on(name, (payload) => {
        const words = eventWords(name, payload);
        const human = `${name} ${JSON.stringify(payload)}${words ? `\n  ${words}` : ''}`;
        ctx.out.result(human, { event: name, ...payload });
      });
    }
    await engine.start();
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
  });

/** The sentence a person reads for an event that reports a failure (the app shows the same). */
function eventWords(name: string, payload: object): string {
  const { code, state, reason } = payload as { code?: unknown; state?: unknown; reason?: unknown };
  if (name === 'error' && typeof code === 'string') return errorSentence(code);
  if (state === 'failed') return failureSentence(typeof reason === 'string' ? reason : null);
  return '';
}

export const CHAT_COMMANDS: Readonly<Record<string, Command>> = {
  invite,
  accept,
  peers,
  send,
  messages,
  disappear,
  search,
  watch,
};
