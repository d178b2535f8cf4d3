// The in-editor sandbox listens inside the range the manifest keeps out of VS Code's port forwarding: on real sockets,
// with the range's first ports really taken.
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:net';
import { SANDBOX_PORTS } from '../../../src/host/common/ids';
import { startSandboxInRange } from '../../../src/sandbox/portRange';
import type { SandboxServer } from '../../../src/sandbox/server';
import { SANDBOX_BEARER } from '../../../src/core/auth/sandboxCredentials';

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A range of `size` ports that are free now, found by binding port 0 and looking above it. */
async function freeRange(size: number): Promise<{ first: number; last: number }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const probe = await listen(0);
    const base = (probe.address() as { port: number }).port;
    await close(probe);
    if (base + size > 65_535) continue;
    const held: Server[] = [];
    try {
      for (let port = base; port < base + size; port++) held.push(await listen(port));
      return { first: base, last: base + size - 1 };
    } catch {
      // One was taken: try elsewhere.
    } finally {
      await Promise.all(held.map(close));
    }
  }
  throw new Error('no free port range found');
}

describe('sandbox port range', () => {
  const started: SandboxServer[] = [];
  const blockers: Server[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.close()));
    await Promise.all(blockers.splice(0).map(close));
  });

  it('is the range the manifest ignores for port forwarding, a few ports wide, above the well-known ports', () => {
    assert.ok(SANDBOX_PORTS.first > 1024 && SANDBOX_PORTS.last >= SANDBOX_PORTS.first + 4 && SANDBOX_PORTS.last < 49_152);
  });

  it('listens on the first free port of the range, skipping taken ones, and answers there', async () => {
    const range = await freeRange(4);
    blockers.push(await listen(range.first), await listen(range.first + 1));
    const sandbox = await startSandboxInRange(range);
    started.push(sandbox);
    assert.equal(sandbox.port, range.first + 2);
    const response = await fetch(`${sandbox.url}/2/users/2244994945`, { headers: { authorization: `Bearer ${SANDBOX_BEARER.token}` } });
    assert.equal(response.status, 200);
  });

  it('takes any free port when the whole range is taken', async () => {
    const range = await freeRange(2);
    blockers.push(await listen(range.first), await listen(range.last));
    const sandbox = await startSandboxInRange(range);
    started.push(sandbox);
    assert.ok(sandbox.port < range.first || sandbox.port > range.last, String(sandbox.port));
  });

  it('throws any other failure as it is, without trying further ports', async () => {
    const tried: (number | undefined)[] = [];
    await assert.rejects(
      startSandboxInRange({ first: 5000, last: 5003 }, {}, async (options) => {
        tried.push(options.port);
        throw Object.assign(new Error('bad host'), { code: 'ENOTFOUND' });
      }),
      /bad host/,
    );
    assert.deepEqual(tried, [5000]);
  });
});
