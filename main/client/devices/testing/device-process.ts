/**
 * One profile's engine in a process of its own, for crash tests that SIGKILL devices:
 *
 *   node --import tsx main/client/engine/testing/device-process.ts <profileDir>
 *
 * with the password in MEOW_PASSWORD. Every engine event is printed as one JSON line
 * `{"event": name, ...payload}` (subscribed before `engine.start()`, so none is missed), then
 * `{"event":"ready"}` once the engine runs. Commands are newline-delimited JSON on stdin:
 *
 *   {"id":1,"cmd":"send","peerUid":"…","text":"…"}  → {"reply":1,"uuid":"…"} once sendText returned
 *   {"id":2,"cmd":"read","peerUid":"…","uuid":"…"}  → {"reply":2} once markRead returned
 *   {"id":3,"cmd":"sendFile","peerUid":"…","path":"…"}
 *                  → {"reply":3,"uuid":"…"} once attachments.send returned (the file's message)
 *   {"id":4,"cmd":"download","peerUid":"…","uuid":"…"}
 *                  → {"reply":4} once every file of the message above the automatic size
 *                    (or failed) was asked for (attachments.download)
 *   {"id":5,"cmd":"fileSha256","peerUid":"…","uuid":"…"}
 *                  → {"reply":5,"hashes":["<hex>",…]}: the SHA-256 of each of the message's
 *                    files this device holds whole (state ready or sent), in order
 *   any failure                                      → {"reply":n,"error":"CODE","message":"…"}
 *
 * A reply line is written (synchronously, on Linux pipes) only after the call returned, so a
 * reply the test read means the call completed before any later SIGKILL. When stdin ends (or
 * on SIGTERM) the engine and profile are closed and the process exits; SIGKILL is the usual end.
 * Commands that arrive before the engine is ready wait for it.
 */
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { isAppError } from '../../../../core/errors';
import { ENGINE_EVENT_NAMES, type EngineEvents } from '../../engine/events';
import { Profile } from '../../profile';
import { Engine } from '../../engine/engine';

interface Command {
  readonly id: number;
  readonly cmd: string;
  readonly peerUid?: unknown;
  readonly text?: unknown;
  readonly uuid?: unknown;
  readonly path?: unknown;
}

function print(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function str(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`command without ${what}`);
  return value;
}

function parse(line: string): Command | undefined {
  const parsed = JSON.parse(line) as unknown;
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { id, cmd } = parsed as Record<string, unknown>;
  if (typeof id !== 'number' || typeof cmd !== 'string') return undefined;
  return parsed as Command;
}

/** Asks for every file of the message not fetched automatically (or whose fetch failed). */
function download(engine: Engine, peerUid: string, uuid: string): void {
  for (const view of engine.attachments.of(peerUid, uuid)) {
    if (view.state === 'on_request' || view.state === 'failed') {
      engine.attachments.download(view.localId);
    }
  }
}

/** The SHA-256 (hex) of each file of the message held whole here, read chunk by chunk. */
async function fileSha256(engine: Engine, peerUid: string, uuid: string): Promise<string[]> {
  const hashes: string[] = [];
  for (const view of engine.attachments.of(peerUid, uuid)) {
    if (view.state !== 'ready' && view.state !== 'sent') continue;
    const hash = createHash('sha256');
    for await (const part of engine.attachments.plaintext(view.localId)) hash.update(part);
    hashes.push(hash.digest('hex'));
  }
  return hashes;
}

async function run(engine: Engine, command: Command): Promise<object> {
  const peerUid = (): string => str(command.peerUid, 'peerUid');
  const uuid = (): string => str(command.uuid, 'uuid');
  switch (command.cmd) {
    case 'send':
      return { uuid: await engine.sendText(peerUid(), str(command.text, 'text')) };
    case 'read':
      await engine.markRead(peerUid(), uuid());
      return {};
    case 'sendFile': {
      const sent = await engine.attachments.send(peerUid(), [{ path: str(command.path, 'path') }]);
      return { uuid: sent.uuid };
    }
    case 'download':
      download(engine, peerUid(), uuid());
      return {};
    case 'fileSha256':
      return { hashes: await fileSha256(engine, peerUid(), uuid()) };
    default:
      throw new Error(`unknown command ${command.cmd}`);
  }
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const password = process.env.MEOW_PASSWORD;
  if (dir === undefined || password === undefined) {
    throw new Error('usage: device-process.ts <profileDir> (password in MEOW_PASSWORD)');
  }
  // Read stdin from the start, so no command line is dropped while the profile unlocks.
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  // Set once unlocked and started; read by the command and shutdown handlers.
  const opened: { engine?: Engine; profile?: Profile } = {};

  let shutting: Promise<void> | undefined;
  const shutdown = (): Promise<void> => {
    shutting ??= (async () => {
      await ready;
      await opened.engine?.close();
      await opened.profile?.close();
      process.exit(0);
    })();
    return shutting;
  };
  process.on('SIGTERM', () => void shutdown());
  lines.on('close', () => void shutdown());
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    void (async () => {
      let command: Command | undefined;
      try {
        command = parse(line);
        if (!command) throw new Error(`not a command: ${line}`);
        await ready;
        if (!opened.engine) throw new Error('no engine');
        print({ reply: command.id, ...(await run(opened.engine, command)) });
      } catch (err) {
        const code = isAppError(err) ? err.code : 'INTERNAL';
        const message = err instanceof Error ? err.message : String(err);
        print({ reply: command?.id ?? -1, error: code, message });
      }
    })();
  });

  const profile = await Profile.unlock(dir, password);
  const engine = new Engine(profile);
  Object.assign(opened, { profile, engine });
  for (const name of ENGINE_EVENT_NAMES) {
    engine.events.on(name, (payload: EngineEvents[typeof name]) => {
      print({ event: name, ...payload });
    });
  }
  await engine.start();
  print({ event: 'ready', pid: process.pid });
  markReady();
}

main().catch((err: unknown) => {
  process.stderr.write(
    `device-process: ${err instanceof Error ? (err.stack ?? '') : String(err)}\n`,
  );
  process.exit(1);
});
