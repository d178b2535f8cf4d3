import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { shellQuote } from '../../../src/cli/authCommands';
import { runCli } from '../../../src/cli/runCli';
import { SANDBOX_API_KEY, SANDBOX_API_SECRET, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from '../../../src/core/auth/sandboxCredentials';
import { startSandbox, type SandboxServer } from '../../../src/sandbox/server';
import { consentAndFollow } from '../../support/browserDriver';
import { until } from '../../support/polling';

interface Run {
  readonly code: Promise<number>;
  stdout(): string;
  stderr(): string;
}

function start(args: string[], env: Record<string, string> = {}, signal?: AbortSignal): Run {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, env, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTty: false, signal, version: '9.9.9' });
  return { code, stdout: () => stdout, stderr: () => stderr };
}

/** Runs `export` lines in bash and reads the variables back, as a user's `eval "$(...)"` would. */
function evalExports(lines: string, names: string[]): Record<string, string> {
  const script = `${lines}\n${names.map((name) => `printf '%s\\0' "$${name}"`).join('\n')}`;
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: {} });
  assert.equal(result.status, 0, result.stderr);
  const values = result.stdout.split('\0');
  return Object.fromEntries(names.map((name, i) => [name, values[i]]));
}

describe('CLI auth commands against a sandbox', () => {
  let sandbox: SandboxServer;
  beforeEach(async () => {
    sandbox = await startSandbox();
  });
  afterEach(async () => {
    await sandbox.close();
  });

  it('sandbox prints its client id, API key and secret beside its other credentials', async () => {
    let stop: () => void = () => undefined;
    let stderr = '';
    const code = runCli(['sandbox', '--port', '0'], {}, {
      stdout: () => undefined, stderr: (t) => (stderr += t), stdoutIsTty: false, untilStopped: new Promise<void>((r) => (stop = r)),
    });
    await until('the sandbox banner', () => (/Press Ctrl\+C/.test(stderr) ? true : undefined));
    stop();
    assert.equal(await code, 0);
    assert.match(stderr, new RegExp(`export X_CLIENT_ID=${SANDBOX_CLIENT_ID}`));
    assert.match(stderr, new RegExp(`export X_CLIENT_SECRET=${SANDBOX_CLIENT_SECRET}`));
    assert.match(stderr, new RegExp(`export X_API_KEY=${SANDBOX_API_KEY} X_API_SECRET=${SANDBOX_API_SECRET}`));
    assert.match(stderr, /export X_BEARER_TOKEN=/);
  });

  it('quotes any value safely for the shell', () => {
    const nasty = `a'b"c$(touch /tmp/x)\`d\`\\ e`;
    assert.deepEqual(evalExports(`export V=${shellQuote(nasty)}`, ['V']), { V: nasty });
  });

  it('auth login: prints the URL, waits for the browser, prints export lines that work', async () => {
    const run = start(['auth', 'login', '--base-url', sandbox.url, '--client-id', SANDBOX_CLIENT_ID, '--port', '0', '--scopes', 'like.read']);
    const url = await until('the authorize URL on stderr', () => /^\s+(http:\/\/\S+\/2\/oauth2\/authorize\?\S+)$/m.exec(run.stderr())?.[1]);
    assert.equal(new URL(url).searchParams.get('scope'), 'tweet.read users.read offline.access like.read');
    assert.equal((await consentAndFollow(url, 'approve')).status, 200);
    assert.equal(await run.code, 0, run.stderr());
    assert.match(run.stderr(), /Signed in as @XApiSandbox/);
    assert.match(run.stdout(), /^export X_OAUTH2_ACCESS_TOKEN='[^']+'\nexport X_OAUTH2_REFRESH_TOKEN='[^']+'\n$/);
    const vars = evalExports(run.stdout(), ['X_OAUTH2_ACCESS_TOKEN', 'X_OAUTH2_REFRESH_TOKEN']);
    assert.ok(!run.stderr().includes(vars.X_OAUTH2_ACCESS_TOKEN) && !run.stderr().includes(vars.X_OAUTH2_REFRESH_TOKEN), 'no token on stderr');
    // The printed token looks up /2/users/me through the CLI itself.
    const me = start(['me', '--base-url', sandbox.url], { X_OAUTH2_ACCESS_TOKEN: vars.X_OAUTH2_ACCESS_TOKEN });
    assert.equal(await me.code, 0, me.stderr());
    assert.equal((JSON.parse(me.stdout()) as { data: { username: string } }).data.username, 'XApiSandbox');
  });

  it('auth login: a confidential client from X_CLIENT_SECRET, a denial, and input errors', async () => {
    const confidential = start(['auth', 'login', '--base-url', sandbox.url, '--port', '0'], { X_CLIENT_ID: SANDBOX_CLIENT_ID, X_CLIENT_SECRET: SANDBOX_CLIENT_SECRET });
    const url = await until('the authorize URL', () => /^\s+(http:\/\/\S+authorize\?\S+)$/m.exec(confidential.stderr())?.[1]);
    await consentAndFollow(url, 'approve');
    assert.equal(await confidential.code, 0, confidential.stderr());
    assert.doesNotMatch(confidential.stderr(), new RegExp(SANDBOX_CLIENT_SECRET));

    const denied = start(['auth', 'login', '--base-url', sandbox.url, '--client-id', SANDBOX_CLIENT_ID, '--port', '0']);
    const deniedUrl = await until('the authorize URL', () => /^\s+(http:\/\/\S+authorize\?\S+)$/m.exec(denied.stderr())?.[1]);
    await consentAndFollow(deniedUrl, 'deny');
    assert.equal(await denied.code, 1);
    assert.match(denied.stderr(), /error: sign-in was cancelled: access was denied/);
    assert.equal(denied.stdout(), '');

    const noClient = start(['auth', 'login', '--base-url', sandbox.url]);
    assert.equal(await noClient.code, 2);
    assert.match(noClient.stderr(), /--client-id ID or X_CLIENT_ID \(the sandbox's is xapi-sandbox-client-id\)/);
    const badScope = start(['auth', 'login', '--base-url', sandbox.url, '--client-id', 'c', '--scopes', 'tweets.read']);
    assert.equal(await badScope.code, 2);
    assert.match(badScope.stderr(), /"tweets\.read" is not an OAuth 2\.0 scope/);
    const badAction = start(['auth', 'logout']);
    assert.equal(await badAction.code, 2);
    assert.match(badAction.stderr(), /auth needs one of login, app-token/);
  });

  it('auth login: Ctrl+C cancels the wait', async () => {
    const controller = new AbortController();
    const run = start(['auth', 'login', '--base-url', sandbox.url, '--client-id', SANDBOX_CLIENT_ID, '--port', '0'], {}, controller.signal);
    await until('the waiting line', () => /Waiting for the browser/.test(run.stderr()) || undefined);
    controller.abort();
    assert.equal(await run.code, 1);
    assert.match(run.stderr(), /error: sign-in was cancelled/);
  });

  it('auth app-token: prints X_BEARER_TOKEN for X_API_KEY and X_API_SECRET, and refuses wrong ones without quoting them', async () => {
    const run = start(['auth', 'app-token', '--base-url', sandbox.url], { X_API_KEY: SANDBOX_API_KEY, X_API_SECRET: SANDBOX_API_SECRET });
    assert.equal(await run.code, 0, run.stderr());
    const { X_BEARER_TOKEN } = evalExports(run.stdout(), ['X_BEARER_TOKEN']);
    const lookup = start(['user', '2244994945', '--base-url', sandbox.url], { X_BEARER_TOKEN });
    assert.equal(await lookup.code, 0, lookup.stderr());
    const wrong = start(['auth', 'app-token', '--base-url', sandbox.url], { X_API_KEY: SANDBOX_API_KEY, X_API_SECRET: 'wrong-secret-value' });
    assert.equal(await wrong.code, 1);
    assert.match(wrong.stderr(), /HTTP 403/);
    assert.doesNotMatch(wrong.stderr(), /wrong-secret-value/);
    const missing = start(['auth', 'app-token'], {});
    assert.equal(await missing.code, 2);
    assert.match(missing.stderr(), /X_API_KEY and X_API_SECRET/);
  });
});
