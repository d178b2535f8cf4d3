/**
 * A child process of the store tests (forked by test/unit/storeConcurrency.test.ts): opens the store in a folder,
 * says `ready`, waits for `go` so every process starts at the same moment, then makes `count` changes one after
 * another, as one window does, and reports what each change said.
 *
 * argv: <dir> <save|history> <count> <tag> [lockTimeoutMs] [lockStaleMs]
 */
import { randomUUID } from 'node:crypto';
import { SavedLookupsFile } from '../../src/storage/savedLookupsFile';

/** What the worker tells the test. */
export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly ok: number; readonly errors: readonly string[]; readonly notes: readonly string[] };

async function main(): Promise<void> {
  const [dir, op, countText, tag, timeoutText, staleText] = process.argv.slice(2);
  const count = Number(countText);
  const lock = {
    ...(timeoutText ? { timeoutMs: Number(timeoutText) } : {}),
    ...(staleText ? { staleMs: Number(staleText) } : {}),
  };
  const notes: string[] = [];
  const store = await SavedLookupsFile.open(dir, {
    notify: (message) => notes.push(message),
    newId: () => `${tag}-${randomUUID()}`,
    now: () => new Date(),
    ...(Object.keys(lock).length > 0 ? { lock } : {}),
  });
  await new Promise<void>((resolve) => {
    process.once('message', () => resolve());
    send({ type: 'ready' });
  });
  let ok = 0;
  const errors: string[] = [];
  for (let i = 0; i < count; i++) {
    const request = { endpoint: 'userById' as const, id: String(1000 + i) };
    try {
      if (op === 'save') await store.save(`${tag} ${i}`, request);
      else await store.recordHistory({ request, ok: true, status: 200, summary: `${tag} ${i}` });
      ok++;
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  store.close();
  send({ type: 'done', ok, errors, notes });
  process.disconnect();
}

function send(message: WorkerMessage): void {
  process.send?.(message);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
