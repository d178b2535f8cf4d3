// The engine every surface uses: validate, sign, send, interpret, and take the known secrets out of what the server
// said. Against the sandbox (which checks signatures and tokens) and a local server that echoes what it was sent;
// the HTTP policies underneath (timeouts, retries, the deadline) are test/unit/net/httpClient.test.ts.
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SANDBOX_BEARER, SANDBOX_OAUTH1, SANDBOX_OAUTH2 } from '../../../src/core/auth/sandboxCredentials';
import type { LookupOutcome } from '../../../src/core/response/outcome';
import { HttpClient } from '../../../src/net/httpClient';
import { LookupEngine } from '../../../src/net/lookupEngine';
import { ALL, assertNoSecret } from '../../support/credentialFixtures';
import { startHarness, type Harness } from '../../support/sandboxHarness';

function failure(outcome: LookupOutcome) {
  if (outcome.ok) assert.fail('expected a failure');
  return outcome;
}

describe('LookupEngine', () => {
  describe('against the sandbox', () => {
    let h: Harness;
    beforeEach(async () => {
      h = await startHarness();
    });
    afterEach(async () => {
      await h.close();
    });

    for (const credentials of [SANDBOX_OAUTH1, SANDBOX_BEARER, SANDBOX_OAUTH2]) {
      it(`signs or authorizes with ${credentials.kind} credentials as the server checks them`, async () => {
        const outcome = await h.engine(credentials).lookup({ endpoint: 'userById', id: '2244994945' });
        assert.ok(outcome.ok, outcome.ok ? '' : outcome.error.message);
        assert.equal((outcome.body as { data: { id: string } }).data.id, '2244994945');
      });
    }

    it('sends the request its vocabulary spells, to the URL urlFor gives', async () => {
      const engine = h.engine(SANDBOX_OAUTH1, '2.167');
      const request = { endpoint: 'userById', id: '2244994945', tweetFields: ['lang'], expansions: ['pinned_post_id'] } as const;
      const prepared = engine.prepare(request);
      assert.ok(prepared.ok);
      assert.match(prepared.request.pathAndQuery, /post\.fields=lang/);
      const outcome = await engine.lookup(request);
      assert.equal(outcome.url, engine.urlFor(prepared.request.pathAndQuery));
      assert.ok(outcome.ok);
      assert.deepEqual(Object.keys((outcome.body as { includes: object }).includes), ['posts'], 'the sandbox answered in 2.167 words');
      assert.equal(engine.baseUrl, h.sandbox.url);
      assert.equal(engine.credentialsKind, 'oauth1');
    });

    it('answers invalid input with the broken rules and sends nothing', async () => {
      const engine = h.engine();
      const before = h.sandbox.requestCount;
      const out = failure(await engine.lookup({ endpoint: 'userById', id: 'not-an-id' }));
      assert.equal(out.error.kind, 'invalid-input');
      assert.equal(out.attempts, undefined);
      assert.ok(out.issues && out.issues.length > 0);
      assert.equal(h.sandbox.requestCount, before);
      // A value of the other vocabulary is a broken rule too, with the right name suggested.
      const other = failure(await h.engine(SANDBOX_OAUTH1, '2.167').lookup({ endpoint: 'userById', id: '1', expansions: ['pinned_tweet_id'] }));
      assert.equal(other.error.kind, 'invalid-input');
      assert.match(other.error.message, /pinned_post_id/);
      assert.equal(h.sandbox.requestCount, before);
    });
  });

  describe('against a server that echoes what it was sent', () => {
    let server: Server;
    let base: string;
    const http = new HttpClient();

    before(async () => {
      server = createServer((req, res) => {
        const auth = req.headers.authorization ?? '';
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: `bad token ${auth}`, echo: { authorization: auth, url: req.url } }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    after(async () => {
      await http.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    for (const credentials of ALL) {
      it(`returns nothing of the ${credentials.kind} credentials or the others held`, async () => {
        const engine = new LookupEngine({ baseUrl: base, credentials, vocabulary: '2.166', http, otherCredentials: ALL.filter((c) => c !== credentials) });
        const outcome: LookupOutcome = await engine.lookup({ endpoint: 'userById', id: '2244994945' });
        assert.equal(outcome.ok, false);
        assert.equal(outcome.status, 401);
        // The server did see and echo the header: the redaction, not the server, keeps it out.
        assert.match(JSON.stringify((outcome.body as { echo: unknown }).echo), credentials.kind === 'oauth1' ? /OAuth oauth_/ : /Bearer \*\*\*/);
        assertNoSecret(outcome, `${credentials.kind} outcome`);
      });
    }
  });
});
