import { AppError } from '../errors';

/** The subset of a protobufjs generated message class that the codec needs. */
interface Decoder<T> {
  decode(reader: Uint8Array): T;
  readonly name: string;
}

interface Encoder<P> {
  encode(message: P): { finish(): Uint8Array };
}

/**
 * Decodes untrusted bytes. protobufjs throws assorted Error/RangeError types on malformed
 * input; the rest of the product only ever sees PROTO_DECODE_FAILED.
 */
export function decodeProto<T>(type: Decoder<T>, bytes: Uint8Array): T {
  if (!(bytes instanceof Uint8Array)) {
    throw new AppError('PROTO_DECODE_FAILED', `${type.name}: input is not bytes`);
  }
  try {
    return type.decode(bytes);
  } catch (cause) {
    throw new AppError('PROTO_DECODE_FAILED', `${type.name}: malformed protobuf`, { cause });
  }
}

export function encodeProto<P>(type: Encoder<P>, message: P): Uint8Array {
  return type.encode(message).finish();
}
