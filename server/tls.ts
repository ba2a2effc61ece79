import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createSecureContext } from 'node:tls';
import { ConfigError, type RelayConfig } from './config';

/**
 * TLS terminated by the relay itself (`--tls-cert` / `--tls-key`, docs/DEPLOYING.md). The
 * request bodies are sealed to the relay key either way (PROTOCOL.md §6); TLS hides the rest —
 * paths, sizes, status codes, the relay card on first contact — from the network between a
 * client and a public relay, and lets the app refuse plain http for public hosts.
 *
 * The files are read once, at start-up, and checked together (a key that does not belong to
 * the certificate fails here, not on the first client). Renewed certificates take a restart.
 */
export interface RelayServerFactory {
  readonly scheme: 'http' | 'https';
  readonly create: (listener: RequestListener) => Server;
}

/** The server factory for `config`: node:https with its certificate, or plain node:http. */
export function relayServerFactory(config: RelayConfig): RelayServerFactory {
  if (!config.tls) {
    return { scheme: 'http', create: (listener) => createHttpServer(listener) };
  }
  const { certFile, keyFile } = config.tls;
  const cert = readPem(certFile, '--tls-cert');
  const key = readPem(keyFile, '--tls-key');
  try {
    createSecureContext({ cert, key });
  } catch (cause) {
    throw new ConfigError(
      `--tls-cert ${certFile} and --tls-key ${keyFile} do not make a usable pair ` +
        `(${reason(cause)}); the key must be the certificate's, both in PEM`,
      { cause },
    );
  }
  return { scheme: 'https', create: (listener) => createHttpsServer({ cert, key }, listener) };
}

function readPem(file: string, flag: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    // The common case is a permission problem: certbot keeps keys readable by root only.
    throw new ConfigError(`cannot read ${flag} ${file} (${reason(cause)})`, { cause });
  }
  if (!bytes.includes('-----BEGIN ')) {
    throw new ConfigError(`${flag} ${file} is not a PEM file (expected "-----BEGIN …")`);
  }
  return bytes;
}

function reason(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${err.message}` : err.message;
  }
  return 'unknown error';
}
