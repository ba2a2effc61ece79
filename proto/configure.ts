import protobuf from 'protobufjs/minimal.js';

// 64-bit fields in this schema are milliseconds and sequence numbers, far below 2^53, so they
// are decoded as plain numbers (the generated types say `number`). Unsetting Long before the
// generated module loads makes protobufjs read them as numbers at runtime too.
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();

// A number above 2^53 cannot round-trip (a cursor of 2^64−1 would re-encode as 0), so such
// input is malformed: the reader throws and decodeProto reports PROTO_DECODE_FAILED.
type NumberReader = (this: protobuf.Reader) => number;
const reader = protobuf.Reader.prototype as unknown as Record<string, NumberReader>;
for (const method of ['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']) {
  const original = reader[method];
  if (!original) throw new Error(`protobufjs Reader lacks ${method}`);
  reader[method] = function safeInteger(this: protobuf.Reader): number {
    const value = original.call(this);
    if (!Number.isSafeInteger(value)) throw new RangeError(`${method} value is not a safe integer`);
    return value;
  };
}
