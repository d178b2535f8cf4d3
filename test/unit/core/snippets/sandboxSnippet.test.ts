// What "Copy as cURL" gives for a sandbox lookup must run as pasted: the CLI line through the real CLI (in process,
// with the arguments a real bash hands it), the cURL line through a real bash and curl against a sandbox on the port
// the snippet names.
import { strict as assert } from 'node:assert';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { parseCli } from '../../../../src/cli/args';
import { runCli } from '../../../../src/cli/runCli';
import { SANDBOX_BEARER, SANDBOX_OAUTH2 } from '../../../../src/core/auth/sandboxCredentials';
import { prepareLookup, type LookupRequest } from '../../../../src/core/request/lookupRequest';
import { sandboxCliCommand, sandboxCurlToken, sandboxSnippet, SANDBOX_SNIPPET_PORT } from '../../../../src/core/snippets/sandboxSnippet';
import { startSandbox } from '../../../../src/sandbox/server';

/** The arguments bash passes to `program` when it runs `snippet`. */
function argumentsOf(snippet: string, program: string): string[] {
  const script = `${program}() { printf '%s\\0' "$@"; }\n${snippet}`;
  const run = spawnSync('bash', ['--norc', '-c', script], { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.split('\0').slice(0, -1);
}

function pathAndQuery(request: LookupRequest): string {
  const prepared = prepareLookup(request, { vocabulary: '2.166', auth: 'oauth1' });
  assert.ok(prepared.ok);
  return prepared.request.pathAndQuery;
}

const USER: LookupRequest = { endpoint: 'userById', id: '2244994945', userFields: ['created_at'], expansions: ['pinned_tweet_id'] };

describe('sandbox snippets', () => {
  it('gives the CLI line with --sandbox, which parses back to the same lookup', () => {
    const line = sandboxCliCommand(USER, '2.166');
    assert.equal(line, "x-api-explorer user '2244994945' --user-fields created_at --expansions pinned_tweet_id --sandbox");
    const parsed = parseCli(argumentsOf(line, 'x-api-explorer'));
    assert.ok(parsed.ok);
    assert.equal(parsed.options.sandbox, true);
    assert.equal(parsed.options.auth, undefined, 'the CLI picks the sandbox credentials itself');
    assert.equal(parsed.options.baseUrl, undefined);
  });

  it('runs as pasted: the CLI line answers from the CLI\'s own sandbox, user context included', async () => {
    for (const request of [USER, { endpoint: 'me' } as LookupRequest, { endpoint: 'customProfile', id: '100001' } as LookupRequest]) {
      const snippet = sandboxSnippet(request, pathAndQuery(request), '2.166');
      const cliLine = snippet.split('\n').find((line) => line.startsWith('x-api-explorer '));
      assert.ok(cliLine, snippet);
      let stdout = '';
      let stderr = '';
      const code = await runCli(argumentsOf(cliLine, 'x-api-explorer'), {}, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTty: false });
      assert.equal(code, 0, `${cliLine}: ${stderr}`);
      assert.match(stderr, /· sandbox/);
      assert.ok(stdout.length > 0);
    }
  });

  it('sends the documented token each endpoint accepts, and offers no cURL where only OAuth 1.0a signs', () => {
    assert.equal(sandboxCurlToken(USER), SANDBOX_BEARER.token);
    assert.equal(sandboxCurlToken({ endpoint: 'me' }), SANDBOX_OAUTH2.accessToken);
    assert.equal(sandboxCurlToken({ endpoint: 'customProfiles' }), undefined);
    const profile = sandboxSnippet({ endpoint: 'customProfile', id: '100001' }, '/1.1/custom_profiles/100001.json', '2.166');
    assert.doesNotMatch(profile, /^curl/m);
    assert.match(profile, /takes OAuth 1\.0a only/);
    const user = sandboxSnippet(USER, pathAndQuery(USER), '2.166');
    assert.match(user, new RegExp(`x-api-explorer sandbox --port ${SANDBOX_SNIPPET_PORT}`));
    assert.match(user, new RegExp(`--url 'http://127\\.0\\.0\\.1:${SANDBOX_SNIPPET_PORT}/2/users/2244994945\\?user\\.fields=created_at&expansions=pinned_tweet_id'`));
    assert.doesNotMatch(user, /\$X_|OAUTH1_AUTHORIZATION|PORT\b/, 'nothing left for the user to fill in');
  });

  it('runs as pasted: the cURL line reads the user from a sandbox on the port it names', async function () {
    if (spawnSync('curl', ['--version']).status !== 0) this.skip();
    const sandbox = await startSandbox();
    try {
      for (const request of [USER, { endpoint: 'me' } as LookupRequest]) {
        const snippet = sandboxSnippet(request, pathAndQuery(request), '2.166', sandbox.port);
        // Only the cURL command: the comment lines are skipped by bash, and the CLI line is cut off.
        const curl = snippet.slice(snippet.indexOf('curl '));
        const { stdout } = await promisify(execFile)('bash', ['--norc', '-c', curl], { env: { PATH: process.env.PATH ?? '' }, timeout: 10_000 });
        const body = JSON.parse(stdout) as { data: { id: string } };
        assert.equal(typeof body.data.id, 'string', stdout);
        if (request === USER) assert.equal(body.data.id, '2244994945');
      }
    } finally {
      await sandbox.close();
    }
  });
});
