// Every snippet target x every auth kind it sends, generated for one lookup with fields and expansions and then RUN
// against a sandbox on 127.0.0.1 with the real client: curl and HTTPie, TypeScript compiled by tsc and run by node
// (twitter-api-v2, @xdevplatform/xdk, fetch + oauth-1.0a), Python by Debian's /usr/bin/python3 (tweepy, requests +
// requests-oauthlib). Each must print the body the extension's engine got for the same lookup. xurl and twurl are not
// installable offline here: their command lines are parsed by a real bash and checked argument by argument.
import { strict as assert } from 'node:assert';
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createAuthorizer } from '../../../../src/core/auth/authorizer';
import type { Credentials } from '../../../../src/core/auth/credentials';
import { SANDBOX_BEARER, SANDBOX_OAUTH1, SANDBOX_OAUTH2 } from '../../../../src/core/auth/sandboxCredentials';
import type { AuthKind } from '../../../../src/core/catalog/endpoints';
import type { Vocabulary } from '../../../../src/core/catalog/vocabulary';
import type { LookupRequest } from '../../../../src/core/request/lookupRequest';
import { lookupCall } from '../../../../src/core/snippets/lookupCall';
import { snippetFor } from '../../../../src/core/snippets/snippetFor';
import { SNIPPET_TARGETS, type SnippetTargetId } from '../../../../src/core/snippets/targets';
import { nodeSigningDeps } from '../../../../src/net/nodeSigningDeps';
import { startHarness, type Harness } from '../../../support/sandboxHarness';
import { startTlsFront, type TlsFront } from '../../../support/tlsFront';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../../../..');
const PYTHON = '/usr/bin/python3';

const CREDENTIALS: Readonly<Record<AuthKind, Credentials>> = { bearer: SANDBOX_BEARER, oauth2: SANDBOX_OAUTH2, oauth1: SANDBOX_OAUTH1 };

/** The environment a user of the CLI would have: the variables the snippets read, and nothing of ours. */
function envFor(auth: AuthKind): Record<string, string> {
  const base = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8' };
  if (auth === 'bearer') return { ...base, X_BEARER_TOKEN: SANDBOX_BEARER.token };
  if (auth === 'oauth2') return { ...base, X_OAUTH2_ACCESS_TOKEN: SANDBOX_OAUTH2.accessToken };
  return {
    ...base,
    X_CONSUMER_KEY: SANDBOX_OAUTH1.consumerKey, X_CONSUMER_SECRET: SANDBOX_OAUTH1.consumerSecret,
    X_ACCESS_TOKEN: SANDBOX_OAUTH1.accessToken, X_ACCESS_TOKEN_SECRET: SANDBOX_OAUTH1.accessTokenSecret,
  };
}

/** xdk's view of a body: every key in camelCase, as its transformKeys does. */
function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), camelKeys(v)]));
  }
  return value;
}

/** The arguments bash passes to `program` when it runs `snippet` (the program replaced by a function that prints them). */
function argumentsOf(snippet: string, program: string, env: Record<string, string>): string[][] {
  const script = `${program}() { printf '%s\\0' "$@"; printf '\\n'; }\n${snippet}`;
  const result = spawnSync('bash', ['--norc', '-c', script], { env, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.split('\n').slice(0, -1).map((line) => line.split('\0').slice(0, -1));
}

const LOOKUPS: Readonly<Record<Vocabulary, LookupRequest>> = {
  '2.166': {
    endpoint: 'userById', id: '2244994945',
    userFields: ['created_at', 'description', 'public_metrics'], expansions: ['pinned_tweet_id'], tweetFields: ['created_at', 'lang'],
  },
  '2.167': {
    endpoint: 'userById', id: '2244994945',
    userFields: ['created_at', 'description', 'public_metrics'], expansions: ['pinned_post_id'], tweetFields: ['created_at', 'lang'],
  },
};

interface Case {
  readonly target: SnippetTargetId;
  readonly auth: AuthKind;
  readonly vocabulary: Vocabulary;
  readonly code: string;
  /** The body the engine got for the lookup the snippet sends (its vocabulary, its auth). */
  expected?: unknown;
}

describe('code snippets, run against the sandbox', function () {
  this.timeout(60_000);
  let harness: Harness;
  let dir: string;
  let front: TlsFront | undefined;
  const cases: Case[] = [];
  const hasPython = spawnSync(PYTHON, ['-c', 'import tweepy, requests, requests_oauthlib']).status === 0;
  const hasHttpie = spawnSync('http', ['--version']).status === 0;
  // On a developer's machine a missing tool skips its runs; CI (.ci/run installs them) requires every one.
  const required = process.env.XAPI_REQUIRE_SNIPPET_TOOLS === '1';
  const missing = (what: string, context: Mocha.Context): void => {
    if (required) throw new Error(`${what} is missing, and XAPI_REQUIRE_SNIPPET_TOOLS=1 requires it`);
    context.skip();
  };

  before(async () => {
    harness = await startHarness({ rejectReplayedNonces: true });
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'out', 'snippet-run-'));
    // twitter-api-v2 connects with node:https only; it reaches the sandbox through a TLS front.
    front = await startTlsFront(harness.sandbox.url, dir);
    for (const vocabulary of ['2.166', '2.167'] as const) {
      for (const target of SNIPPET_TARGETS) {
        for (const auth of target.auth) {
          const httpsOnly = target.id === 'typescript-twitter-api-v2';
          if (httpsOnly && !front) continue;
          const input = { request: LOOKUPS[vocabulary], auth, vocabulary, baseUrl: httpsOnly ? front!.url : harness.sandbox.url };
          const snippet = snippetFor(target.id, input);
          assert.ok(snippet.ok, `${target.id} ${auth}: ${snippet.ok ? '' : snippet.message}`);
          const call = lookupCall(target.id, input);
          assert.ok(call.ok);
          const outcome = await harness.engine(CREDENTIALS[auth], call.call.vocabulary).lookup(call.call.request);
          assert.ok(outcome.ok, `engine ${target.id} ${auth}`);
          cases.push({ target: target.id, auth, vocabulary, code: snippet.code, expected: outcome.body });
        }
      }
    }
  });

  after(async () => {
    await front?.close();
    await harness?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('covers every target and every auth kind it supports, in both vocabularies', () => {
    assert.ok(front, 'openssl makes the TLS front twitter-api-v2 needs');
    const expected = SNIPPET_TARGETS.reduce((sum, target) => sum + target.auth.length, 0) * 2;
    assert.equal(cases.length, expected);
    // The representative lookup has fields and an expansion, so each body has includes to compare.
    for (const c of cases) assert.ok((c.expected as { includes?: unknown }).includes, `${c.target} ${c.auth} has includes`);
  });

  it('holds no secret, only the environment variable names', () => {
    const secrets = [SANDBOX_BEARER.token, SANDBOX_OAUTH2.accessToken, ...Object.values(SANDBOX_OAUTH1).filter((v) => v !== 'oauth1')];
    for (const c of cases) for (const secret of secrets) assert.ok(!c.code.includes(secret), `${c.target} ${c.auth}`);
  });

  it('curl prints the engine\'s body', async () => {
    for (const c of cases.filter((x) => x.target === 'curl')) {
      const env = envFor(c.auth);
      if (c.auth === 'oauth1') env.X_OAUTH1_AUTHORIZATION = signedHeaderFor(c.code);
      const { stdout } = await run('bash', ['--norc', '-c', c.code], { env });
      assert.deepEqual(JSON.parse(stdout), c.expected, `${c.auth} ${c.vocabulary}`);
    }
  });

  it('HTTPie prints the engine\'s body', async function () {
    if (!hasHttpie) missing('HTTPie (`http`)', this);
    await Promise.all(cases.filter((x) => x.target === 'httpie').map(async (c) => {
      const env = envFor(c.auth);
      if (c.auth === 'oauth1') env.X_OAUTH1_AUTHORIZATION = signedHeaderFor(curlUrlOf(cases, c));
      const { stdout } = await run('bash', ['--norc', '-c', c.code], { env });
      assert.deepEqual(JSON.parse(stdout), c.expected, `${c.auth} ${c.vocabulary}`);
    }));
  });

  it('TypeScript snippets compile with tsc and print the engine\'s body under node (xdk\'s in camelCase)', async () => {
    const ts = cases.filter((c) => c.target.startsWith('typescript-'));
    const files = ts.map((c, i) => {
      const file = join(dir, `snippet${i}.ts`);
      writeFileSync(file, c.code);
      return file;
    });
    // The same lookups against api.x.com take other paths through some libraries (twitter-api-v2's typed methods):
    // those are compiled too, though nothing here may reach api.x.com to run them.
    for (const vocabulary of ['2.166', '2.167'] as const) {
      for (const target of SNIPPET_TARGETS.filter((t) => t.language === 'typescript')) {
        for (const auth of target.auth) {
          const snippet = snippetFor(target.id, { request: LOOKUPS[vocabulary], auth, vocabulary });
          assert.ok(snippet.ok);
          const file = join(dir, `default-${target.id}-${auth}-${vocabulary}.ts`);
          writeFileSync(file, snippet.code);
          files.push(file);
        }
      }
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'es2022', module: 'commonjs', moduleDetection: 'force', moduleResolution: 'node', strict: true, esModuleInterop: true,
        skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')], outDir: join(dir, 'js'),
      },
      files,
    }));
    const tsc = await run(process.execPath, [join(ROOT, 'node_modules/typescript/lib/tsc.js'), '-p', join(dir, 'tsconfig.json')])
      .catch((error: { stdout?: string }) => assert.fail(`tsc: ${error.stdout}`));
    assert.equal(tsc.stderr, '');
    await Promise.all(ts.map(async (c, i) => {
      const env = { ...envFor(c.auth), ...(front ? { NODE_EXTRA_CA_CERTS: front.certFile } : {}) };
      const { stdout } = await run(process.execPath, [join(dir, 'js', `snippet${i}.js`)], { env });
      const expected = c.target === 'typescript-xdk' ? camelKeys(c.expected) : c.expected;
      assert.deepEqual(JSON.parse(stdout), expected, `${c.target} ${c.auth} ${c.vocabulary}`);
    }));
  });

  it('Python snippets print the engine\'s body under /usr/bin/python3', async function () {
    if (!hasPython) missing('/usr/bin/python3 with tweepy, requests and requests-oauthlib', this);
    // tweepy.Client always calls https://api.twitter.com (its snippet says so): for this test only, requests is told
    // to send those calls to the sandbox instead. The requests snippet calls the sandbox's URL itself.
    const shim = join(dir, 'run_snippet.py');
    writeFileSync(shim, [
      'import runpy, sys, requests',
      'sandbox = sys.argv[2]',
      'original = requests.Session.request',
      'def redirected(self, method, url, *args, **kwargs):',
      '    return original(self, method, url.replace("https://api.twitter.com", sandbox, 1), *args, **kwargs)',
      'requests.Session.request = redirected',
      'runpy.run_path(sys.argv[1], run_name="__main__")',
    ].join('\n'));
    await Promise.all(cases.filter((c) => c.target.startsWith('python-')).map(async (c, i) => {
      const file = join(dir, `snippet${i}.py`);
      writeFileSync(file, c.code);
      const { stdout } = await run(PYTHON, [shim, file, harness.sandbox.url], { env: envFor(c.auth) });
      assert.deepEqual(JSON.parse(stdout), c.expected, `${c.target} ${c.auth} ${c.vocabulary}`);
    }));
  });

  it('xurl: stores the credentials from the environment, points at the base URL, asks for the exact path', () => {
    for (const c of cases.filter((x) => x.target === 'xurl')) {
      const env = envFor(c.auth);
      const runs = argumentsOf(c.code.replace(/^API_BASE_URL=(\S+) xurl/m, 'printf "%s\\n" $1 >&2; xurl'), 'xurl', env);
      const call = lookupCall('xurl', { request: LOOKUPS[c.vocabulary], auth: c.auth, vocabulary: c.vocabulary, baseUrl: harness.sandbox.url });
      assert.ok(call.ok);
      const setup = c.auth === 'bearer' ? ['auth', 'app', '--bearer-token', SANDBOX_BEARER.token]
        : c.auth === 'oauth1' ? ['auth', 'oauth1', '--consumer-key', SANDBOX_OAUTH1.consumerKey, '--consumer-secret', SANDBOX_OAUTH1.consumerSecret,
          '--access-token', SANDBOX_OAUTH1.accessToken, '--token-secret', SANDBOX_OAUTH1.accessTokenSecret]
          : ['auth', 'oauth2'];
      assert.deepEqual(runs, [setup, ['--auth', c.auth === 'bearer' ? 'app' : c.auth, call.call.prepared.pathAndQuery]]);
      assert.match(c.code, new RegExp(`^API_BASE_URL='${harness.sandbox.url.replace(/[.]/g, '\\.')}' xurl`, 'm'));
    }
  });

  it('twurl: keys from the environment, the sandbox as host without TLS, the exact path', () => {
    const host = new URL(harness.sandbox.url).host;
    for (const c of cases.filter((x) => x.target === 'twurl')) {
      // twurl's app-only token comes from the API key and secret, which it exchanges for one itself.
      const env = c.auth === 'bearer' ? { ...envFor('oauth1'), ...envFor('bearer') } : envFor(c.auth);
      const runs = argumentsOf(c.code, 'twurl', env);
      const call = lookupCall('twurl', { request: LOOKUPS[c.vocabulary], auth: c.auth, vocabulary: c.vocabulary, baseUrl: harness.sandbox.url });
      assert.ok(call.ok);
      const path = call.call.prepared.pathAndQuery;
      if (c.auth === 'bearer') {
        assert.deepEqual(runs, [
          ['authorize', '--bearer', '-H', host, '--no-ssl', '--consumer-key', SANDBOX_OAUTH1.consumerKey, '--consumer-secret', SANDBOX_OAUTH1.consumerSecret],
          ['--bearer', '-H', host, '--no-ssl', path],
        ]);
      } else {
        assert.deepEqual(runs, [['-H', host, '--no-ssl', '--consumer-key', SANDBOX_OAUTH1.consumerKey, '--consumer-secret', SANDBOX_OAUTH1.consumerSecret,
          '--access-token', SANDBOX_OAUTH1.accessToken, '--token-secret', SANDBOX_OAUTH1.accessTokenSecret, path]]);
      }
    }
  });
});

/** The URL in a cURL snippet's `--url '...'`. */
function urlOf(code: string): string {
  const match = /--url '([^']*)'/.exec(code);
  assert.ok(match, code);
  return match[1];
}

/** A freshly signed OAuth 1.0a header for the URL a cURL snippet (or a URL) names. */
function signedHeaderFor(codeOrUrl: string): string {
  const url = codeOrUrl.startsWith('http') ? codeOrUrl : urlOf(codeOrUrl);
  return createAuthorizer(SANDBOX_OAUTH1, nodeSigningDeps)('GET', url);
}

/** HTTPie sends the same URL as the cURL case of the same vocabulary and auth. */
function curlUrlOf(cases: readonly Case[], c: Case): string {
  const twin = cases.find((x) => x.target === 'curl' && x.auth === c.auth && x.vocabulary === c.vocabulary);
  assert.ok(twin);
  return urlOf(twin.code);
}

describe('x-api-explorer code', () => {
  it('prints the snippet snippetFor writes, for the lookup the rest of the line describes', async () => {
    const { runCli } = await import('../../../../src/cli/runCli');
    let out = '';
    let err = '';
    const code = await runCli(['code', 'python-tweepy', 'user', '2244994945', '--user-fields', 'created_at'], {}, {
      stdout: (text) => { out += text; }, stderr: (text) => { err += text; }, stdoutIsTty: false, stderrIsTty: false,
    });
    assert.equal(code, 0, err);
    const expected = snippetFor('python-tweepy', { request: { endpoint: 'userById', id: '2244994945', userFields: ['created_at'] }, auth: 'bearer', vocabulary: '2.166' });
    assert.ok(expected.ok);
    assert.equal(out, expected.code);
    assert.match(out, /client\.get_user\(\n {4}id="2244994945",\n {4}user_fields=\["created_at"\],\n\)/);
  });

  it('refuses an unknown target, an auth the client cannot send and --sandbox, sending nothing', async () => {
    const { runCli } = await import('../../../../src/cli/runCli');
    for (const argv of [['code', 'perl', 'user', '1'], ['code', 'twurl', 'user', '1', '--auth', 'oauth2'], ['code', 'curl', 'user', '1', '--sandbox']]) {
      let err = '';
      const code = await runCli(argv, {}, { stdout: () => assert.fail('no output'), stderr: (text) => { err += text; }, stdoutIsTty: false, stderrIsTty: false });
      assert.equal(code, 2, argv.join(' '));
      assert.match(err, /^error: /);
    }
  });
});
