// The snippets people paste into a shell: the quoting is checked by a real bash (curl and the CLI replaced by a
// function that prints the arguments it got), the cURL line by a real curl against the sandbox when curl is there.
import { strict as assert } from 'node:assert';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { parseCli } from '../../../../src/cli/args';
import { AUTH_KINDS } from '../../../../src/core/catalog/endpoints';
import { SANDBOX_BEARER, SANDBOX_OAUTH1, SANDBOX_OAUTH2 } from '../../../../src/core/auth/sandboxCredentials';
import type { LookupRequest } from '../../../../src/core/request/lookupRequest';
import { cliCommand, curlCommand, PLACEHOLDERS } from '../../../../src/core/snippets/curl';
import { startSandbox } from '../../../../src/sandbox/server';

/** The arguments bash passes to `program` when it runs `snippet`, with `env` set. */
function argumentsOf(snippet: string, program: string, env: Record<string, string> = {}): string[] {
  const script = `${program}() { printf '%s\\0' "$@"; }\n${snippet}`;
  const run = spawnSync('bash', ['--norc', '-c', script], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.split('\0').slice(0, -1);
}

const AWKWARD_URL = "http://127.0.0.1:9/2/users/by?usernames=a,b&user.fields=created_at&cursor=it's $HOME `id` \"q\"";

describe('cURL and CLI snippets', () => {
  describe('curlCommand', () => {
    it('puts each auth kind\'s placeholder in the header, and says why OAuth 1.0a needs a signed one', () => {
      assert.match(curlCommand('http://x', 'bearer'), /--header "Authorization: Bearer \$X_BEARER_TOKEN"$/);
      assert.match(curlCommand('http://x', 'oauth2'), /--header "Authorization: Bearer \$X_OAUTH2_ACCESS_TOKEN"$/);
      const oauth1 = curlCommand('http://x', 'oauth1');
      assert.match(oauth1, /--header "Authorization: \$X_OAUTH1_AUTHORIZATION"$/);
      assert.match(oauth1, /^# OAuth 1\.0a signs every request anew/);
      assert.ok(!curlCommand('http://x', 'bearer').includes('#'), 'no comment for the bearer kinds');
    });

    it('passes the URL to curl exactly, whatever it holds, and the secret only through the shell', () => {
      for (const auth of AUTH_KINDS) {
        // A value with spaces, quotes and `$(...)`: expanded once by the shell, never evaluated.
        const secret = 'tok en "$(touch /tmp/nope)" $HOME';
        const variable = PLACEHOLDERS[auth].slice(1);
        const args = argumentsOf(curlCommand(AWKWARD_URL, auth), 'curl', { [variable]: secret });
        assert.deepEqual(args, [
          '--silent', '--show-error', '--request', 'GET',
          '--url', AWKWARD_URL,
          '--header', auth === 'oauth1' ? `Authorization: ${secret}` : `Authorization: Bearer ${secret}`,
        ], auth);
      }
    });

    it('never holds a secret: only the placeholder names appear', () => {
      for (const auth of AUTH_KINDS) {
        const text = curlCommand('https://api.x.com/2/users/me', auth);
        assert.deepEqual(text.match(/\$X_[A-Z0-9_]+/g), [PLACEHOLDERS[auth]]);
        for (const credentials of [SANDBOX_BEARER, SANDBOX_OAUTH1, SANDBOX_OAUTH2]) {
          for (const value of Object.values(credentials)) if (value.length > 8) assert.ok(!text.includes(value));
        }
      }
    });

    it('works as pasted: curl with the bearer token in the environment reads a user from the sandbox', async function () {
      if (spawnSync('curl', ['--version']).status !== 0) this.skip();
      const sandbox = await startSandbox();
      try {
        const snippet = curlCommand(`${sandbox.url}/2/users/2244994945?user.fields=created_at`, 'bearer');
        // Asynchronously: the sandbox answers from this process's event loop, which spawnSync would block.
        const { stdout } = await promisify(execFile)('bash', ['--norc', '-c', snippet], { env: { PATH: process.env.PATH ?? '', X_BEARER_TOKEN: SANDBOX_BEARER.token }, timeout: 10_000 });
        const body = JSON.parse(stdout) as { data: { id: string; created_at?: string } };
        assert.equal(body.data.id, '2244994945');
        assert.ok(body.data.created_at);
      } finally {
        await sandbox.close();
      }
    });
  });

  describe('cliCommand', () => {
    const cases: { request: LookupRequest; value?: string }[] = [
      { request: { endpoint: 'userById', id: '2244994945', userFields: ['created_at', 'description'], expansions: ['pinned_tweet_id'], tweetFields: ['lang'] }, value: '2244994945' },
      { request: { endpoint: 'usersByIds', ids: ['1', '2', '3'] }, value: '1,2,3' },
      { request: { endpoint: 'userByUsername', username: 'XDevelopers' }, value: 'XDevelopers' },
      { request: { endpoint: 'usersByUsernames', usernames: ['jack', 'X'] }, value: 'jack,X' },
      { request: { endpoint: 'me' } },
      { request: { endpoint: 'customProfile', id: '100001' }, value: '100001' },
      { request: { endpoint: 'customProfiles', count: 5, cursor: "it's \"$(x)\" `y`" } },
    ];

    it('says the same lookup to the CLI: what the shell hands it parses back to the request', () => {
      for (const { request, value } of cases) {
        for (const auth of AUTH_KINDS) {
          const baseUrl = "http://127.0.0.1:9/it's";
          const line = cliCommand(request, auth, baseUrl, '2.167');
          const parsed = parseCli(argumentsOf(line, 'x-api-explorer'));
          assert.ok(parsed.ok, `${line}: ${parsed.ok ? '' : parsed.message}`);
          assert.deepEqual(parsed.command, { kind: 'lookup', endpoint: request.endpoint, value }, line);
          assert.equal(parsed.options.auth, auth);
          assert.equal(parsed.options.baseUrl, baseUrl);
          assert.equal(parsed.options.vocabulary, '2.167');
          assert.deepEqual(parsed.options.userFields, request.userFields);
          assert.deepEqual(parsed.options.tweetFields, request.tweetFields);
          assert.deepEqual(parsed.options.expansions, request.expansions);
          assert.equal(parsed.options.count, request.count);
          assert.equal(parsed.options.cursor, request.cursor);
        }
      }
    });

    it('leaves out what is default: the 2.166 vocabulary, no base URL, empty lists', () => {
      assert.equal(cliCommand({ endpoint: 'me', userFields: [] }, 'oauth1', undefined, '2.166'), 'x-api-explorer me --auth oauth1');
    });
  });
});
