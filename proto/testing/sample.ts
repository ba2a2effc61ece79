/**
 * Test-only helpers shared by proto/*.test.ts: the reflected schema, a seeded PRNG, a generator
 * of fully populated random messages, and a typed view of the static generated classes.
 */
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { meow } from '../index';

export const SCHEMA_PATH = fileURLToPath(new URL('../messages.proto', import.meta.url));

export interface SchemaEntry {
  /** Dotted name relative to package `meow`, e.g. `InvitationRequest.Op`. */
  readonly name: string;
  readonly kind: 'message' | 'enum';
  readonly reflected: protobuf.Type | protobuf.Enum;
}

/** Loads messages.proto with the full reflection API and returns package `meow`, resolved. */
export function loadSchema(): protobuf.Namespace {
  const root = protobuf.loadSync(SCHEMA_PATH);
  root.resolveAll();
  const ns = root.lookup('meow');
  if (!(ns instanceof protobuf.Namespace)) throw new Error('package meow not found');
  return ns;
}

/** Every message type and enum under `ns`, recursively (nested types and enums included). */
export function walkSchema(ns: protobuf.Namespace, prefix = ''): SchemaEntry[] {
  const out: SchemaEntry[] = [];
  for (const child of ns.nestedArray) {
    const name = prefix + child.name;
    if (child instanceof protobuf.Type) out.push({ name, kind: 'message', reflected: child });
    else if (child instanceof protobuf.Enum) out.push({ name, kind: 'enum', reflected: child });
    if (child instanceof protobuf.Namespace) out.push(...walkSchema(child, `${name}.`));
  }
  return out;
}

/** The part of a static generated message class the tests use. */
export interface StaticMessage {
  readonly name: string;
  fromObject(object: Record<string, unknown>): object;
  toObject(message: object, options?: protobuf.IConversionOptions): Record<string, unknown>;
  encode(message: object): { finish(): Uint8Array };
  decode(reader: Uint8Array): object;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}

function isStaticMessage(value: unknown): value is StaticMessage {
  return (
    typeof value === 'function' &&
    ['fromObject', 'toObject', 'encode', 'decode'].every(
      (key) => typeof (value as unknown as Record<string, unknown>)[key] === 'function',
    )
  );
}

/** Looks a dotted name up in the static module (`meow`), without hand-listing anything. */
export function resolveStatic(name: string): unknown {
  let current: unknown = meow;
  for (const part of name.split('.')) {
    if (!isRecord(current)) return undefined;
    current = current[part];
  }
  return current;
}

export function staticMessage(name: string): StaticMessage {
  const found = resolveStatic(name);
  if (!isStaticMessage(found)) throw new Error(`meow.${name} is not a generated message class`);
  return found;
}

import { mulberry32, type Rng } from '../../testkit/prng';

export { mulberry32, type Rng };

/** Uniform integer in [lo, hi] (inclusive; exact for spans up to 2^53). */
export function randInt(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function randomBytes(rng: Rng, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = randInt(rng, 0, 255);
  return out;
}

const CHARS = [
  'a',
  'Z',
  '7',
  ' ',
  '-',
  'é',
  'ß',
  'Ω',
  'ж',
  '中',
  '文',
  '🐱',
  '😺',
  '👩‍💻',
  '\n',
  '"',
];

export function randomString(rng: Rng): string {
  let s = '';
  const n = randInt(rng, 1, 12);
  for (let i = 0; i < n; i++) s += pick(rng, CHARS);
  return s;
}

const MAX = Number.MAX_SAFE_INTEGER;
/** Interesting unsigned 64-bit values: ms timestamps, 32-bit boundaries, 2^53 - 1. */
export const UINT64_EDGES = [1764000000000, 1, 127, 128, 2 ** 31, 2 ** 32 - 1, 2 ** 32, MAX];
const INT64_EDGES = [...UINT64_EDGES, -1, -1764000000000, -(2 ** 32), -MAX];
const INT32_EDGES = [1, -1, 2 ** 31 - 1, -(2 ** 31)];
const UINT32_EDGES = [1, 127, 128, 2 ** 32 - 1];

function nonZero(value: number): number {
  return value === 0 ? 1 : value;
}

type ScalarGen = (rng: Rng, edge: boolean) => number | string | boolean | Uint8Array;
const int32: ScalarGen = (rng, edge) =>
  edge ? pick(rng, INT32_EDGES) : nonZero(randInt(rng, -(2 ** 31), 2 ** 31 - 1));
const uint32: ScalarGen = (rng, edge) =>
  edge ? pick(rng, UINT32_EDGES) : randInt(rng, 1, 2 ** 32 - 1);
const int64: ScalarGen = (rng, edge) =>
  edge ? pick(rng, INT64_EDGES) : nonZero(randInt(rng, -MAX, MAX));
const uint64: ScalarGen = (rng, edge) => (edge ? pick(rng, UINT64_EDGES) : randInt(rng, 1, MAX));
const SCALARS: Record<string, ScalarGen | undefined> = {
  double: (rng) => nonZero((rng() - 0.5) * 2e12),
  float: (rng) => nonZero(Math.fround((rng() - 0.5) * 2e6)),
  int32,
  sint32: int32,
  sfixed32: int32,
  uint32,
  fixed32: uint32,
  int64,
  sint64: int64,
  sfixed64: int64,
  uint64,
  fixed64: uint64,
  bool: () => true,
  string: (rng) => randomString(rng),
  bytes: (rng) => randomBytes(rng, randInt(rng, 1, 40)),
};

/** A random non-default scalar (proto3 drops defaults, so every field must be non-zero). */
export function scalarValue(type: string, rng: Rng): number | string | boolean | Uint8Array {
  const gen = SCALARS[type];
  if (!gen) throw new Error(`sample.ts: unsupported scalar type ${type}; extend SCALARS`);
  return gen(rng, rng() < 0.3);
}

/**
 * Whether a field is 64-bit. (Not `field.long`: protobufjs sets that only while `util.Long` is
 * present, and proto/configure.ts removes it, so it is always false here.)
 */
export function isLong(field: protobuf.Field): boolean {
  return /^(u|s)?int64$|^s?fixed64$/.test(field.type);
}

export interface SampleOptions {
  /** Overrides every 64-bit scalar (e.g. to force large timestamps). */
  readonly long?: (field: protobuf.Field) => number;
  readonly maxRepeated?: number;
}

function fieldValue(field: protobuf.Field, rng: Rng, opts: SampleOptions, depth: number): unknown {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Type) return sampleObject(resolved, rng, opts, depth + 1);
  if (resolved instanceof protobuf.Enum) {
    const values = Object.values(resolved.values).filter((v) => v !== 0);
    return values.length > 0 ? pick(rng, values) : 0;
  }
  if (opts.long && isLong(field)) return opts.long(field);
  return scalarValue(field.type, rng);
}

function mapKey(field: protobuf.MapField, rng: Rng): string {
  if (field.keyType === 'string') return randomString(rng);
  if (/^(u?int32|sint32|s?fixed32)$/.test(field.keyType)) return String(randInt(rng, 1, 1e6));
  throw new Error(`sample.ts: unsupported map key type ${field.keyType}`);
}

const MAX_DEPTH = 8;

/**
 * A fully populated plain object for `type`: every field set to a non-default value (one member
 * per oneof), repeated fields with 0..maxRepeated items, nested messages populated recursively.
 */
export function sampleObject(
  type: protobuf.Type,
  rng: Rng,
  opts: SampleOptions = {},
  depth = 0,
): Record<string, unknown> {
  const chosen = new Set(type.oneofsArray.map((oneof) => pick(rng, oneof.fieldsArray).name));
  const out: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    if (field.partOf && !chosen.has(field.name)) continue;
    // Recursive schemas stop at MAX_DEPTH: singular sub-messages are left unset, lists empty.
    const tooDeep = depth >= MAX_DEPTH && field.resolvedType instanceof protobuf.Type;
    if (tooDeep && !field.repeated && !field.map) continue;
    const n = tooDeep ? 0 : randInt(rng, 0, opts.maxRepeated ?? 3);
    if (field instanceof protobuf.MapField) {
      const map: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) map[mapKey(field, rng)] = fieldValue(field, rng, opts, depth);
      out[field.name] = map;
    } else if (field.repeated) {
      out[field.name] = Array.from({ length: n }, () => fieldValue(field, rng, opts, depth));
    } else {
      out[field.name] = fieldValue(field, rng, opts, depth);
    }
  }
  return out;
}
