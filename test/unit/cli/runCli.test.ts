import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCli } from '../../../src/cli/runCli';
import { SANDBOX_BEARER, SANDBOX_OAUTH1 } from '../../../src/core/auth/sandboxCredentials';
import { startSandbox } from '../../../src/sandbox/server';
import { projectRoot } from '../../../tools/workbench/projectFiles';
import { trickleServer } from '../../support/trickleServer';

const CLI = resolve(projectRoot, 'dist', 'cli.js');

async function run(args: string[], env: Record<string, string> = {}, tty = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, env, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTty: tty, version: '9.9.9' });
  return { code, stdout, stderr };
}

const SANDBOX_ENV = {
  X_CONSUMER_KEY: SANDBOX_OAUTH1.consumerKey,
  X_CONSUMER_SECRET: SANDBOX_OAUTH1.consumerSecret,
  X_ACCESS_TOKEN: SANDBOX_OAUTH1.accessToken,
  X_ACCESS_TOKEN_SECRET: SANDBOX_OAUTH1.accessTokenSecret,
};

describe('CLI (in process)', () => {
  it('answers from the sandbox when no credentials are set', async () => {
    const { code, stdout, stderr } = await run(['user', '2244994945', '--user-fields', 'created_at']);
    assert.equal(code, 0, stderr);
    const body = JSON.parse(stdout);
    assert.equal(body.data.username, 'XDevelopers');
    assert.equal(typeof body.data.created_at, 'string');
    assert.match(stderr, /HTTP 200 · \d+ ms · rate limit \d+\/\d+, resets in .* · sandbox/);
  });

  it('indents JSON for a terminal', async () => {
    const { stdout } = await run(['user', '2244994945'], {}, true);
    assert.match(stdout, /^\{\n {2}"data": \{\n {4}"id": "2244994945"/);
  });

  it('exits 2 on invalid input and says why, sending nothing', async () => {
    for (const [args, text] of [
      [['user', '12x'], 'id "12x" is not an id: an id is 1 to 19 digits'],
      [['users', '1,1'], 'ids lists "1" more than once'],
      [['user-by-username', 'no-dashes'], 'username "no-dashes"'],
      [['user', '1', '--user-fields', 'create_at'], 'did you mean created_at?'],
      [['user', '1', '--expansions', 'pinned_post_id'], 'belongs to spec 2.167'],
      [['custom-profiles', '--count', '51'], '--count must be a whole number from 1 to 50'],
      [['me', '--auth', 'bearer'], 'needs user context'],
      [['user'], 'user needs an id'],
      [['frobnicate'], 'unknown command'],
      [['user', '1', '--auth', 'basic'], '--auth must be bearer, oauth1 or oauth2'],
      [['user', '1', '--vocabulary', '3'], '--vocabulary must be 2.166 or 2.167'],
      [['user', '1', '--base-url', 'ftp://x'], 'no credentials'],
    ] as const) {
      const { code, stderr, stdout } = await run([...args]);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.ok(stderr.includes(text), `${args.join(' ')}: ${stderr}`);
      assert.equal(stdout, '');
    }
  });

  it('exits 1 on an API error and still prints the body', async () => {
    const { code, stdout, stderr } = await run(['user-by-username', 'missing_x']);
    assert.equal(code, 1);
    assert.match(JSON.parse(stdout).errors[0].detail, /Could not find user/);
    assert.match(stderr, /error: HTTP 200 with errors and no data/);
  });

  it('reports partial errors on stderr and exits 0', async () => {
    const { code, stderr } = await run(['users', '2244994945,1404']);
    assert.equal(code, 0);
    assert.match(stderr, /partial error: Not Found Error: Could not find user with ids: \[1404\]/);
  });

  it('sends post.fields under --vocabulary 2.167', async () => {
    const { code, stdout } = await run(['user-by-username', 'XDevelopers', '--vocabulary', '2.167', '--expansions', 'pinned_post_id', '--post-fields', 'created_at']);
    assert.equal(code, 0);
    const body = JSON.parse(stdout);
    assert.ok(Array.isArray(body.includes.posts));
  });

  it('reads the custom profile endpoints', async () => {
    const one = await run(['custom-profile', '100001']);
    assert.equal(one.code, 0, one.stderr);
    assert.equal(JSON.parse(one.stdout).custom_profile.name, 'Jon C, Partner Engineer');
    const page = await run(['custom-profiles', '--count', '2']);
    const body = JSON.parse(page.stdout);
    assert.equal(body.custom_profiles.length, 2);
    const next = await run(['custom-profiles', '--count', '2', '--cursor', body.next_cursor]);
    assert.notDeepEqual(JSON.parse(next.stdout).custom_profiles, body.custom_profiles);
  });

  it('prints the catalogue of either vocabulary as JSON', async () => {
    const v166 = JSON.parse((await run(['catalog', '--json'])).stdout);
    assert.equal(v166.vocabulary, '2.166');
    assert.equal(v166.endpoints.length, 7);
    assert.equal(v166.parameters['user.fields'].length, 26);
    assert.equal(v166.parameters['tweet.fields'].length, 34);
    assert.ok(v166.parameters['user.fields'].every((e: { description: string }) => e.description.length > 10));
    const v167 = JSON.parse((await run(['catalog', '--json', '--vocabulary', '2.167'])).stdout);
    assert.equal(v167.parameters['post.fields'].length, 31);
    assert.deepEqual(v167.parameters.expansions.map((e: { value: string }) => e.value), ['affiliation', 'most_recent_post_id', 'pinned_post_id']);
  });

  it('talks to any X-compatible base URL with credentials from the environment', async () => {
    const sandbox = await startSandbox();
    try {
      const ok = await run(['me', '--base-url', sandbox.url], SANDBOX_ENV);
      assert.equal(ok.code, 0, ok.stderr);
      assert.doesNotMatch(ok.stderr, /sandbox$/m);
      const bearer = await run(['user', '2244994945', '--base-url', sandbox.url], { X_BEARER_TOKEN: SANDBOX_BEARER.token });
      assert.equal(bearer.code, 0, bearer.stderr);
      const wrong = await run(['user', '2244994945', '--base-url', sandbox.url], { X_BEARER_TOKEN: 'wrong-token-value' });
      assert.equal(wrong.code, 1);
      assert.match(wrong.stderr, /HTTP 401 Unauthorized/);
      assert.ok(!wrong.stderr.includes('wrong-token-value'));
      const partial = await run(['me', '--base-url', sandbox.url], { X_CONSUMER_KEY: 'k' });
      assert.equal(partial.code, 2);
      assert.match(partial.stderr, /missing X_CONSUMER_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET/);
    } finally {
      await sandbox.close();
    }
  });

  it('refuses a credential with a line break or control character at once: exit 2, the token never repeated, nothing sent', async () => {
    const sandbox = await startSandbox();
    try {
      const before = sandbox.requestCount;
      for (const [name, value] of [
        ['X_BEARER_TOKEN', 'AAAA-first-half\nsecond-half-ZZZZ'],
        ['X_OAUTH2_ACCESS_TOKEN', 'oauth2-token\u0007with-a-bell'],
        ['X_ACCESS_TOKEN_SECRET', 'secret-part-one secret-part-two'],
      ] as const) {
        const env: Record<string, string> = name === 'X_ACCESS_TOKEN_SECRET' ? { ...SANDBOX_ENV, [name]: value } : { [name]: value };
        const started = Date.now();
        const { code, stdout, stderr } = await run(['user', '2244994945', '--base-url', sandbox.url], env);
        assert.equal(code, 2, stderr);
        assert.equal(stderr, `error: ${name} has spaces, line breaks or other characters a token never contains\n`);
        for (const part of value.split(/[\s\u0007]/)) assert.ok(!stderr.includes(part), `stderr repeats ${part}`);
        assert.equal(stdout, '');
        assert.ok(Date.now() - started < 1000, 'no retries');
      }
      assert.equal(sandbox.requestCount, before, 'no request reached the server');
      // Surrounding whitespace (a trailing newline from `$(cat token.txt)`) is trimmed, as before, and accepted.
      const trimmed = await run(['user', '2244994945', '--base-url', sandbox.url], { X_BEARER_TOKEN: `${SANDBOX_BEARER.token}\n` });
      assert.equal(trimmed.code, 0, trimmed.stderr);
      // --sandbox reads nothing from the environment, so a malformed variable there is no obstacle.
      assert.equal((await run(['user', '2244994945', '--sandbox'], { X_BEARER_TOKEN: 'bad\ntoken' })).code, 0);
    } finally {
      await sandbox.close();
    }
  });

  it('bounds the whole lookup by --timeout, even against a server that trickles its body', async function () {
    this.timeout(15_000);
    const server = await trickleServer(200);
    try {
      const started = Date.now();
      const { code, stderr } = await run(['user', '2244994945', '--base-url', server.url, '--timeout', '1000'], { X_BEARER_TOKEN: 'trickle-test-token' });
      const elapsed = Date.now() - started;
      assert.equal(code, 1, stderr);
      assert.match(stderr, /1000 ms deadline/);
      assert.ok(elapsed < 2500, `${elapsed} ms`);
    } finally {
      await server.close();
    }
  });

  it('documents everything in --help', async () => {
    const { code, stdout } = await run(['--help']);
    assert.equal(code, 0);
    for (const word of ['user-by-username', 'custom-profiles', 'catalog', 'sandbox', '--user-fields', '--tweet-fields', '--expansions',
      '--base-url', '--auth', '--sandbox', '--vocabulary', 'X_BEARER_TOKEN', 'X_OAUTH2_ACCESS_TOKEN', 'Exit status']) {
      assert.ok(stdout.includes(word), word);
    }
  });
});

describe('CLI (dist/cli.js as a process)', function () {
  this.timeout(30_000);
  before(function () {
    if (!existsSync(CLI)) this.skip();
  });

  it('looks up through the built bundle with exit codes 0 and 2', () => {
    const ok = spawnSync(process.execPath, [CLI, 'user', '2244994945'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).data.id, '2244994945');
    const bad = spawnSync(process.execPath, [CLI, 'user', 'x'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    assert.equal(bad.status, 2);
    assert.equal(bad.stdout, '');
  });

  it('serves the sandbox for other tools and stops on SIGINT', async () => {
    const child = spawn(process.execPath, [CLI, 'sandbox', '--port', '0'], { env: { PATH: process.env.PATH } });
    const url = await new Promise<string>((resolveUrl, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
        if (match) resolveUrl(match[0]);
      });
      child.once('exit', (code) => reject(new Error(`sandbox exited ${code}`)));
    });
    try {
      const viaEnv = spawnSync(process.execPath, [CLI, 'custom-profile', '100001', '--base-url', url], { encoding: 'utf8', env: { PATH: process.env.PATH, ...SANDBOX_ENV } });
      assert.equal(viaEnv.status, 0, viaEnv.stderr);
    } finally {
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGINT');
      assert.equal(await exited, 0);
    }
  });
});
