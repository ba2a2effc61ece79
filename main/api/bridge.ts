/**
 * Typed, dependency-free helpers for the two bridges between the UI and a host — the preload
 * (Electron IPC) and the renderer's WebSocket client — so that neither needs a cast to turn
 * "one function per command name" into MeowCommands, or "one listener set per event name" into
 * typed events. Runtime imports: names.ts only (plain data). Exported through the contract
 * entry, public.ts ('@meow/contract').
 *
 * The tables are mapped types over a generic key set K (instantiated with all the names): only
 * then can TypeScript check the entry for a name N against that name's own type.
 */
import type {
  ApiEventName,
  ApiEvents,
  ApiResponse,
  CommandArgs,
  CommandName,
  CommandResults,
  MeowCommands,
} from './contract';
import { COMMAND_NAMES, EVENT_NAMES } from './names';

/** One command's function, as MeowCommands holds it. */
export type CommandFn<C extends CommandName> = (args: CommandArgs<C>) => Promise<CommandResults[C]>;

/** How a transport carries one command: its name and arguments in, the host's result out. */
export type CommandCall = <C extends CommandName>(
  command: C,
  args: CommandArgs<C>,
) => Promise<CommandResults[C]>;

type CommandFns<K extends CommandName> = { readonly [C in K]: CommandFn<C> };
type PartialCommandFns<K extends CommandName> = { -readonly [C in K]?: CommandFn<C> };

function commandTable<K extends CommandName>(
  names: readonly K[],
  make: <N extends K>(name: N) => CommandFn<N>,
): CommandFns<K> {
  const table: PartialCommandFns<K> = {};
  for (const name of names) table[name] = make(name);
  if (!hasEveryCommand(table, names)) throw new Error('incomplete command table');
  return table;
}

function hasEveryCommand<K extends CommandName>(
  table: PartialCommandFns<K>,
  names: readonly K[],
): table is CommandFns<K> {
  return names.every((name) => typeof table[name] === 'function');
}

/**
 * MeowCommands: one function per name of COMMAND_NAMES (which contract.ts proves equal to
 * CommandName), each forwarding to `call`. Frozen, so the page cannot swap one.
 */
export function commandsVia(call: CommandCall): MeowCommands {
  const forward =
    <N extends CommandName>(name: N): CommandFn<N> =>
    (args) =>
      call(name, args);
  return Object.freeze(commandTable(COMMAND_NAMES, forward));
}

/**
 * Checks the envelope of a host's answer to `command` ({ ok: boolean }); the result inside is
 * then the contract's result of that command. Only the envelope is checked because the host is
 * the trusted side of both bridges — it answers every command through the one dispatcher — and
 * the results have no schemas; the page's input, the untrusted side, is what the host validates.
 */
export function isResponseTo<C extends CommandName>(
  _command: C,
  value: unknown,
): value is ApiResponse<C> {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean'
  );
}

const KNOWN_EVENTS: ReadonlySet<unknown> = new Set(EVENT_NAMES);

/** True for the names of EVENT_NAMES only (not for '__proto__', 'constructor', …). */
export function isEventName(value: unknown): value is ApiEventName {
  return KNOWN_EVENTS.has(value);
}

/**
 * The arguments after the IpcRendererEvent of one message on IPC_EVENT_CHANNEL: an event's
 * name and its payload, as the main process sends them.
 */
export type IpcEventArgs = {
  [E in ApiEventName]: [name: E, payload: ApiEvents[E]];
}[ApiEventName];

export type ApiListener<E extends ApiEventName> = (payload: ApiEvents[E]) => void;

/** Listeners per event: what MeowApi.on subscribes to and a transport emits into. */
export interface EventHub<K extends ApiEventName = ApiEventName> {
  on<E extends K>(event: E, listener: ApiListener<E>): () => void;
  /** Calls every listener of `event`; one that throws does not stop the others. */
  emit<E extends K>(event: E, payload: ApiEvents[E]): void;
}

type ListenerSets<K extends ApiEventName> = { readonly [E in K]: Set<ApiListener<E>> };
type PartialListenerSets<K extends ApiEventName> = { -readonly [E in K]?: Set<ApiListener<E>> };

function hasEverySet<K extends ApiEventName>(
  sets: PartialListenerSets<K>,
  names: readonly K[],
): sets is ListenerSets<K> {
  return names.every((name) => sets[name] instanceof Set);
}

function hubOver<K extends ApiEventName>(names: readonly K[]): EventHub<K> {
  const partial: PartialListenerSets<K> = {};
  for (const name of names) partial[name] = new Set<ApiListener<K>>();
  if (!hasEverySet(partial, names)) throw new Error('incomplete listener table');
  const sets = partial;
  return {
    on(event, listener) {
      const set = sets[event];
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    emit(event, payload) {
      for (const fn of [...sets[event]]) {
        try {
          fn(payload);
        } catch {
          // One broken listener must not starve the others.
        }
      }
    },
  };
}

/** An EventHub for every name of EVENT_NAMES. */
export function createEventHub(): EventHub {
  return hubOver(EVENT_NAMES);
}
