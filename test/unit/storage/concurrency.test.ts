// Several processes writing one store at once, as several VS Code windows do: every change that reports success is
// in the file afterwards. The processes are real (child_process.fork of test/support/storeWorker.ts).
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HISTORY_LIMIT } from '../../../src/core/savedLookups/limits';
import { STORE_FILE_NAME } from '../../../src/storage/savedLookupsFile';
import type { WorkerMessage } from '../../support/storeWorker';
import { projectRoot } from '../../../tools/workbench/projectFiles';

const WORKER = path.join(projectRoot, 'out', 'test', 'support', 'storeWorker.js');

type Done = Extract<WorkerMessage, { type: 'done' }>;

/** Forks one worker per tag, starts them together once all are ready, and resolves what each reported. */
async function runWorkers(dir: string, op: 'save' | 'history', count: number, tags: readonly string[], extra: readonly string[] = []): Promise<Done[]> {
  const children = tags.map((tag) => fork(WORKER, [dir, op, String(count), tag, ...extra], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const ready = children.map((child) => new Promise<void>((resolve, reject) => {
    child.once('message', (message: WorkerMessage) => (message.type === 'ready' ? resolve() : reject(new Error(`unexpected ${message.type}`))));
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was ready`)));
  }));
  const done = children.map((child) => new Promise<Done>((resolve, reject) => {
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'done') resolve(message);
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was done`)));
  }));
  try {
    await Promise.all(ready);
    for (const child of children) child.send('go');
    return await Promise.all(done);
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
}

interface StoreJson {
  readonly lookups: readonly { readonly id: string; readonly name: string }[];
  readonly history: readonly { readonly id: string; readonly summary: string }[];
}

function readStore(dir: string): StoreJson {
  return JSON.parse(fs.readFileSync(path.join(dir, STORE_FILE_NAME), 'utf8')) as StoreJson;
}

describe('saved lookups: several processes at once', function () {
  this.timeout(120_000);
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-store-procs-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps every save of 4 processes × 40 saves, in each of 5 runs', async () => {
    const processes = 4;
    const saves = 40;
    const tags = Array.from({ length: processes }, (_, i) => `p${i}`);
    const kept: number[] = [];
    for (let run = 0; run < 5; run++) {
      const dir = path.join(root, `run-${run}`);
      const reports = await runWorkers(dir, 'save', saves, tags);
      for (const report of reports) assert.deepEqual(report.errors, [], 'no save failed');
      const json = readStore(dir);
      kept.push(json.lookups.length);
      assert.equal(new Set(json.lookups.map((l) => l.id)).size, json.lookups.length, 'ids are unique');
      const names = new Set(json.lookups.map((l) => l.name));
      const missing = tags.flatMap((tag) => Array.from({ length: saves }, (_, i) => `${tag} ${i}`)).filter((n) => !names.has(n));
      assert.deepEqual(missing, [], `run ${run + 1}: every reported save is in the file (kept so far: ${kept.join(', ')} of ${processes * saves})`);
      assert.deepEqual(fs.readdirSync(dir), [STORE_FILE_NAME], 'no lock, temp or backup file left behind');
    }
    assert.deepEqual(kept, Array(5).fill(processes * saves));
  });

  it('keeps every history entry of 2 processes recording at once, up to the cap', async () => {
    const dir = path.join(root, 'history');
    const reports = await runWorkers(dir, 'history', 40, ['a', 'b']);
    for (const report of reports) assert.deepEqual(report.errors, []);
    const summaries = readStore(dir).history.map((h) => h.summary);
    assert.equal(summaries.length, 80);
    assert.deepEqual([...summaries].sort(), [...Array.from({ length: 40 }, (_, i) => `a ${i}`), ...Array.from({ length: 40 }, (_, i) => `b ${i}`)].sort());
  });

  it('evicts the oldest history entries past HISTORY_LIMIT when 2 processes record 60 each', async () => {
    const dir = path.join(root, 'history-cap');
    const reports = await runWorkers(dir, 'history', 60, ['a', 'b']);
    for (const report of reports) assert.deepEqual(report.errors, []);
    const summaries = readStore(dir).history.map((h) => h.summary);
    assert.equal(summaries.length, HISTORY_LIMIT);
    for (const tag of ['a', 'b']) {
      // Each process records in order, so what it kept is its newest runs: newest first, without a gap, up to 59.
      const indices = summaries.filter((s) => s.startsWith(`${tag} `)).map((s) => Number(s.slice(2)));
      assert.ok(indices.length > 0, `${tag} kept some`);
      assert.deepEqual(indices, Array.from({ length: indices.length }, (_, i) => 59 - i), `${tag} kept its newest runs`);
    }
  });
});
