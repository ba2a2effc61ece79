import protobuf from 'protobufjs/minimal.js';

// 64-bit fields in this schema are milliseconds and sequence numbers, far below 2^53, so they
// are decoded as plain numbers (the generated types say `number`). Unsetting Long before the
// generated module loads makes protobufjs read them as numbers at runtime too.
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
