// `users --from-file` and `users-by-username --from-file` end to end: the CLI in process against a sandbox on
// 127.0.0.1 over real HTTP (counting what it is sent), and the built CLI reading standard input.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../../src/cli/runCli';
import { SANDBOX_BEARER } from '../../../src/core/auth/sandboxCredentials';
import { parseCsv } from '../../../src/core/bulk/csv';
import { startSandbox, type SandboxServer } from '../../../src/sandbox/server';
import { projectRoot } from '../../../tools/workbench/projectFiles';

const ENV = { X_BEARER_TOKEN: SANDBOX_BEARER.token };

function ids(n: number, from = 7_000_000): string[] {
  const out: string[] = [];
  for (let id = from; out.length < n; id++) if (id % 1000 !== 403 && id % 1000 !== 404) out.push(String(id));
  return out;
}

describe('CLI bulk lookups (--from-file)', () => {
  let sandbox: SandboxServer;
  let dir: string;
  beforeEach(async () => {
    sandbox = await startSandbox();
    dir = mkdtempSync(join(tmpdir(), 'xapi-cli-bulk-'));
  });
  afterEach(async () => {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  async function run(args: string[], options: { stdin?: string; stderrIsTty?: boolean } = {}) {
    let stdout = '';
    let stderr = '';
    const code = await runCli([...args, '--base-url', sandbox.url], ENV, {
      stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTty: false, stderrIsTty: options.stderrIsTty ?? false,
      readStdin: async () => options.stdin ?? '', version: '9.9.9',
    });
    return { code, stdout, stderr };
  }

  it('looks up 250 ids in 3 requests, NDJSON on stdout, invalid ones listed and not sent, one summary line', async () => {
    const path = file('ids.txt', [...ids(250), '12x', 'abc', ids(1)[0]].join('\n'));
    const { code, stdout, stderr } = await run(['users', '--from-file', path, '--format', 'ndjson', '--user-fields', 'public_metrics']);
    assert.equal(code, 0, stderr);
    assert.equal(sandbox.requestCount, 3);
    const users = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; public_metrics: object });
    assert.deepEqual(users.map((u) => u.id), ids(250));
    assert.match(stderr, /invalid \(not sent\): line 251, column 1: "12x" is not an id/);
    assert.match(stderr, /invalid \(not sent\): line 252, column 1: "abc"/);
    assert.match(stderr, /^users found 250, not found 0, invalid 2, duplicates 1, batches 3\/3, requests 3, time \d+(\.\d)? m?s, cost \$2\.50 \(at most/m);
    assert.doesNotMatch(stderr, /\r/, 'no progress line when stderr is not a terminal');
  });

  it('refuses to start above --max-cost: exit 2, nothing sent', async () => {
    const path = file('ids.txt', ids(250).join(','));
    const { code, stdout, stderr } = await run(['users', '--from-file', path, '--max-cost', '2.49']);
    assert.equal(code, 2);
    assert.equal(sandbox.requestCount, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /250 users in 3 requests, at most \$2\.50, is above --max-cost \$2\.49; nothing was sent/);
    const under = await run(['users', '--from-file', path, '--max-cost', '$2.50']);
    assert.equal(under.code, 0, under.stderr);
    assert.equal(sandbox.requestCount, 3);
  });

  it('reads a CSV column by name and writes CSV with the requested columns', async () => {
    const path = file('people.csv', 'name,Handle\r\n"Doe, Jane",jane_doe\r\nX,@XDevelopers\r\nGone,missing_person\r\nBad,no spaces allowed\r\n');
    const { code, stdout, stderr } = await run(['users-by-username', '--from-file', path, '--column', 'handle', '--format', 'csv', '--user-fields', 'public_metrics,description']);
    assert.equal(code, 0, stderr);
    const parsed = parseCsv(stdout);
    assert.ok(parsed.ok);
    const rows = parsed.ok ? parsed.records.map((r) => r.cells) : [];
    assert.deepEqual(rows[0].slice(0, 4), ['id', 'name', 'username', 'public_metrics.followers_count']);
    assert.deepEqual(rows.slice(1).map((r) => r[2]), ['jane_doe', 'XDevelopers']);
    assert.match(stderr, /invalid \(not sent\): line 5: "no spaces allowed"/);
    assert.match(stderr, /users found 2, not found 1, invalid 1, batches 1\/1, requests 1/);
    // By number, counted from 1.
    const byNumber = await run(['users-by-username', '--from-file', path, '--column', '2', '--format', 'csv']);
    assert.equal(byNumber.code, 0, byNumber.stderr);
  });

  it('reads standard input with -, and writes the merged JSON document by default', async () => {
    const { code, stdout, stderr } = await run(['users', '--from-file', '-'], { stdin: `2244994945 783214\n${ids(120).join(' ')}\n1000404` });
    assert.equal(code, 0, stderr);
    const document = JSON.parse(stdout) as { data: { id: string }[]; errors: { resource_id: string }[] };
    assert.equal(document.data.length, 122);
    assert.deepEqual(document.errors.map((e) => e.resource_id), ['1000404']);
    assert.equal(sandbox.requestCount, 2);
  });

  it('shows a progress line on stderr only when it is a terminal', async () => {
    const path = file('ids.txt', ids(150).join('\n'));
    const { code, stderr } = await run(['users', '--from-file', path], { stderrIsTty: true });
    assert.equal(code, 0);
    assert.match(stderr, /\r\x1b\[Kbatch 2\/2 · found 100 · not found 0/);
    assert.match(stderr, /150 users in 2 requests, at most \$1\.50/);
  });

  it('explains a 402 out of credits and exits 1 when no batch succeeded', async () => {
    sandbox.setFault({ kind: '402' });
    const path = file('ids.txt', ids(150).join('\n'));
    const { code, stderr } = await run(['users', '--from-file', path]);
    assert.equal(code, 1);
    assert.equal(sandbox.requestCount, 1, 'a 402 stops the run: the second batch is not sent');
    assert.match(stderr, /batches 0\/2, requests 1/);
    assert.match(stderr, /no credits left: add credits in the X developer console/);
  });

  it('refuses what it cannot read, before sending anything', async () => {
    for (const [args, message] of [
      [['users', '--from-file', join(dir, 'nope.txt')], /cannot read .*nope\.txt/],
      [['users', '--from-file', file('bad.txt', 'x y z')], /no valid ids to look up \(3 invalid\); nothing was sent/],
      [['users', '--from-file', file('t.csv', 'a,b\n1,2\n')], /t\.csv, line 1: pick a column/],
      [['users', '--from-file', file('q.csv', 'id\n"1\n')], /never closed/],
      [['users', '--from-file', file('ok.txt', '1'), '--user-fields', 'create_at'], /did you mean created_at/],
      [['users', '1,2', '--column', 'id'], /--column works only with --from-file/],
      [['users', '1', '--from-file', 'x'], /reads its ids from the file; drop "1"/],
      [['user', '--from-file', 'x'], /--from-file works with users and users-by-username/],
      [['users', '--from-file', 'x', '--format', 'xml'], /--format must be json, ndjson or csv/],
      [['users', '--from-file', 'x', '--max-cost', 'ten'], /--max-cost must be an amount/],
      [['users', '--from-file', 'x', '--column', '0'], /counted from 1/],
    ] as const) {
      const { code, stderr } = await run([...args]);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, message, args.join(' '));
    }
    assert.equal(sandbox.requestCount, 0);
  });

  it('the built CLI reads standard input (dist/cli.js)', async function () {
    const cli = resolve(projectRoot, 'dist', 'cli.js');
    if (!existsSync(cli)) this.skip();
    // Not spawnSync: the sandbox answering it runs in this process.
    const child = spawn(process.execPath, [cli, 'users', '--from-file', '-', '--format', 'ndjson', '--base-url', sandbox.url], {
      env: { PATH: process.env.PATH, ...ENV },
    });
    const result = { stdout: '', stderr: '', status: -1 };
    child.stdout.on('data', (chunk: Buffer) => (result.stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (result.stderr += chunk.toString('utf8')));
    child.stdin.end(ids(101).join('\n'));
    result.status = await new Promise<number>((done) => child.on('close', (code) => done(code ?? -1)));
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trimEnd().split('\n').length, 101);
    assert.match(result.stderr, /users found 101, not found 0, invalid 0, batches 2\/2, requests 2/);
  });
});
