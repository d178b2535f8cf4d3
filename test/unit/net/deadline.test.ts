// A lookup has a deadline as well as idle timeouts: a server that trickles a byte often enough never trips an idle
// timeout, and used to hold `--timeout 1000` for 25.7 s.
import { strict as assert } from 'node:assert';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runCli } from '../../../src/cli/runCli';
import { HttpClient } from '../../../src/net/httpClient';

/** A server on 127.0.0.1 that sends headers at once, then one byte of body every `everyMs`, never finishing. */
async function trickleServer(everyMs: number): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  const open = new Set<ServerResponse>();
  let requests = 0;
  const server: Server = createServer((_req, res) => {
    requests++;
    open.add(res);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{');
    const timer = setInterval(() => res.write(' '), everyMs);
    res.on('close', () => {
      clearInterval(timer);
      open.delete(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: async () => {
      for (const res of open) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('lookup deadline', function () {
  this.timeout(15_000);

  it('a body trickled a byte every 200 ms ends at the 1000 ms deadline with a timeout error', async () => {
    const server = await trickleServer(200);
    const http = new HttpClient({ timeouts: { headersMs: 1000, bodyMs: 1000, totalMs: 1000 } });
    try {
      const started = Date.now();
      const outcome = await http.get(`${server.url}/2/users/1`, undefined);
      const elapsed = Date.now() - started;
      assert.ok(!outcome.ok);
      assert.equal(outcome.error.kind, 'timeout');
      assert.match(outcome.error.message, /longer than its 1000 ms deadline/);
      assert.equal(outcome.attempts, 1);
      assert.equal(server.requests(), 1, 'a timeout is not retried');
      assert.ok(elapsed >= 950 && elapsed < 2500, `${elapsed} ms`);
    } finally {
      await http.close();
      await server.close();
    }
  });

  it('the CLI: --timeout 1000 bounds the whole lookup', async () => {
    const server = await trickleServer(200);
    let stderr = '';
    try {
      const started = Date.now();
      const code = await runCli(['user', '2244994945', '--base-url', server.url, '--timeout', '1000'], { X_BEARER_TOKEN: 'trickle-test-token' }, {
        stdout: () => undefined, stderr: (text) => (stderr += text), stdoutIsTty: false,
      });
      const elapsed = Date.now() - started;
      assert.equal(code, 1, stderr);
      assert.match(stderr, /1000 ms deadline/);
      assert.ok(elapsed < 2500, `${elapsed} ms`);
    } finally {
      await server.close();
    }
  });

  it('a cancelled lookup still reports cancellation, not the deadline', async () => {
    const server = await trickleServer(50);
    const http = new HttpClient({ timeouts: { totalMs: 5000 } });
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const outcome = await http.get(`${server.url}/2/users/1`, undefined, { signal: controller.signal });
      assert.ok(!outcome.ok);
      assert.equal(outcome.error.kind, 'aborted');
    } finally {
      await http.close();
      await server.close();
    }
  });
});
