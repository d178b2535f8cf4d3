// The CLI facing a hostile or careless server (a local node:http one): secrets it echoes never reach stdout or
// stderr, escape sequences in a body or a problem never reach a terminal, and a pipe still gets the body byte for byte.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { runCli } from '../../../src/cli/runCli';
import { secretForms } from '../../../src/core/auth/redact';
import { projectRoot } from '../../../tools/workbench/projectFiles';

const CLI = resolve(projectRoot, 'dist', 'cli.js');

const ENV = {
  X_BEARER_TOKEN: 'AAAAAAAAAAAAAAAAAAAAAEchoedBearer%2FToken%3Dvalue0123456789',
  X_CONSUMER_KEY: 'xvz1evFS4wEEPTGEFPHBog',
  X_CONSUMER_SECRET: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
  X_ACCESS_TOKEN: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
  X_ACCESS_TOKEN_SECRET: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
  X_OAUTH2_ACCESS_TOKEN: 'oauth2-user-access-token-that-is-long-enough',
};
const FORMS = secretForms([
  { kind: 'bearer', token: ENV.X_BEARER_TOKEN },
  { kind: 'oauth1', consumerKey: ENV.X_CONSUMER_KEY, consumerSecret: ENV.X_CONSUMER_SECRET, accessToken: ENV.X_ACCESS_TOKEN, accessTokenSecret: ENV.X_ACCESS_TOKEN_SECRET },
  { kind: 'oauth2', accessToken: ENV.X_OAUTH2_ACCESS_TOKEN },
]);

/** A clipboard write (OSC 52) in a body that is not JSON. */
const OSC52_BODY = 'upstream said: \x1b]52;c;ZXZpbA==\x07 and moved on\r\n';
/** A problem whose detail retitles the terminal, and whose title holds a raw C1 CSI (JSON allows it unescaped). */
const TITLE_PROBLEM = JSON.stringify({
  title: 'Invalid Request\u009b2J',
  detail: '\x1b]0;pwned\x07 One or more parameters to your request was invalid.',
  type: 'https://api.x.com/2/problems/invalid-request',
});
// Anything a terminal acts on: C0 but tab and line feed, DEL, C1.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

let server: Server;
let base: string;

async function cli(args: string[], env: Record<string, string>, tty: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--base-url', base], env, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTty: tty });
  return { code, stdout, stderr };
}

function assertNoSecret(text: string, where: string): void {
  for (const form of FORMS) assert.ok(!text.includes(form), `${where} holds ${form}`);
}

describe('CLI output of server text', () => {
  before(async () => {
    server = createServer((req, res) => {
      const id = /^\/2\/users\/(\d+)/.exec(req.url ?? '')?.[1];
      if (id === '1') {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: `bad token ${req.headers.authorization ?? ''}` }));
      } else if (id === '2') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(OSC52_BODY);
      } else {
        res.writeHead(400, { 'content-type': 'application/problem+json' });
        res.end(TITLE_PROBLEM);
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await new Promise<void>((done) => server.close(() => done()));
  });

  it('prints no secret a 401 echoes, whichever credentials were sent', async () => {
    for (const auth of ['bearer', 'oauth1', 'oauth2']) {
      for (const tty of [false, true]) {
        const { code, stdout, stderr } = await cli(['user', '1', '--auth', auth], ENV, tty);
        assert.equal(code, 1);
        assert.match(stderr, /error: HTTP 401 Unauthorized: the credentials were not accepted \(Unauthorized: bad token (Bearer|OAuth) /);
        assert.match(stdout, /bad token (Bearer|OAuth) /, 'the body is still printed');
        assertNoSecret(stdout, `stdout (${auth}, tty ${tty})`);
        assertNoSecret(stderr, `stderr (${auth}, tty ${tty})`);
      }
    }
  });

  it('gives a pipe a non-JSON body byte for byte, escape sequences and all; stderr shows them escaped', async () => {
    const { code, stdout, stderr } = await cli(['user', '2', '--auth', 'bearer'], ENV, false);
    assert.equal(code, 1);
    assert.equal(stdout, OSC52_BODY);
    assert.doesNotMatch(stderr, CONTROL);
    assert.ok(stderr.includes('\\x1b]52;c;ZXZpbA==\\x07'), stderr);
  });

  it('shows a terminal the control characters of a body escaped, keeping line breaks', async () => {
    const { stdout, stderr } = await cli(['user', '2', '--auth', 'bearer'], ENV, true);
    assert.doesNotMatch(stdout, CONTROL);
    assert.equal(stdout, 'upstream said: \\x1b]52;c;ZXZpbA==\\x07 and moved on\\x0d\n');
    assert.doesNotMatch(stderr, CONTROL);
  });

  it('never lets a problem retitle the terminal through stderr; a pipe still gets the JSON as sent', async () => {
    const piped = await cli(['user', '3', '--auth', 'bearer'], ENV, false);
    assert.equal(piped.code, 1);
    assert.equal(piped.stdout, `${TITLE_PROBLEM}\n`);
    assert.doesNotMatch(piped.stderr, CONTROL);
    assert.ok(piped.stderr.includes('\\x1b]0;pwned\\x07 One or more parameters'), piped.stderr);
    assert.ok(piped.stderr.includes('Invalid Request\\x9b2J'), piped.stderr);

    const terminal = await cli(['user', '3', '--auth', 'bearer'], ENV, true);
    assert.doesNotMatch(terminal.stdout, CONTROL);
    assert.match(terminal.stdout, /^\{\n {2}"title": "Invalid Request\\x9b2J",\n {2}"detail": "\\u001b\]0;pwned\\u0007 /);
    assert.doesNotMatch(terminal.stderr, CONTROL);
  });

  describe('dist/cli.js as a process', function () {
    this.timeout(30_000);
    before(function () {
      if (!existsSync(CLI)) this.skip();
    });

    it('writes the body to a pipe byte for byte and never an escape to stderr', async () => {
      const child = spawn(process.execPath, [CLI, 'user', '2', '--base-url', base], {
        env: { PATH: process.env.PATH, X_BEARER_TOKEN: ENV.X_BEARER_TOKEN },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      const code = await new Promise<number | null>((done) => child.once('close', done));
      assert.equal(code, 1);
      assert.deepEqual(Buffer.concat(out), Buffer.from(OSC52_BODY, 'utf8'));
      const stderr = Buffer.concat(err);
      assert.ok(!stderr.includes(0x1b) && !stderr.includes(0x07), stderr.toString());
    });
  });
});
