/**
 * Every type in proto/messages.proto round-trips through the static generated classes and the
 * core/wire codec. The type list comes from the reflected schema, never from a hand-written list,
 * so a new message is covered the moment it is added.
 */
import { Buffer } from 'node:buffer';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { decodeProto, encodeProto } from '../core/wire';
import { meow } from './index';
import {
  UINT64_EDGES,
  isLong,
  isRecord,
  loadSchema,
  mulberry32,
  resolveStatic,
  sampleObject,
  staticMessage,
  walkSchema,
  type SampleOptions,
} from './testing/sample';

const SEED = 0x6d656f77;
const SAMPLES_PER_TYPE = 8;
/** 27 messages + InvitationRequest.Op when written; types are never removed from the schema. */
const MIN_TYPE_NAMES = 28;
/** Bytes as base64, lists and maps always present: both sides normalise the same way. */
const TO_OBJECT: protobuf.IConversionOptions = {
  defaults: false,
  arrays: true,
  objects: true,
  bytes: String,
};

const entries = walkSchema(loadSchema());
const messages = entries.flatMap((entry) =>
  entry.reflected instanceof protobuf.Type ? [{ name: entry.name, type: entry.reflected }] : [],
);
const enums = entries.flatMap((entry) =>
  entry.reflected instanceof protobuf.Enum ? [{ name: entry.name, type: entry.reflected }] : [],
);
const covered = new Set<string>();

/** The source object as toObject(…, TO_OBJECT) would render it: Uint8Array → base64. */
function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(normalize);
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

/** Every 64-bit scalar value found in a decoded message tree, walked by reflection. */
function longValues(type: protobuf.Type, message: unknown, out: unknown[] = []): unknown[] {
  if (!isRecord(message)) return out;
  for (const field of type.fieldsArray) {
    const raw = message[field.name];
    if (raw === undefined || raw === null) continue;
    let items: readonly unknown[] = [raw];
    if (field.map && isRecord(raw)) items = Object.values(raw);
    else if (Array.isArray(raw)) items = raw;
    for (const item of items) {
      if (isLong(field)) out.push(item);
      else if (field.resolvedType instanceof protobuf.Type)
        longValues(field.resolvedType, item, out);
    }
  }
  return out;
}

function hasLongField(type: protobuf.Type, seen = new Set<protobuf.Type>()): boolean {
  if (seen.has(type)) return false;
  seen.add(type);
  return type.fieldsArray.some(
    (f) =>
      isLong(f) || (f.resolvedType instanceof protobuf.Type && hasLongField(f.resolvedType, seen)),
  );
}

/** Encodes via the static class, decodes via core/wire; returns the decoded message. */
function roundTrip(name: string, type: protobuf.Type, source: Record<string, unknown>): object {
  const Static = staticMessage(name);
  const bytes = encodeProto(Static, Static.fromObject(source));
  const decoded = decodeProto(Static, bytes);
  const expected = normalize(source);
  expect(Static.toObject(decoded, TO_OBJECT)).toEqual(expected);
  // Same result through the plain-Uint8Array Reader (not only Node's BufferReader).
  const viaPlain = decodeProto(Static, new Uint8Array(bytes));
  expect(Static.toObject(viaPlain, TO_OBJECT)).toEqual(expected);
  // Re-encoding what was decoded reproduces the exact bytes.
  expect(Buffer.from(encodeProto(Static, decoded)).equals(Buffer.from(bytes))).toBe(true);
  for (const value of longValues(type, decoded)) {
    expect(typeof value, `${name}: 64-bit field decoded as ${String(value)}`).toBe('number');
    expect(Number.isSafeInteger(value)).toBe(true);
  }
  return decoded;
}

describe('proto schema walk', () => {
  it('finds the messages and enums of package meow, all present in the static module', () => {
    expect(entries.length).toBeGreaterThanOrEqual(MIN_TYPE_NAMES);
    expect(messages.length).toBeGreaterThan(0);
    expect(enums.length).toBeGreaterThan(0);
    for (const { name } of messages) {
      expect(staticMessage(name).name).toBe(name.split('.').pop());
    }
    // And the other way: nothing top-level in the generated module is unknown to the schema.
    const names = new Set(entries.map((e) => e.name));
    expect(Object.keys(meow).filter((key) => !names.has(key))).toEqual([]);
  });

  it.each(enums)('enum $name matches the static module', ({ name, type }) => {
    const generated = resolveStatic(name);
    if (!isRecord(generated)) throw new Error(`meow.${name} missing from the static module`);
    expect({ ...generated }).toEqual(type.values);
    expect(Object.values(type.values).some((v) => v !== 0)).toBe(true);
    covered.add(name);
  });
});

describe('proto round-trip', () => {
  it.each(messages.map((m, index) => ({ ...m, index })))(
    '$name round-trips fully populated and empty',
    ({ name, type, index }) => {
      const rng = mulberry32(SEED + index);
      for (let i = 0; i < SAMPLES_PER_TYPE; i++) {
        const source = sampleObject(type, rng);
        // "Fully populated": every field (one per oneof) is present in the source.
        const expectedKeys = type.fieldsArray.filter((f) => !f.partOf).length;
        expect(Object.keys(source).length).toBeGreaterThanOrEqual(expectedKeys);
        roundTrip(name, type, source);
      }

      const Static = staticMessage(name);
      const empty = encodeProto(Static, Static.fromObject({}));
      expect(empty.length).toBe(0);
      expect(Static.toObject(decodeProto(Static, empty), { defaults: false })).toEqual({});
      expect(Static.toObject(decodeProto(Static, new Uint8Array(0)), { defaults: false })).toEqual(
        {},
      );
      covered.add(name);
    },
  );

  it('64-bit fields keep large values exactly and decode as plain numbers', () => {
    const rng = mulberry32(SEED);
    const targets = [1764000000000, ...UINT64_EDGES, -Number.MAX_SAFE_INTEGER, -1764000000000];
    let checked = 0;
    for (const { name, type } of messages.filter((m) => hasLongField(m.type))) {
      for (const target of targets) {
        const unsigned = (field: protobuf.Field): boolean => /^u|^fixed/.test(field.type);
        const opts: SampleOptions = {
          long: (field) => (unsigned(field) ? Math.abs(target) : target),
          maxRepeated: 2,
        };
        const decoded = roundTrip(name, type, sampleObject(type, rng, opts));
        for (const value of longValues(type, decoded)) {
          expect(Math.abs(Number(value))).toBe(Math.abs(target));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    // The walk is sound: a Long-shaped value would be collected (and fail the typeof check).
    const withLong = messages.find((m) => m.type.fieldsArray.some((f) => isLong(f)));
    const longField = withLong?.type.fieldsArray.find((f) => isLong(f));
    if (!withLong || !longField) throw new Error('schema has no direct 64-bit field');
    const fakeLong = { low: 1, high: 0, unsigned: false };
    expect(longValues(withLong.type, { [longField.name]: fakeLong })).toEqual([fakeLong]);
  });

  it('covered every type name found in the schema', () => {
    expect([...covered].sort()).toEqual(entries.map((e) => e.name).sort());
    expect(covered.size).toBeGreaterThanOrEqual(MIN_TYPE_NAMES);
  });
});
