/**
 * Untrusted bytes through decodeProto, for every message type in the schema: random strings and
 * mutations of valid encodings. The only allowed outcomes are a decoded message or an AppError
 * PROTO_DECODE_FAILED. Seeded (override with PROTO_FUZZ_SEED) so a failure reproduces exactly.
 */
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors';
import { decodeProto, encodeProto } from '../core/wire';
import {
  loadSchema,
  mulberry32,
  pick,
  randInt,
  randomBytes,
  sampleObject,
  staticMessage,
  walkSchema,
  type Rng,
  type StaticMessage,
} from './testing/sample';

const SEED = Number(process.env.PROTO_FUZZ_SEED ?? 0x6d656f77) >>> 0;
const TOTAL_INPUTS = 10_000;
const HANG_GUARD_MS = 20_000;
const SLOW_INPUT_MS = 1_000;

const targets = walkSchema(loadSchema()).flatMap((entry) =>
  entry.reflected instanceof protobuf.Type
    ? [{ name: entry.name, type: entry.reflected, Static: staticMessage(entry.name) }]
    : [],
);

interface Ctx {
  readonly rng: Rng;
  readonly type: protobuf.Type;
  readonly Static: StaticMessage;
}

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

const tag = (field: number, wire: number): number[] => varint(field * 8 + wire);

const FIXED64 = new Set(['double', 'fixed64', 'sfixed64']);
const FIXED32 = new Set(['float', 'fixed32', 'sfixed32']);

function wireTypeOf(field: protobuf.Field): number {
  if (field.map || field.resolvedType instanceof protobuf.Type) return 2;
  if (field.type === 'string' || field.type === 'bytes') return 2;
  if (FIXED64.has(field.type)) return 1;
  if (FIXED32.has(field.type)) return 5;
  return 0;
}

function fieldNumber(ctx: Ctx): number {
  const known = ctx.type.fieldsArray.map((f) => f.id);
  if (known.length > 0 && ctx.rng() < 0.8) return pick(ctx.rng, known);
  return pick(ctx.rng, [randInt(ctx.rng, 1, 64), 2 ** 29 - 1, 19000, 0]);
}

function valid(ctx: Ctx): Uint8Array {
  const message = ctx.Static.fromObject(sampleObject(ctx.type, ctx.rng, { maxRepeated: 2 }));
  return encodeProto(ctx.Static, message);
}

function splice(base: Uint8Array, at: number, remove: number, insert: number[]): Uint8Array {
  return Uint8Array.from([...base.subarray(0, at), ...insert, ...base.subarray(at + remove)]);
}

function repeat(unit: readonly number[], times: number): Uint8Array {
  const out = new Uint8Array(unit.length * times);
  for (let i = 0; i < times; i++) out.set(unit, i * unit.length);
  return out;
}

const at = (rng: Rng, bytes: Uint8Array): number => randInt(rng, 0, bytes.length);

/** A payload that is well-formed for `wire`, so the decoder gets past it and keeps going. */
function payloadFor(rng: Rng, wire: number, field: number): number[] {
  if (wire === 0) return varint(randInt(rng, 0, 2 ** 40));
  if (wire === 1) return [...randomBytes(rng, 8)];
  if (wire === 2) return [...varint(3), ...randomBytes(rng, 3)];
  if (wire === 3) return rng() < 0.5 ? tag(field, 4) : [];
  if (wire === 5) return [...randomBytes(rng, 4)];
  return [];
}

const HUGE_LENGTHS = [2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32 + 7, 2 ** 35, 2 ** 53 - 1, 600];
const BAD_UTF8 = [[0xc3, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80], [0xff]];

const strategies: Record<string, (ctx: Ctx) => Uint8Array> = {
  random: ({ rng }) => randomBytes(rng, randInt(rng, 0, 512)),
  bitFlips: (ctx) => {
    const bytes = Uint8Array.from(valid(ctx));
    if (bytes.length === 0) return randomBytes(ctx.rng, 8);
    for (let n = randInt(ctx.rng, 1, 8); n > 0; n--) {
      const i = randInt(ctx.rng, 0, bytes.length - 1);
      bytes[i] = (bytes[i] ?? 0) ^ (1 << randInt(ctx.rng, 0, 7));
    }
    return bytes;
  },
  truncate: (ctx) => {
    const bytes = valid(ctx);
    return bytes.subarray(0, randInt(ctx.rng, 0, Math.max(0, bytes.length - 1)));
  },
  insert: (ctx) => {
    const bytes = valid(ctx);
    return splice(bytes, at(ctx.rng, bytes), 0, [...randomBytes(ctx.rng, randInt(ctx.rng, 1, 16))]);
  },
  hugeLength: (ctx) => {
    const bytes = valid(ctx);
    const length = varint(pick(ctx.rng, HUGE_LENGTHS));
    const junk = [...tag(fieldNumber(ctx), 2), ...length, ...randomBytes(ctx.rng, 4)];
    return ctx.rng() < 0.5 ? Uint8Array.from([...bytes, ...junk]) : splice(bytes, 0, 0, junk);
  },
  overlongVarint: (ctx) => {
    const run = new Array<number>(randInt(ctx.rng, 10, 40)).fill(0xff);
    const tail = ctx.rng() < 0.5 ? [0x01] : [];
    const head = ctx.rng() < 0.5 ? tag(fieldNumber(ctx), 0) : []; // bad value, or bad tag
    return Uint8Array.from([...valid(ctx), ...head, ...run, ...tail]);
  },
  wrongWireType: (ctx) => {
    const field = ctx.type.fieldsArray.length > 0 ? pick(ctx.rng, ctx.type.fieldsArray) : null;
    const expected = field ? wireTypeOf(field) : -1;
    const wire = pick(
      ctx.rng,
      [0, 1, 2, 3, 4, 5, 6, 7].filter((w) => w !== expected),
    );
    const id = field?.id ?? 1;
    const junk = [...tag(id, wire), ...payloadFor(ctx.rng, wire, id)];
    const bytes = valid(ctx);
    return splice(bytes, ctx.rng() < 0.5 ? 0 : bytes.length, 0, junk);
  },
  deepGroups: (ctx) => {
    const depth = pick(ctx.rng, [99, 100, 101, 102, 1_000, 20_000]);
    const field = randInt(ctx.rng, 1, 2000);
    const open = repeat(tag(field, 3), depth);
    if (ctx.rng() < 0.5) return open;
    return Uint8Array.from([...open, ...repeat(tag(field, 4), depth)]);
  },
  repeatedField: (ctx) => {
    // One field, repeated thousands of times: empty sub-messages, scalars or unknowns.
    const field = ctx.type.fieldsArray.length > 0 ? pick(ctx.rng, ctx.type.fieldsArray) : null;
    const wire = field ? wireTypeOf(field) : 0;
    const id = field?.id ?? 99;
    const one = [...tag(id, wire), ...payloadFor(ctx.rng, wire, id)];
    return repeat(one, pick(ctx.rng, [1_000, 5_000, 20_000]));
  },
  badUtf8: (ctx) => {
    const strings = ctx.type.fieldsArray.filter((f) => f.type === 'string');
    const id = strings.length > 0 ? pick(ctx.rng, strings).id : fieldNumber(ctx);
    const bad = pick(ctx.rng, BAD_UTF8);
    return Uint8Array.from([...valid(ctx), ...tag(id, 2), ...varint(bad.length), ...bad]);
  },
  nestedLengthMismatch: (ctx) => {
    const nested = ctx.type.fieldsArray.filter((f) => f.resolvedType instanceof protobuf.Type);
    if (nested.length === 0) return Uint8Array.from(tag(fieldNumber(ctx), 7));
    const id = pick(ctx.rng, nested).id;
    const inner = [...tag(1, 2), ...varint(randInt(ctx.rng, 2, 40)), ...randomBytes(ctx.rng, 2)];
    const declared = inner.length + randInt(ctx.rng, -3, 3);
    return Uint8Array.from([...tag(id, 2), ...varint(Math.max(0, declared)), ...inner]);
  },
  concat: (ctx) => Uint8Array.from([...valid(ctx), ...valid(ctx)]),
};
const strategyNames = Object.keys(strategies);

function hex(bytes: Uint8Array): string {
  const full = Buffer.from(bytes).toString('hex');
  return full.length <= 4096 ? full : `${full.slice(0, 4096)}… (${bytes.length} bytes)`;
}

interface Failure {
  readonly index: number;
  readonly type: string;
  readonly strategy: string;
  readonly error: string;
  readonly hex: string;
}

describe('proto fuzz', () => {
  it(`decodeProto yields a message or PROTO_DECODE_FAILED (seed ${SEED})`, () => {
    expect(targets.length).toBeGreaterThan(0);
    const rng = mulberry32(SEED);
    const failures: Failure[] = [];
    const outcomes = { decoded: 0, rejected: 0 };
    let slowest = { ms: 0, index: -1 };
    let decodeMs = 0;

    const started = performance.now();
    for (let index = 0; index < TOTAL_INPUTS; index++) {
      const target = targets[index % targets.length];
      if (!target) throw new Error('unreachable');
      const strategy = pick(rng, strategyNames);
      const make = strategies[strategy];
      if (!make) throw new Error('unreachable');
      const built = make({ rng, type: target.type, Static: target.Static });
      // Both protobufjs readers: Node's BufferReader and the plain Uint8Array Reader.
      const input = index % 2 === 0 ? Buffer.from(built) : Uint8Array.from(built);

      const t0 = performance.now();
      try {
        decodeProto(target.Static, input);
        outcomes.decoded++;
      } catch (err) {
        if (err instanceof AppError && err.code === 'PROTO_DECODE_FAILED') outcomes.rejected++;
        else {
          const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
          failures.push({ index, type: target.name, strategy, error, hex: hex(input) });
        }
      }
      const ms = performance.now() - t0;
      decodeMs += ms;
      if (ms > slowest.ms) slowest = { ms, index };
    }
    const elapsed = performance.now() - started;
    console.info(
      `proto fuzz: seed=${SEED} inputs=${TOTAL_INPUTS} types=${targets.length} ` +
        `decoded=${outcomes.decoded} rejected=${outcomes.rejected} ` +
        `elapsed=${elapsed.toFixed(0)}ms (decoding ${decodeMs.toFixed(0)}ms) slowest=#${slowest.index} ${slowest.ms.toFixed(1)}ms`,
    );

    const report = failures
      .slice(0, 10)
      .map((f) => `#${f.index} ${f.type} [${f.strategy}] ${f.error}\n  input: ${f.hex}`)
      .join('\n');
    expect(failures, `seed ${SEED}: ${failures.length} bad outcome(s)\n${report}`).toEqual([]);
    // Both outcomes occur, so the generator is neither all-garbage nor all-valid.
    expect(outcomes.decoded).toBeGreaterThan(TOTAL_INPUTS / 20);
    expect(outcomes.rejected).toBeGreaterThan(TOTAL_INPUTS / 20);
    expect(slowest.ms, `seed ${SEED}: input #${slowest.index} is slow`).toBeLessThan(SLOW_INPUT_MS);
    expect(elapsed, `seed ${SEED}: fuzz loop took ${elapsed.toFixed(0)} ms`).toBeLessThan(
      HANG_GUARD_MS,
    );
  });
});
