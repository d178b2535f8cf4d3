/** Starts a sandbox on 127.0.0.1 (ephemeral port) and an engine pointed at it, for tests. */
import type { Credentials } from '../../src/core/auth/credentials';
import { SANDBOX_OAUTH1 } from '../../src/core/auth/sandboxCredentials';
import type { Vocabulary } from '../../src/core/catalog/vocabulary';
import { HttpClient, type Clock, type HttpClientOptions } from '../../src/net/httpClient';
import { LookupEngine } from '../../src/net/lookupEngine';
import { startSandbox, type SandboxOptions, type SandboxServer } from '../../src/sandbox/server';

export interface Harness {
  readonly sandbox: SandboxServer;
  engine(credentials?: Credentials, vocabulary?: Vocabulary, http?: HttpClient): LookupEngine;
  client(options?: HttpClientOptions): HttpClient;
  close(): Promise<void>;
}

/** A clock whose sleeps return at once but move time forward, so retries and rate-limit waits are instant. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(public nowMs = Date.now()) {}
  now(): number {
    return this.nowMs;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.nowMs += ms;
  }
}

export async function startHarness(options: SandboxOptions = {}): Promise<Harness> {
  const sandbox = await startSandbox(options);
  const clients: HttpClient[] = [];
  const client = (clientOptions: HttpClientOptions = {}): HttpClient => {
    const http = new HttpClient({ retry: { baseDelayMs: 1, maxDelayMs: 5 }, ...clientOptions });
    clients.push(http);
    return http;
  };
  const shared = client();
  return {
    sandbox,
    client,
    engine: (credentials = SANDBOX_OAUTH1, vocabulary = '2.166', http = shared) =>
      new LookupEngine({ baseUrl: sandbox.url, credentials, vocabulary, http }),
    close: async () => {
      await Promise.all(clients.map((c) => c.close()));
      await sandbox.close();
    },
  };
}
