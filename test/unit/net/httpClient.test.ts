// The HTTP client's policies: idle timeouts, the lookup deadline, bounded retries with backoff, rate-limit waits, the
// body cap and cancellation. Through the engine against the sandbox's fault switch (real HTTP on 127.0.0.1, a fake
// clock for the waits), and directly against a server that trickles its body.
import { strict as assert } from 'node:assert';
import type { LookupOutcome } from '../../../src/core/response/outcome';
import { SANDBOX_OAUTH1 } from '../../../src/core/auth/sandboxCredentials';
import { HttpClient } from '../../../src/net/httpClient';
import { LookupEngine } from '../../../src/net/lookupEngine';
import { FakeClock, startHarness, type Harness } from '../../support/sandboxHarness';
import { trickleServer } from '../../support/trickleServer';

function failure(outcome: LookupOutcome) {
  if (outcome.ok) assert.fail('expected a failure');
  return outcome;
}

describe('HttpClient', () => {
  describe('against the sandbox fault switch', () => {
    let h: Harness;
    let clock: FakeClock;
    let engine: LookupEngine;
    let http: HttpClient;
    const lookup = () => engine.lookup({ endpoint: 'userById', id: '2244994945' });

    beforeEach(async () => {
      h = await startHarness();
      clock = new FakeClock();
      http = h.client({ clock, retry: { serverErrors: 2, baseDelayMs: 100, maxDelayMs: 1000 }, timeouts: { headersMs: 300, bodyMs: 300 } });
      engine = h.engine(SANDBOX_OAUTH1, '2.166', http);
    });
    afterEach(async () => {
      await h.close();
    });

    it('slow: times out waiting for headers with a clear error, without retrying', async () => {
      h.sandbox.setFault({ kind: 'slow', delayMs: 1500 });
      const out = failure(await lookup());
      assert.equal(out.error.kind, 'timeout');
      assert.match(out.error.message, /timed out waiting for the response headers/);
      assert.equal(out.attempts, 1);
    });

    it('slow but within the timeout: answers', async () => {
      h.sandbox.setFault({ kind: 'slow', delayMs: 50 });
      assert.equal((await lookup()).ok, true);
    });

    it('reset: retries a bounded number of times, then reports a network error', async () => {
      h.sandbox.setFault({ kind: 'reset' });
      const before = h.sandbox.requestCount;
      const out = failure(await lookup());
      assert.equal(out.error.kind, 'network');
      assert.equal(out.attempts, 3);
      assert.equal(h.sandbox.requestCount - before, 3);
      assert.deepEqual(clock.sleeps, [100, 200]);
    });

    it('reset: no retry starts that the lookup deadline would cut short', async () => {
      // 250 ms in all: the first retry waits 100 ms; the second would wait 200 more and start past the deadline.
      const bounded = h.engine(SANDBOX_OAUTH1, '2.166', h.client({ clock, retry: { serverErrors: 5, baseDelayMs: 100, maxDelayMs: 1000 }, timeouts: { totalMs: 250 } }));
      h.sandbox.setFault({ kind: 'reset' });
      const before = h.sandbox.requestCount;
      const out = failure(await bounded.lookup({ endpoint: 'userById', id: '2244994945' }));
      assert.equal(out.error.kind, 'network');
      assert.equal(out.attempts, 2);
      assert.equal(h.sandbox.requestCount - before, 2);
      assert.deepEqual(clock.sleeps, [100]);
    });

    it('reset once: the retry succeeds', async () => {
      h.sandbox.setFault({ kind: 'reset', times: 1 });
      const out = await lookup();
      assert.equal(out.ok, true);
      assert.equal(out.attempts, 2);
    });

    it('truncated: reports the cut-off body', async () => {
      h.sandbox.setFault({ kind: 'truncated' });
      const out = failure(await lookup());
      assert.equal(out.error.kind, 'network');
      assert.match(out.error.message, /closed|reset/);
      assert.ok(out.attempts! <= 3);
    });

    it('invalid JSON: explains what came back', async () => {
      h.sandbox.setFault({ kind: 'invalid-json' });
      const out = failure(await lookup());
      assert.equal(out.error.kind, 'invalid-body');
      assert.match(out.error.message, /not valid JSON .*Over capacity/);
      assert.equal(out.attempts, 1);
    });

    for (const status of ['500', '503'] as const) {
      it(`${status}: retries with backoff, then reports a server error`, async () => {
        h.sandbox.setFault({ kind: status });
        const out = failure(await lookup());
        assert.equal(out.error.kind, 'server-error');
        assert.equal(out.status, Number(status));
        assert.equal(out.attempts, 3);
        assert.deepEqual(clock.sleeps, [100, 200]);
      });
    }

    it('503 once: the retry succeeds', async () => {
      h.sandbox.setFault({ kind: '503', times: 1 });
      const out = await lookup();
      assert.equal(out.ok, true);
      assert.equal(out.attempts, 2);
    });

    it('429: reports when the window resets, and does not retry by default', async () => {
      h.sandbox.setFault({ kind: '429' });
      const out = failure(await lookup());
      assert.equal(out.error.kind, 'rate-limited');
      assert.equal(out.attempts, 1);
      assert.match(out.error.message, /resets in (14|15) min/);
      assert.equal(out.rateLimit?.remaining, 0);
    });

    it('429 with waiting allowed: waits for the reset and tries once more', async () => {
      const waiting = h.engine(SANDBOX_OAUTH1, '2.166', h.client({ clock, retry: { maxRateLimitWaitMs: 16 * 60 * 1000 } }));
      h.sandbox.setFault({ kind: '429', times: 1 });
      const out = await waiting.lookup({ endpoint: 'userById', id: '2244994945' });
      assert.equal(out.ok, true);
      assert.equal(out.attempts, 2);
      assert.equal(clock.sleeps.length, 1);
      assert.ok(clock.sleeps[0] >= 900_000 && clock.sleeps[0] <= 902_000, String(clock.sleeps[0]));
    });

    it('429 with waiting allowed: a second 429 is reported, not waited for again', async () => {
      const waiting = h.engine(SANDBOX_OAUTH1, '2.166', h.client({ clock, retry: { maxRateLimitWaitMs: 16 * 60 * 1000 } }));
      h.sandbox.setFault({ kind: '429' });
      const out = failure(await waiting.lookup({ endpoint: 'userById', id: '2244994945' }));
      assert.equal(out.error.kind, 'rate-limited');
      assert.equal(out.attempts, 2);
    });

    it('402: out of credits, not retried', async () => {
      h.sandbox.setFault({ kind: '402' });
      const out = failure(await lookup());
      assert.equal(out.error.kind, 'out-of-credits');
      assert.match(out.error.message, /out of pay-per-use credits.*CreditsDepleted/);
      assert.equal(out.attempts, 1);
    });

    it('cancellation: an aborted lookup stops at once', async () => {
      h.sandbox.setFault({ kind: 'slow', delayMs: 250 });
      const controller = new AbortController();
      const pending = engine.lookup({ endpoint: 'userById', id: '2244994945' }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const out = failure(await pending);
      assert.equal(out.error.kind, 'aborted');
    });

    it('body cap: refuses a body over the limit', async () => {
      const small = h.engine(SANDBOX_OAUTH1, '2.166', h.client({ maxBodyBytes: 40 }));
      const out = failure(await small.lookup({ endpoint: 'userById', id: '2244994945' }));
      assert.equal(out.error.kind, 'body-too-large');
    });

    it('connection refused: a clear network error after bounded retries', async () => {
      const port = h.sandbox.port;
      await h.sandbox.close();
      const dead = new LookupEngine({ baseUrl: `http://127.0.0.1:${port}`, credentials: SANDBOX_OAUTH1, vocabulary: '2.166', http });
      const out = failure(await dead.lookup({ endpoint: 'userById', id: '1' }));
      assert.equal(out.error.kind, 'network');
      assert.match(out.error.message, /refused/);
      assert.equal(out.attempts, 3);
    });
  });

  describe('lookup deadline', function () {
    // Idle timeouts alone are not enough: a server that trickles a byte often enough never trips one, and used to
    // hold `--timeout 1000` for 25.7 s. (The CLI's side of it is in test/unit/cli/runCli.test.ts.)
    this.timeout(15_000);

    it('a body trickled a byte every 200 ms ends at the 1000 ms deadline with a timeout error', async () => {
      const server = await trickleServer(200);
      const http = new HttpClient({ timeouts: { headersMs: 1000, bodyMs: 1000, totalMs: 1000 } });
      try {
        const started = Date.now();
        const outcome = await http.get(`${server.url}/2/users/1`, undefined);
        const elapsed = Date.now() - started;
        assert.ok(!outcome.ok);
        assert.equal(outcome.error.kind, 'timeout');
        assert.match(outcome.error.message, /longer than its 1000 ms deadline/);
        assert.equal(outcome.attempts, 1);
        assert.equal(server.requests(), 1, 'a timeout is not retried');
        assert.ok(elapsed >= 950 && elapsed < 2500, `${elapsed} ms`);
      } finally {
        await http.close();
        await server.close();
      }
    });

    it('a cancelled lookup still reports cancellation, not the deadline', async () => {
      const server = await trickleServer(50);
      const http = new HttpClient({ timeouts: { totalMs: 5000 } });
      try {
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 100);
        const outcome = await http.get(`${server.url}/2/users/1`, undefined, { signal: controller.signal });
        assert.ok(!outcome.ok);
        assert.equal(outcome.error.kind, 'aborted');
      } finally {
        await http.close();
        await server.close();
      }
    });
  });
});
