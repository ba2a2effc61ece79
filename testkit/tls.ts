import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Self-signed certificates for the TLS tests, made at test time with the openssl CLI (nothing
 * secret is checked in, and nothing expires in the repository). P-256 keys: generating one
 * takes milliseconds, where RSA would take a noticeable part of a second.
 */
export interface TestCertificate {
  readonly certFile: string;
  readonly keyFile: string;
  /** The certificate in PEM: what a client passes as `ca` to trust it. */
  readonly cert: string;
}

const run = promisify(execFile);

/** A certificate for `ip` (subject and subjectAltName), valid for a day, written into `dir`. */
export async function selfSignedCertificate(
  dir: string,
  name = 'relay',
  ip = '127.0.0.1',
): Promise<TestCertificate> {
  const certFile = join(dir, `${name}.crt`);
  const keyFile = join(dir, `${name}.key`);
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    keyFile,
    '-out',
    certFile,
    '-days',
    '1',
    '-subj',
    `/CN=${ip}`,
    '-addext',
    `subjectAltName=IP:${ip}`,
  ]);
  return { certFile, keyFile, cert: await readFile(certFile, 'utf8') };
}
