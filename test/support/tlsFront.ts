/**
 * An HTTPS front for the sandbox on 127.0.0.1, with a throwaway self-signed certificate made by openssl: for clients
 * that speak HTTPS only (twitter-api-v2). Node processes trust it through NODE_EXTRA_CA_CERTS=`certFile`. Requests
 * are passed on as they came, Host kept, with `X-Forwarded-Proto: https` so OAuth 1.0a signatures verify.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface TlsFront {
  readonly url: string;
  readonly certFile: string;
  close(): Promise<void>;
}

/** Undefined when openssl is not installed. `dir` receives the key and certificate. */
export async function startTlsFront(target: string, dir: string): Promise<TlsFront | undefined> {
  const keyFile = join(dir, 'front-key.pem');
  const certFile = join(dir, 'front-cert.pem');
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1']);
  if (made.status !== 0) return undefined;
  const to = new URL(target);
  const server: Server = createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (req, res) => {
    const upstream = request({
      host: to.hostname, port: to.port, method: req.method, path: req.url,
      headers: { ...req.headers, 'x-forwarded-proto': 'https' },
    }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    certFile,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
