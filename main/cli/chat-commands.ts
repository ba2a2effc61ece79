/** Chat from the command line: invitations, contacts, messages, and the event stream. */
import type { EngineEvents } from '../api/events';
import { EVENT_NAMES } from '../api/names';
import { RelayClient } from '../client/relay';
import type { Command } from './context';
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
    }));
    ctx.out.result(
      list
        .map((p) => `${p.peerUid}  ${p.name || '(unnamed)'}  ${p.step}  unread ${p.unread}`)
        .join('\n') || '(no contacts)',
      list,
    );
  });

const send: Command = (ctx) =>
  withEngine(ctx, true, async (engine) => {
    const peerUid = need(ctx.positionals[1], 'contact id');
    const text = need(ctx.positionals[2], 'message text');
    const sent = nextEvent(
      engine,
      'message.statusChanged',
      (e) => e.peerUid === peerUid && e.state !== 'pending',
      timeoutMs(ctx),
    );
    const uuid = await engine.sendText(peerUid, text);
    const status = await sent.catch(() => ({ state: 'pending' as const }));
    ctx.out.result(`${uuid} ${status.state}`, { uuid, state: status.state });
  });

const messages: Command = (ctx) =>
  withEngine(ctx, false, (engine) => {
    const peerUid = need(ctx.positionals[1], 'contact id');
    const page = engine.listMessages(peerUid, { limit: Number(str(ctx, 'limit') ?? 50) });
    const list = page.messages.map((m) => ({
      uuid: m.uuid,
      outbound: m.outbound,
      state: m.state,
      createdAt: m.createdAt,
      text: m.message.text,
    }));
    ctx.out.result(
      list.map((m) => `${m.outbound ? '→' : '←'} [${m.state}] ${m.text}`).join('\n') ||
        '(no messages)',
      list,
    );
    return Promise.resolve();
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
        ctx.out.result(`${name} ${JSON.stringify(payload)}`, { event: name, ...payload });
      });
    }
    await engine.start();
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
  });

export const CHAT_COMMANDS: Readonly<Record<string, Command>> = {
  invite,
  accept,
  peers,
  send,
  messages,
  search,
  watch,
};
