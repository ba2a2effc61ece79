import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from '../../../core/crypto';
import { newLookupKeyPair } from '../../../core/lookup';
import { startInProcessRelay, type InProcessRelay } from '../../../testkit/relay-inprocess';
import { makeTempDir, type TempDir } from '../../../testkit/tmp';
import { selfSignedCertificate } from '../../../testkit/tls';
import { RelayClientError } from './errors';
import { dedicatedConnection, type DedicatedConnection } from './http';
import { RelayClient } from './relay-client';

/**
 * A relay terminating TLS itself (`--tls-cert` / `--tls-key`) and the product's client over
 * it: the card and boxed requests over https with the certificate trusted, and refusals when it
 * is not (the system's trust store) or when plain http knocks on the TLS port. The certificate
 * is made for 127.0.0.1 at test time (testkit/tls.ts).
 */
let dir: TempDir;
let inProcess: InProcessRelay;
let trusted: DedicatedConnection;

beforeAll(async () => {
  dir = await makeTempDir('meow-relay-tls-');
  const { certFile, keyFile, cert } = await selfSignedCertificate(dir.path);
  inProcess = await startInProcessRelay({ tls: { certFile, keyFile } });
  trusted = dedicatedConnection({ ca: cert });
});

afterAll(async () => {
  trusted.close();
  await inProcess.close();
  await dir.cleanup();
});

async function failure(promise: Promise<unknown>): Promise<RelayClientError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof RelayClientError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

describe('a relay with its own TLS', () => {
  it('listens on https:// and says so in its card', () => {
    const { relay } = inProcess;
    expect(relay.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(relay.card.url).toBe(relay.url);
  });

  it('serves the card and boxed requests to a client that trusts its certificate', async () => {
    const added = await RelayClient.add(inProcess.url, { fetch: trusted.fetch });
    expect(added.ref.url).toBe(inProcess.url);
    expect(added.fingerprint).toBe(inProcess.relay.fingerprint);
    const client = new RelayClient(added.ref, { fetch: trusted.fetch });
    const queue = newLookupKeyPair();
    const payload = randomBytes(100);
    const [pushed] = await client.push([
      { destination: queue.lookupKey, sendToken: queue.sendToken, payload },
    ]);
    expect(pushed?.accepted).toBe(true);
    const [batch] = await client.pull([
      { lookupKey: queue.lookupKey, pullToken: queue.pullToken, after: 0 },
    ]);
    expect(batch?.entries.map((e) => e.message?.payload)).toEqual([payload]);
  });

  it('is refused by a client that does not trust the certificate', async () => {
    const err = await failure(RelayClient.add(inProcess.url, { requestTimeoutMs: 5_000 }));
    expect(err.code).toBe('RELAY_UNAVAILABLE');
    expect(err.message).toMatch(/SELF_SIGNED|self.signed/i);
  });

  it('does not answer plain http on its port', async () => {
    const plain = inProcess.url.replace('https://', 'http://');
    const err = await failure(RelayClient.add(plain, { requestTimeoutMs: 5_000 }));
    expect(err.code).toBe('RELAY_UNAVAILABLE');
    // Not even an HTTP status comes back: the TLS handshake fails before any request is read.
    const outcome = await new Promise<string>((resolve) => {
      const req = httpRequest(`${plain}/health`, { timeout: 5_000 }, (res) => {
        res.resume();
        resolve(`HTTP ${res.statusCode ?? 0}`);
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        resolve(e.code ?? e.message);
      });
      req.on('timeout', () => {
        req.destroy(new Error('timeout'));
      });
      req.end();
    });
    expect(outcome).not.toMatch(/^HTTP /); // in practice ECONNRESET
  });
});
