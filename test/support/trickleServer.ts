// A server that never finishes its answer but never goes quiet either: what idle timeouts alone cannot stop.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server on 127.0.0.1 that sends headers at once, then one byte of body every `everyMs`, never finishing. */
export async function trickleServer(everyMs: number): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
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
